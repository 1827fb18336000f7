"""Two producers, each with a published product, an editor, and producer A's invited user.

producers.a / producers.b          ProducerPage (under the producer index)
products.a / products.b            a certified, published ProductPage of each
editor_client                      logged in as a member of "Editors"
producer_user / producer_client    invited to producer A and accepted, password set, logged in
"""

from types import SimpleNamespace

import pytest
from django.core import mail
from django.test import Client
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from accounts.invite import accept_invitation, invite_producer
from tests import factories

PASSWORD = "correct horse battery"


@pytest.fixture
def producers(frozen_today, producer_index):
    return SimpleNamespace(
        a=factories.ProducerPageFactory(parent=producer_index, title="HTX mây tre đan Bao La", slug="bao-la"),
        b=factories.ProducerPageFactory(parent=producer_index, title="HTX rượu Gò Đen", slug="go-den"),
    )


@pytest.fixture
def products(producers):
    return SimpleNamespace(
        a=factories.ProductPageFactory(parent=producers.a, title="Lồng đèn mây tre"),
        b=factories.ProductPageFactory(parent=producers.b, title="Rượu đế Gò Đen"),
    )


@pytest.fixture
def editor():
    return factories.EditorFactory(username="van-phong-ocop", email="vanphong@example.vn")


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(editor):
    return logged_in(editor)


def invited(producer, email, invited_by=None):
    """A user with `email` (made if needed, password PASSWORD) who accepted an invitation to `producer`."""
    from django.contrib.auth.models import User

    user = User.objects.filter(email=email).first() or factories.UserFactory(username=email, email=email)
    accept_invitation(invite_producer(producer, email, invited_by=invited_by), user)
    mail.outbox.clear()
    return user


@pytest.fixture
def producer_user(producers, products, editor):
    return invited(producers.a, "baola@example.vn", invited_by=editor)


@pytest.fixture
def producer_client(producer_user):
    return logged_in(producer_user)


def producer_form(producer, **changes):
    """The producer page's edit form as the admin posts it, with `changes` applied."""
    return nested_form_data(
        {
            "title": producer.title,
            "slug": producer.slug,
            "kind": producer.kind,
            "story": streamfield([("paragraph", rich_text("<p>Đan mây tre từ năm 1990.</p>"))]),
            "photos": inline_formset([]),
            "province": producer.province_id,
            "address": producer.address,
            "phone": producer.phone,
            "email": producer.email,
            "website": producer.website,
            "sales_channels": inline_formset([]),
            "craft_village": producer.craft_village,
            "comments": inline_formset([]),
        }
        | changes
    )


def product_form(title, slug, group, **changes):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "group": group.pk,
            "subgroup": "",
            "description": streamfield([("paragraph", rich_text(f"<p>{title}.</p>"))]),
            "gallery_images": inline_formset([]),
            "packaging": "",
            "price_min": "",
            "price_max": "",
            "online_channels": inline_formset([]),
            "comments": inline_formset([]),
        }
        | changes
    )
