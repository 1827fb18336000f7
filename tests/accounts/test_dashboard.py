"""The dashboard by role, as a Vietnamese user: a producer's own pages first; an editor's next steps."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from accounts.invite import invite_producer
from catalogue.imports.sample import SAMPLE_CSV
from catalogue.imports.writer import import_decision
from tests import factories
from tests.catalogue.test_import import long_an  # noqa: F401  (the historic province the sample uses)
from tests.utils import soup_of, visible_text

from .conftest import invited, logged_in, producer_form
from .test_workflow import act

pytestmark = pytest.mark.django_db

HOME = "/admin/"
COMMENT = "Ảnh đại diện bị mờ, vui lòng thay ảnh khác."


def speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def rows_of(response):
    """{page title: (state, the office's comment)} of the producer's panel."""
    panel = soup_of(response).select_one(".ocop-producer-pages__pages")
    rows = {}
    for row in panel.select("tbody tr"):
        comment = row.select_one(".ocop-producer-pages__comment")
        rows[row.select_one("td a").get_text(strip=True)] = (
            row["data-state"],
            " ".join(comment.get_text(" ").split()) if comment else "",
        )
    return rows


@pytest.fixture
def producer_in_every_state(producer_user, producer_client, editor_client, producers, products):
    """Producer A's page sent back with a comment, one product waiting for approval, one draft."""
    speaks(producer_user, "vi")
    submitted = producer_client.post(
        reverse("wagtailadmin_pages:edit", args=[producers.a.pk]),
        producer_form(producers.a, phone="0234 3 555 666", **{"action-submit": "submit"}),
    )
    assert submitted.status_code == 302
    assert act(editor_client, producers.a, "reject", COMMENT).status_code == 302
    waiting = products.a
    waiting.save_revision(user=producer_user, log_action=True)
    waiting.get_workflow().start(waiting, producer_user)
    draft = factories.ProductPageFactory(parent=producers.a, title="Giỏ mây đan tay", live=False, certification=None)
    return {"page": producers.a, "waiting": waiting, "draft": draft}


def test_the_producers_dashboard_lists_its_pages_with_their_states(producer_client, producer_in_every_state):
    response = producer_client.get(HOME)

    assert response.status_code == 200
    assert rows_of(response) == {
        "HTX mây tre đan Bao La": ("changes_requested", f"Ý kiến của văn phòng: {COMMENT}"),
        "Giỏ mây đan tay": ("draft", ""),
        "Lồng đèn mây tre": ("in_moderation", ""),
    }
    text = visible_text(response)
    for state in ("Cần sửa lại", "Bản nháp, chưa xuất bản", "Đang chờ duyệt"):
        assert state in text


def test_each_page_has_its_edit_button_and_the_producer_can_add_a_product(producer_client, producer_in_every_state):
    panel = soup_of(producer_client.get(HOME)).select_one(".ocop-producer-pages")
    links = {a.get_text(strip=True): a["href"] for a in panel.select("a.button")}

    assert links["Thêm sản phẩm"] == reverse(
        "wagtailadmin_pages:add", args=["catalogue", "productpage", producer_in_every_state["page"].pk]
    )
    edit_buttons = [a["href"] for a in panel.select("tbody a.button")]
    assert edit_buttons == [
        reverse("wagtailadmin_pages:edit", args=[page.pk])
        for page in (producer_in_every_state[key] for key in ("page", "draft", "waiting"))  # products by name
    ]
    # And the buttons lead where they say.
    assert producer_client.get(links["Thêm sản phẩm"]).status_code == 200
    assert all(producer_client.get(url).status_code == 200 for url in edit_buttons)


def test_the_producer_sees_its_certificates_with_status_and_expiry_but_cannot_change_them(
    producer_client, producer_user, products
):
    speaks(producer_user, "vi")
    certificate = products.a.current_certification

    panel = soup_of(producer_client.get(HOME)).select_one(".ocop-producer-pages__certificates")

    [row] = panel.select("tbody tr")
    cells = [cell.get_text(strip=True) for cell in row.select("td")]
    valid_until = f"{certificate.valid_until:%d/%m/%Y}"
    assert cells == ["Lồng đèn mây tre", str(certificate.decision), "4★", "Còn hiệu lực", valid_until]
    assert not panel.select("a, input, button"), "read only"


def test_the_producers_dashboard_shows_nothing_of_another_producer(producer_client, producer_user, producers, products):
    factories.ProductPageFactory(parent=producers.b, title="Rượu đế nếp than", live=False)

    text = visible_text(producer_client.get(HOME))

    assert "HTX mây tre đan Bao La" in text
    for title in ("HTX rượu Gò Đen", "Rượu đế Gò Đen", "Rượu đế nếp than"):
        assert title not in text


def test_the_producers_dashboard_takes_the_same_queries_for_two_or_twelve_products(
    producer_client, producers, products
):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert producer_client.get(HOME).status_code == 200
        return len(captured)

    producer_client.get(HOME)  # warm Wagtail's per-process caches
    few = queries()
    for number in range(10):
        factories.ProductPageFactory(parent=producers.a, title=f"Khay mây {number}", live=number % 2 == 0)
    assert queries() == few


# The explorer ------------------------------------------------------------------


@pytest.fixture
def english_producer_page(producers, products, producer_user):
    english = Locale.objects.get_or_create(language_code="en")[0]
    producers.a.get_parent().copy_for_translation(english, copy_parents=True)
    return producers.a.copy_for_translation(english)


def explorer_start_page_id(response):
    """The page the sidebar's "Pages" menu opens at."""
    props = json.loads(soup_of(response).select_one("#wagtail-sidebar-props").string)

    def find(node):
        if isinstance(node, dict):
            if node.get("_type") == "wagtail.sidebar.PageExplorerMenuItem":
                return node["_args"][-1]
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            return None
        for child in children:
            found = find(child)
            if found is not None:
                return found
        return None

    return find(props)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_explorer_opens_at_the_producers_own_page_in_its_language(
    producer_client, producer_user, producers, english_producer_page, language
):
    speaks(producer_user, language)
    own_page = producers.a if language == "vi" else english_producer_page

    response = producer_client.get(reverse("wagtailadmin_explore_root"))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[own_page.pk])
    assert explorer_start_page_id(producer_client.get(HOME)) == own_page.pk
    # The other translation stays within reach.
    other = english_producer_page if language == "vi" else producers.a
    assert producer_client.get(reverse("wagtailadmin_explore", args=[other.pk])).status_code == 200


def test_the_explorer_root_stays_wagtails_for_an_editor(editor_client, producers):
    response = editor_client.get(reverse("wagtailadmin_explore_root"))
    assert response["Location"] == reverse("wagtailadmin_explore", args=[Page.get_first_root_node().pk])


def test_the_explorer_root_sends_a_visitor_to_sign_in(client):
    response = client.get(reverse("wagtailadmin_explore_root"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


# The editor's dashboard -------------------------------------------------------------


@pytest.fixture
def office(frozen_today, producer_index, long_an, editor, producers, products):  # noqa: F811
    speaks(editor, "vi")
    import_decision(SAMPLE_CSV.name, SAMPLE_CSV.read_bytes(), user=editor)
    invite_producer(producers.b, "goden@example.vn", invited_by=editor)
    never_signed_in = factories.UserFactory(username="goden", email="goden@example.vn")
    signed_in = invited(producers.a, "baola@example.vn", invited_by=editor)
    logged_in(signed_in)
    # Producer B's product waits for the office's approval.
    waiting = products.b
    waiting.save_revision(user=never_signed_in)
    waiting.get_workflow().start(waiting, never_signed_in)
    return {"never_signed_in": never_signed_in, "signed_in": signed_in}


def test_the_editors_dashboard_starts_with_what_waits_for_the_office(editor_client, office):
    response = editor_client.get(HOME)
    soup = soup_of(response)

    panels = [section["id"] for section in soup.select("section.w-panel")]
    assert panels[:5] == [
        "awaiting-review-section",
        "ocop-misuse-reports-section",
        "ocop-certificates-to-watch-section",
        "ocop-recent-imports-section",
        "ocop-pending-invitations-section",
    ]
    assert "Rượu đế Gò Đen" in soup.select_one("#awaiting-review-section").get_text()


def test_the_editor_sees_the_last_imported_decision(editor_client, office):
    imports = soup_of(editor_client.get(HOME)).select_one("#ocop-recent-imports-content")

    assert "3105/QĐ-UBND" in imports.get_text(" ")
    assert "van-phong-ocop" in imports.get_text(" ")


def test_the_editor_sees_who_was_invited_and_has_not_signed_in(editor_client, office):
    invitations = soup_of(editor_client.get(HOME)).select_one("#ocop-pending-invitations-content")
    text = " ".join(invitations.get_text(" ").split())

    assert "goden@example.vn HTX rượu Gò Đen" in text
    assert "baola@example.vn" not in text


def test_a_producer_sees_none_of_the_editors_panels(producer_client):
    html = producer_client.get(HOME).content.decode()
    for panel in ("ocop-recent-imports", "ocop-pending-invitations", "ocop-certificates-to-watch"):
        assert panel not in html
