"""The admin's dashboard by role: what a producer or an editor does next.

A producer lands on its own pages and products, each with its state and an
edit button, a button to add a product and its certificates (read only). An
editor lands on what waits for the office: pages to moderate (Wagtail's own
panel, moved up), certificates to watch (wagtail_hooks.CertificatesToWatchPanel),
the last imported decisions and the producers invited who have not signed in.
Every panel takes a fixed number of queries, however many rows it lists.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState
from wagtail.models.audit_log import ModelLogEntry
from wagtail.users.models import UserProfile

from catalogue.audit import DECISION_IMPORTED
from catalogue.models import Certification, CertificationDecision, ProducerPage, ProductPage

from .models import ProducerAccess, ProducerInvitation

PANEL_ROWS = 10


def admin_locale(user):
    """The locale of the user's admin language, else the site's default one."""
    language = UserProfile.get_for_user(user).get_preferred_language()
    return Locale.objects.filter(language_code=language).first() or Locale.get_default()


def producers_of(user, locale):
    """The producer pages the user may edit (through its producer groups), in `locale`."""
    keys = ProducerAccess.objects.filter(group__user=user).values("producer_key")
    return list(ProducerPage.objects.filter(translation_key__in=keys, locale=locale).order_by("title"))


# The producer's pages ------------------------------------------------------------


class PageState:
    LIVE = "live"
    DRAFT = "draft"
    LIVE_AND_DRAFT = "live+draft"
    IN_MODERATION = "in_moderation"
    CHANGES_REQUESTED = "changes_requested"

    LABELS = {
        LIVE: _("Published"),
        DRAFT: _("Draft, not published"),
        LIVE_AND_DRAFT: _("Published, with unpublished changes"),
        IN_MODERATION: _("Waiting for approval"),
        CHANGES_REQUESTED: _("Changes requested"),
    }
    STATUS_CLASSES = {LIVE: "w-status--primary", IN_MODERATION: "w-status--label", CHANGES_REQUESTED: ""}


@dataclass
class PageRow:
    page: Page
    is_product: bool
    state: str
    comment: str = ""

    @property
    def state_label(self):
        return PageState.LABELS[self.state]

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


def page_state(page, workflow_state):
    """What the producer needs to know of a page: published, draft, waiting for approval, or sent back."""
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        return PageState.IN_MODERATION
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return PageState.CHANGES_REQUESTED
    if not page.live:
        return PageState.DRAFT
    return PageState.LIVE_AND_DRAFT if page.has_unpublished_changes else PageState.LIVE


def latest_workflow_states(pages):
    """{page id: its newest workflow state, with the task state that decided it}, in one query."""
    states = (
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(page.pk) for page in pages],
        )
        .select_related("current_task_state")
        .order_by("created_at", "pk")
    )
    return {int(state.object_id): state for state in states}


def page_rows(producer):
    """The producer page and its products, in the producer's locale, with their states."""
    pages = list(Page.objects.filter(path__startswith=producer.path, depth__lte=producer.depth + 1).order_by("path"))
    product_type = ContentType.objects.get_for_model(ProductPage)
    states = latest_workflow_states(pages)
    rows = []
    for page in pages:
        workflow_state = states.get(page.pk)
        state = page_state(page, workflow_state)
        comment = ""
        if state == PageState.CHANGES_REQUESTED and workflow_state.current_task_state is not None:
            comment = workflow_state.current_task_state.get_comment()
        is_product = page.content_type_id == product_type.pk
        rows.append(PageRow(page=page, is_product=is_product, state=state, comment=comment))
    # The producer's page first, then its products by name.
    return sorted(rows, key=lambda row: (row.is_product, row.page.title.casefold()))


def certificates_of(producer):
    """Every certificate of the producer's products, whichever translation they were recorded on."""
    product_keys = ProductPage.objects.child_of(producer).values("translation_key")
    return list(
        Certification.objects.filter(product__translation_key__in=product_keys)
        .select_related("decision", "product")
        .order_by("product__title", "-decision__issued_on", "-pk")
    )


class ProducerPagesPanel(Component):
    """For a producer: its page and products, what state each is in, and its certificates."""

    name = "ocop_producer_pages"
    template_name = "accounts/home/producer_pages.html"
    order = 10

    def __init__(self, producers):
        self.producers = producers

    def get_context_data(self, parent_context):
        return {
            "producers": [
                {
                    "page": producer,
                    "rows": page_rows(producer),
                    "certificates": certificates_of(producer),
                    "add_product_url": reverse(
                        "wagtailadmin_pages:add", args=["catalogue", "productpage", producer.pk]
                    ),
                }
                for producer in self.producers
            ]
        }


# The editor's ------------------------------------------------------------------


class RecentImportsPanel(Component):
    """For editors: the decisions imported last, by whom and when."""

    name = "ocop_recent_imports"
    template_name = "accounts/home/recent_imports.html"
    order = 30

    def get_context_data(self, parent_context):
        entries = (
            ModelLogEntry.objects.filter(
                action=DECISION_IMPORTED, content_type=ContentType.objects.get_for_model(CertificationDecision)
            )
            .select_related("user")
            .order_by("-timestamp", "-pk")[:PANEL_ROWS]
        )
        return {"imports": list(entries), "import_url": reverse("catalogue_import_decision")}


def invitations_not_accepted():
    """Invitations whose link nobody has used yet, newest first, with the producer each is for."""
    return list(
        ProducerInvitation.objects.filter(accepted_at__isnull=True)
        .select_related("producer")
        .order_by("-created_at", "-pk")[:PANEL_ROWS]
    )


class PendingInvitationsPanel(Component):
    """For editors: who was invited to keep a producer's pages and has not accepted yet."""

    name = "ocop_pending_invitations"
    template_name = "accounts/home/pending_invitations.html"
    order = 40

    def get_context_data(self, parent_context):
        return {
            "invitations": invitations_not_accepted(),
            "valid_days": settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60),
        }
