"""A small site built in, and read back from, a site process's database (the backup round trip).

Run in a process of its own with the site's settings: `python -c "... small_site.build()"`.
Each function prints one JSON object.
"""

import json

from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from catalogue.models import Certification, ProductPage
from tests import factories


def build():
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.save()
    welcome.delete()
    factories.ProductIndexPageFactory(parent=home)
    producer = factories.ProducerPageFactory(parent=factories.ProducerIndexPageFactory(parent=home))
    for number in range(3):
        factories.ProductPageFactory(
            parent=producer, title=f"Mật ong hoa tràm {number}", listing_image=factories.ImageFactory()
        )
    print(json.dumps(describe()))


def describe():
    product = ProductPage.objects.live().order_by("pk").first()
    return {
        "certifications": Certification.objects.count(),
        "pages": Page.objects.count(),
        "image_files": sorted(image.file.name for image in get_image_model().objects.all()),
        "product_url": product.url if product else None,
    }


def check():
    found = describe()
    images = get_image_model().objects.all()
    found["image_files_exist"] = all(image.file.storage.exists(image.file.name) for image in images)
    found["product_status"] = Client().get(found["product_url"]).status_code if found["product_url"] else None
    found["home_status"] = Client().get("/vi/").status_code
    print(json.dumps(found))
