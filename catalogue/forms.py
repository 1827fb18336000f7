"""The product editor's form: display points of the product's own language only."""

from wagtail.admin.forms import WagtailAdminPageForm


class ProductPageForm(WagtailAdminPageForm):
    """Offers the display points of the product's locale, not both languages' pages mixed.

    A product's display points are matched by translation_key wherever they are
    shown (ProductPage.where_to_buy), so a translation synchronised from the
    Vietnamese page shows, ticked, the same places in its own language.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("sold_at")
        if field is None:
            return
        locale_id = self.instance.locale_id or (self.parent_page.locale_id if self.parent_page else None)
        # The field's own model (DisplayPointPage): the models import this form, so it cannot import them.
        points = field.queryset.model.objects.filter(locale_id=locale_id).order_by("title")
        field.queryset = points
        if self.instance.pk and not self.is_bound:
            sold_at = [point.translation_key for point in self.instance.sold_at.all()]
            self.initial["sold_at"] = list(points.filter(translation_key__in=sold_at).values_list("pk", flat=True))
