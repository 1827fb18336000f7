"""The register and the taxonomies in the admin, as snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .imports.wagtail_hooks import REGISTER_MENU_HOOK  # also registers "Import a decision"
from .models import Certification, CertificationDecision, ProductGroup, Province


class ProductGroupViewSet(SnippetViewSet):
    model = ProductGroup
    icon = "tag"
    menu_label = _("Product groups")
    list_display = ["name", "parent", "slug", "locale"]
    list_filter = ["parent", "locale"]
    search_fields = ["name"]


class ProvinceViewSet(SnippetViewSet):
    model = Province
    icon = "site"
    menu_label = _("Provinces")
    list_display = ["name", "merged_into", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = [ProductGroupViewSet, ProvinceViewSet]
    menu_icon = "tag"
    menu_label = _("Taxonomies")
    menu_name = "taxonomies"


class CertificationDecisionViewSet(SnippetViewSet):
    model = CertificationDecision
    icon = "doc-full"
    menu_label = _("Decisions")
    list_display = ["number", "issued_on", "issuer", "kind"]
    list_filter = ["kind", "issued_on"]
    search_fields = ["number", "issuer"]
    ordering = ["-issued_on"]


class CertificationFilterSet(WagtailFilterSet):
    class Meta:
        model = Certification
        fields = ["stars", "decision__kind"]


class CertificationViewSet(SnippetViewSet):
    model = Certification
    icon = "success"
    menu_label = _("Certificates")
    list_display = [
        "product",
        Column("stars", label=_("Stars")),
        "decision",
        Column("valid_until", label=_("Valid until")),
        Column("get_status_display", label=_("Status")),
    ]
    filterset_class = CertificationFilterSet
    ordering = ["-decision__issued_on"]

    def get_queryset(self, request):
        return Certification.objects.select_related("decision", "product")


class RegisterGroup(SnippetViewSetGroup):
    items = [CertificationDecisionViewSet, CertificationViewSet]
    menu_icon = "success"
    menu_label = _("OCOP register")
    menu_name = "register"
    submenu_hook = REGISTER_MENU_HOOK


register_snippet(TaxonomyGroup)
register_snippet(RegisterGroup)
