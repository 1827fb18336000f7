"""The register as it is: the provinces, groups, producers and products rows are matched against.

Read once per import, in a fixed number of queries whatever the number of rows.
"""

import re

from django.utils.translation import gettext as _
from wagtail.models import Locale

from catalogue import register
from catalogue.models import ProducerIndexPage, ProducerPage, ProductGroup, ProductPage, Province

from .columns import fold, same_text
from .values import RowProblem, clean_text

# "tỉnh Long An", "TP. Hồ Chí Minh": the word before the name is not part of it.
PROVINCE_PREFIXES = ("tinh ", "thanh pho ", "tp ")
# "Đồ uống › Rượu trắng" (as the admin shows a sub-group), "Đồ uống > Rượu trắng", "do-uong/ruou-trang".
GROUP_SEPARATORS = re.compile(r"\s*[›>/]\s*")


def grouped(items, key):
    groups = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


class Register:
    """The reference data every row is checked against, read once."""

    def __init__(self):
        self.locale = Locale.get_default()
        self.producer_index = ProducerIndexPage.objects.filter(locale=self.locale).order_by("path").first()
        provinces = list(Province.objects.filter(locale=self.locale))
        self.provinces_by_slug = {province.slug: province for province in provinces}
        self.provinces_by_name = grouped(provinces, lambda province: fold(province.name))
        groups = list(ProductGroup.objects.filter(locale=self.locale).select_related("parent"))
        self.groups_by_slug = {group.slug: group for group in groups}
        self.groups_by_name = grouped(groups, lambda group: fold(group.name))
        self.producers, self.products = [], []
        if self.producer_index is not None:
            self.producers = list(
                ProducerPage.objects.child_of(self.producer_index).select_related("province").order_by("path")
            )
            self.products = list(
                ProductPage.objects.descendant_of(self.producer_index)
                .filter(depth=self.producer_index.depth + 2)
                .values("pk", "title", "slug", "path", "translation_key", "group_id", "subgroup_id")
            )
        self.producers_by_text = grouped(self.producers, lambda page: same_text(page.title))
        self.producers_by_fold = grouped(self.producers, lambda page: fold(page.title))
        self.producers_by_path = {page.path: page for page in self.producers}
        for product in self.products:
            product["producer"] = self.producers_by_path.get(register.producer_path(product["path"]))
        self.products_by_producer = grouped(
            self.products, lambda product: product["producer"] and product["producer"].pk
        )
        self.products_by_slug = grouped(self.products, lambda product: product["slug"])

    def province(self, value):
        text = clean_text(value)
        if text in self.provinces_by_slug:
            return self.provinces_by_slug[text]
        folded = fold(text)
        candidates = self.provinces_by_name.get(folded)
        for prefix in PROVINCE_PREFIXES:
            if not candidates and folded.startswith(prefix):
                candidates = self.provinces_by_name.get(folded[len(prefix) :])
        if candidates and len(candidates) == 1:
            return candidates[0]
        raise RowProblem(
            _("the province “%(value)s” is not in the list of provinces (Taxonomies → Provinces).") % {"value": text}
        )

    def group(self, value):
        """A sub-group (preferred) or group, by slug, name or "group › sub-group"."""
        text = clean_text(value)
        if text in self.groups_by_slug:
            return self.groups_by_slug[text]
        parts = GROUP_SEPARATORS.split(text)
        candidates = self.groups_by_name.get(fold(parts[-1]), [])
        if len(parts) == 2:
            parent = fold(parts[0])
            candidates = [
                group
                for group in candidates
                if group.parent is not None and parent in {fold(group.parent.name), group.parent.slug}
            ]
        subgroups = [group for group in candidates if group.parent_id]
        candidates = subgroups or candidates
        if len(candidates) == 1:
            return candidates[0]
        raise RowProblem(
            _("the product group “%(value)s” is not in the list of product groups (Taxonomies → Product groups).")
            % {"value": text}
        )

    def producer(self, name):
        """The existing producer page of this name, None if there is none."""
        matches = self.producers_by_text.get(same_text(name)) or self.producers_by_fold.get(fold(name)) or []
        if len(matches) > 1:
            raise RowProblem(
                _("%(count)s producer pages are called “%(name)s”: rename one of them first.")
                % {"count": len(matches), "name": name}
            )
        return matches[0] if matches else None

    def product(self, producer, name, slug):
        """The existing product this row names under an existing producer, None if it is new."""
        products = self.products_by_producer.get(producer.pk, [])
        if slug:
            matches = [product for product in products if product["slug"] == slug]
        else:
            matches = [p for p in products if same_text(p["title"]) == same_text(name)]
            matches = matches or [p for p in products if fold(p["title"]) == fold(name)]
        if len(matches) > 1:
            raise RowProblem(
                _("%(producer)s has %(count)s products called “%(name)s”: give the product slug.")
                % {"producer": producer.title, "count": len(matches), "name": name}
            )
        return matches[0] if matches else None

    def check_slug_is_free(self, slug, producer):
        """A slug given for a new product must not be another producer's product."""
        for product in self.products_by_slug.get(slug, []):
            owner = product["producer"]
            if owner is not None and (not isinstance(producer, ProducerPage) or owner.pk != producer.pk):
                raise RowProblem(
                    _("the product slug “%(slug)s” is the product “%(product)s” of %(producer)s.")
                    % {"slug": slug, "product": product["title"], "producer": owner.title}
                )
