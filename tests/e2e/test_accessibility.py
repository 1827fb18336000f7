"""axe-core on one page of every public type, in both languages: no serious or critical violation.

axe runs its default rules (WCAG 2 A and AA, and best practices), none disabled. It is
injected as an inline script, so these pages are opened with the Content-Security-Policy
bypassed (the axe_page fixture); the flows in the other tests run under the policy.
"""

import textwrap

import pytest
from playwright.sync_api import expect

from .site import DEMO, LANGUAGES

pytestmark = pytest.mark.e2e

BLOCKING = ("serious", "critical")
# Pages whose address holds a verification code: found through a product page's certificate.
CERTIFICATE_PAGES = {
    "verification": ("product", 0),
    "verification, certificate revoked": ("revoked_product", 0),
    "stamp": ("product", 1),
}
PAGE_TYPES = list(DEMO["vi"].pages) + list(CERTIFICATE_PAGES)


def _describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"][:8]:
            lines.append(f"  - {' '.join(str(part) for part in node['target'])}")
            lines.append(textwrap.indent(node["failureSummary"], "      "))
        if len(violation["nodes"]) > 8:
            lines.append(f"  … and {len(violation['nodes']) - 8} more")
    return "\n".join(lines)


def _url_of(page, demo, page_type):
    """Verification codes are drawn when the demo is built: take them from the product's certificate."""
    if page_type not in CERTIFICATE_PAGES:
        return demo.pages[page_type]
    product, link = CERTIFICATE_PAGES[page_type]
    page.goto(getattr(demo, product))
    return page.locator("section.certificate .certificate__actions a").nth(link).get_attribute("href")


@pytest.mark.parametrize("page_type", PAGE_TYPES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_serious_accessibility_violations(axe_page, axe_core_path, language, page_type):
    page = axe_page
    demo = DEMO[language]
    response = page.goto(_url_of(page, demo, page_type))
    assert response.status == (404 if page_type == "not found" else 200)
    expect(page.locator("html")).to_have_attribute("lang", language)
    if page.locator("[data-map]").count():
        # Checked once the script has drawn the map (markers and controls included).
        expect(page.locator(".map--ready").first).to_be_visible()
    page.evaluate("document.fonts.ready")

    page.add_script_tag(path=axe_core_path)
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    blocking = [violation for violation in results["violations"] if violation["impact"] in BLOCKING]
    assert not blocking, f"axe-core {results['testEngine']['version']} on {page.url}:\n{_describe(blocking)}"
