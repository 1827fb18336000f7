"""Admin-wide hooks, and the page cache's view of the page being served."""

from django.db import models
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.userbar import ContentCheckerItem

from . import page_cache
from .admin_widgets import LocalisedAdminDateInput

# Replaces Wagtail's own AdminDateInput for every date field of a page or snippet form.
register_form_field_override(models.DateField, override={"widget": LocalisedAdminDateInput})


@hooks.register("before_serve_page")
def tell_the_page_cache_which_parameters_the_page_reads(page, request, serve_args, serve_kwargs):
    page_cache.understands_query_parameters(request, page.query_parameters)


class FullContentCheckerItem(ContentCheckerItem):
    """Wagtail's content checker with every axe-core rule, not only the default few.

    As wagtail/bakerydemo does: editors see contrast, landmark and ARIA
    problems in their own pages before visitors do.
    """

    axe_run_only = None


@hooks.register("construct_wagtail_userbar")
def check_every_accessibility_rule(request, items, page=None):
    items[:] = [
        FullContentCheckerItem(item.in_editor) if isinstance(item, ContentCheckerItem) else item for item in items
    ]
