"""The admin, walked in Vietnamese: an editor imports the sample decision; a producer signs in from
its invitation, edits its page, adds a product and submits both; the editor approves the change.

Each step leaves a screenshot in test-results/e2e/admin/, whether the test passes or not.
The invitation link is taken from the e-mail the invitation sends, whatever that link is
(a set-password link today), so the flow follows the invitation as a producer would.
"""

import re

import pytest
from playwright.sync_api import expect

from catalogue.imports.sample import SAMPLE_CSV

from .conftest import PAGES, RESULTS_DIR, TIMEOUT_MS, VIEWPORT
from .site import DEMO

pytestmark = pytest.mark.e2e

PASSWORD = "mat-khau-thu-nghiem-2025"
EDITOR = "bientap-e2e"
PRODUCER_EMAIL = "tanlap@example.vn"
PRODUCER_SLUG = DEMO["vi"].product.split("/")[3]  # /vi/chu-the/<producer>/<product>/
NEW_PHONE = "0272 3 777 888"
NEW_PRODUCT = "Mật ong hoa nhãn"
SHOTS = RESULTS_DIR / "admin"


class Steps:
    """Screenshots of each step, numbered in the order they were taken."""

    def __init__(self, flow):
        self.flow = flow
        self.count = 0

    def shot(self, page, name):
        self.count += 1
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SHOTS / f"{self.flow}-{self.count:02d}-{name}.png", full_page=True)


@pytest.fixture(scope="module")
def editor(site_admin):
    site_admin.run_python(
        "from django.contrib.auth import get_user_model\n"
        "from wagtail.users.models import UserProfile\n"
        "from accounts.roles import editors_group\n"
        "User = get_user_model()\n"
        f"user, _ = User.objects.get_or_create(username={EDITOR!r}, defaults={{'email': 'bientap@example.vn'}})\n"
        f"user.set_password({PASSWORD!r}); user.save(); user.groups.add(editors_group())\n"
        "profile = UserProfile.get_for_user(user); profile.preferred_language = 'vi'; profile.save()\n"
    )
    return EDITOR


@pytest.fixture(scope="module")
def food_group_id(site_admin):
    code = (
        "from catalogue.models import ProductGroup\n"
        "print(ProductGroup.objects.get(slug='thuc-pham', locale__language_code='vi').pk)"
    )
    return int(site_admin.run_python(code).strip().splitlines()[-1])


@pytest.fixture(scope="module")
def producer_page_id(site_admin):
    code = (
        "from catalogue.models import ProducerPage\n"
        f"print(ProducerPage.objects.get(slug={PRODUCER_SLUG!r}, locale__language_code='vi').pk)"
    )
    return int(site_admin.run_python(code).strip().splitlines()[-1])


def new_tab(browser, site_url, request):
    context = browser.new_context(base_url=site_url, viewport=VIEWPORT, locale="vi-VN")
    context.set_default_timeout(TIMEOUT_MS)
    context.route(lambda url: not url.startswith(site_url + "/"), lambda route: route.abort())
    page = context.new_page()
    request.node.stash.setdefault(PAGES, []).append(page)
    return context, page


def sign_in(page, username, steps):
    page.goto("/admin/login/")
    expect(page.locator("h1")).to_have_text("Đăng nhập trang quản trị OCOP")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    steps.shot(page, "sign-in")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def click_hidden(page, selector):
    """A button of the editor's footer menu, folded away in its dropdown: clicked as a form button."""
    page.locator(selector).first.evaluate("button => button.click()")


def expect_icon_beside_label(button):
    """The button's icon and its label side by side: the icon covers none of the text."""
    icon = button.locator(".icon-wrapper").bounding_box()
    whole = button.bounding_box()
    assert icon["width"] < whole["width"] / 3
    label_left = icon["x"] + icon["width"]
    assert whole["x"] + whole["width"] - label_left > icon["width"], "room for the label beside the icon"


def test_an_editor_imports_the_sample_decision(browser, site_url, request, editor):
    steps = Steps("import")
    context, page = new_tab(browser, site_url, request)
    sign_in(page, editor, steps)
    steps.shot(page, "dashboard")

    page.goto("/admin/import-decision/")
    expect(page.locator("h1")).to_have_text("Nhập quyết định")
    page.locator("input[type=file]").set_input_files(str(SAMPLE_CSV))
    preview = page.get_by_role("button", name="Xem trước")
    expect_icon_beside_label(preview)
    steps.shot(page, "upload")
    preview.click()

    expect(page.locator("#import-rows tbody tr")).to_have_count(12)
    confirm = page.get_by_role("button", name="Nhập quyết định này")
    expect_icon_beside_label(confirm)
    steps.shot(page, "preview")
    confirm.click()

    expect(page.locator(".messages")).to_contain_text("Đã nhập quyết định 3105/QĐ-UBND.")
    steps.shot(page, "imported")
    # The decision's dates, day first, as the decision itself writes them.
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4}", page.locator("input[name=issued_on]").input_value())
    page.goto("/admin/")
    expect(page.locator("#ocop-recent-imports-content")).to_contain_text("3105/QĐ-UBND")
    steps.shot(page, "dashboard-after")
    context.close()


