"""Province targets and reported figures in the admin, as snippets under "Programme figures"."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ProvinceTarget, ReportedFigure


class ProvinceTargetViewSet(SnippetViewSet):
    model = ProvinceTarget
    icon = "pick"
    menu_label = _("Province targets")
    list_display = ["description", "province", "target_value", "deadline_year", "locale"]
    list_filter = ["metric", "deadline_year", "locale"]
    search_fields = ["description", "source"]

    def get_queryset(self, request):
        return ProvinceTarget.objects.select_related("province", "locale")


class ReportedFigureViewSet(SnippetViewSet):
    model = ReportedFigure
    icon = "doc-full-inverse"
    menu_label = _("Reported figures")
    list_display = ["province", "metric", "value", "as_of", "source", "locale"]
    list_filter = ["metric", "locale"]
    search_fields = ["source"]
    ordering = ["-as_of"]

    def get_queryset(self, request):
        return ReportedFigure.objects.select_related("province", "locale")


class ProgrammeFiguresGroup(SnippetViewSetGroup):
    items = [ProvinceTargetViewSet, ReportedFigureViewSet]
    menu_icon = "table"
    menu_label = _("Programme figures")
    menu_name = "programme-figures"


register_snippet(ProgrammeFiguresGroup)
