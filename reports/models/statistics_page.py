"""The statistics page: charts of the register, drawn from reports.figures."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from reports.figures import RegisterFigures
from showcase.models import BasePage


class StatisticsPage(BasePage):
    """Charts of the register, for the whole country or one province (?province=<slug>)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "reports/statistics_page.html"
    query_parameters = ("province",)

    class Meta:
        verbose_name = _("statistics page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["figures"] = RegisterFigures(locale=self.locale, province_slug=request.GET.get("province"))
        return context