def test_a_producer_signs_in_from_its_invitation_adds_a_product_and_the_editor_approves(
    browser, site_url, request, site_admin, editor, producer_page_id, food_group_id
):
    steps = Steps("producer")
    editor_context, office = new_tab(browser, site_url, request)
    sign_in(office, editor, steps)

    # The editor invites the producer.
    office.goto(f"/admin/producers/{producer_page_id}/invite/")
    office.locator("input[name=email]").fill(PRODUCER_EMAIL)
    steps.shot(office, "invite")
    office.locator("main form[action*=invite] button[type=submit]").click()
    expect(office.locator(".messages")).to_contain_text(PRODUCER_EMAIL)
    [invitation] = [mail for mail in site_admin.mails() if PRODUCER_EMAIL in mail["To"]]
    link = next(url for url in re.findall(r"https?://\S+", invitation.get_content()) if url.startswith(site_url))

    # The producer follows the link from its e-mail and signs in.
    producer_context, producer = new_tab(browser, site_url, request)
    producer.goto(link)
    steps.shot(producer, "invitation-link")
    passwords = producer.locator("input[type=password]")
    for index in range(passwords.count()):
        passwords.nth(index).fill(PASSWORD)
    producer.locator("main form button[type=submit], main form input[type=submit]").first.click()
    producer.wait_for_load_state()
    producer.goto("/admin/")
    if producer.locator("input[name=username]").count():
        sign_in(producer, PRODUCER_EMAIL, steps)
    panel = producer.locator(".ocop-producer-pages")
    expect(panel).to_be_visible()
    steps.shot(producer, "producer-dashboard")

    # It edits its own page and sends the change for approval.
    panel.get_by_role("link", name="Sửa trang chủ thể của bạn").click()
    producer.locator("#id_phone").fill(NEW_PHONE)
    steps.shot(producer, "edit-producer-page")
    click_hidden(producer, "button[name=action-submit]")
    expect(producer.locator(".messages")).to_be_visible()

    # It adds a product, choosing where it is sold from a list that searches.
    producer.goto("/admin/")
    producer.locator(".ocop-producer-pages").get_by_role("link", name="Thêm sản phẩm").click()
    producer.locator("#id_title").fill(NEW_PRODUCT)
    # The product group is a snippet chooser; its modal is Wagtail's, so the test sets the value it would.
    producer.locator("#id_group").evaluate("(input, value) => { input.value = value; }", str(food_group_id))
    search = producer.locator("#id_sold_at-filter")
    search.fill("dong thap")
    choices = producer.locator("#id_sold_at-choices label:visible")
    expect(choices).to_have_count(1)
    expect(choices).to_contain_text("Đồng Tháp Mười")
    choices.first.click()
    steps.shot(producer, "add-product")
    click_hidden(producer, "button[name=action-submit]")
    expect(producer.locator(".messages")).to_be_visible()

    producer.goto("/admin/")
    rows = producer.locator(".ocop-producer-pages__pages tbody tr")
    expect(rows.filter(has_text=NEW_PRODUCT)).to_have_attribute("data-state", "in_moderation")
    expect(rows.first).to_have_attribute("data-state", "in_moderation")
    steps.shot(producer, "producer-dashboard-submitted")

    # The editor finds both on the dashboard and approves the producer's page.
    office.goto("/admin/")
    expect(office.locator("#awaiting-review-section")).to_contain_text(NEW_PRODUCT)
    steps.shot(office, "awaiting-review")
    office.goto(f"/admin/pages/{producer_page_id}/edit/")
    click_hidden(office, "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])")
    expect(office.locator(".messages")).to_be_visible()
    steps.shot(office, "approved")

    producer.goto("/admin/")
    expect(producer.locator(".ocop-producer-pages__pages tbody tr").first).to_have_attribute("data-state", "live")
    steps.shot(producer, "producer-dashboard-approved")
    producer.goto(DEMO["vi"].product.rsplit("/", 2)[0] + "/")
    expect(producer.locator("main")).to_contain_text(NEW_PHONE)
    editor_context.close()
    producer_context.close()
