"""The admin is the OCOP office's: its name and mark on the sign-in page and every admin screen,
and avatars that load without any outside service."""

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests import factories
from tests.utils import soup_of, visible_text

pytestmark = pytest.mark.django_db

DEFAULT_AVATAR = "wagtailadmin/images/default-user-avatar.png"


@pytest.fixture
def vietnamese_editor(client):
    editor = factories.EditorFactory(email="vanphong@example.vn")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "vi"
    profile.save()
    client.force_login(editor)
    return editor


def test_the_sign_in_page_carries_the_offices_name_and_mark(client):
    response = client.get(reverse("wagtailadmin_login"))
    soup = soup_of(response)

    assert soup.title.get_text(strip=True) == "Đăng nhập - Quản trị OCOP"
    assert soup.h1.get_text(strip=True) == "Đăng nhập trang quản trị OCOP"
    assert soup.select_one(".login-logo svg.ocop-admin-logo") is not None
    assert "OCOP — Mỗi xã một sản phẩm" in visible_text(response)
    assert soup.select_one("link[rel=icon]")["href"] == static("img/lotus.svg")


def test_the_password_reset_page_is_the_offices_too(client):
    soup = soup_of(client.get(reverse("wagtailadmin_password_reset")))

    assert soup.title.get_text(strip=True).endswith("- Quản trị OCOP")


def test_every_admin_screen_has_the_offices_name_and_mark(client, vietnamese_editor):
    response = client.get(reverse("wagtailadmin_home"))
    soup = soup_of(response)

    assert soup.title.get_text(strip=True).endswith("- Quản trị OCOP")
    assert soup.h1.get_text(strip=True) == "Quản trị OCOP"
    # The sidebar's logo, which Wagtail's script takes from this template.
    logo = soup.select_one("template[data-wagtail-sidebar-branding-logo]")
    assert "ocop-admin-logo" in logo.decode_contents()
    assert soup.select_one(f"link[rel=stylesheet][href='{static('css/admin.css')}']") is not None
    assert finders.find("css/admin.css") is not None


def test_an_avatar_is_wagtails_default_one_served_by_the_site_not_a_gravatar(client, vietnamese_editor):
    soup = soup_of(client.get(reverse("wagtailadmin_home")))

    avatars = {img["src"].split("?")[0] for img in soup.select("img.avatar, .avatar img")}
    assert avatars == {static(DEFAULT_AVATAR)}
    assert finders.find(DEFAULT_AVATAR) is not None
    assert "gravatar" not in client.get(reverse("wagtailadmin_account")).content.decode()
