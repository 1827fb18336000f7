"""Using a page with the keyboard alone, and checking where the focus goes on each key.

Every Tab (or Shift+Tab) must move the focus to the next (or previous) element in the
page's order, onto something visible in the window that shows a focus indicator (an
outline on it or on the card around it), and never off the page.
"""

from playwright.sync_api import expect

_REMEMBER_FOCUS = "() => { window.__e2eFocusBefore = document.activeElement; }"

_DESCRIBE_FOCUS = """() => {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) {
    return null;
  }
  const before = window.__e2eFocusBefore;
  let direction = "first";
  if (before === element) {
    direction = "unmoved";
  } else if (before && before !== document.body && before.isConnected) {
    const position = before.compareDocumentPosition(element);
    direction = position & Node.DOCUMENT_POSITION_FOLLOWING ? "forward"
      : position & Node.DOCUMENT_POSITION_PRECEDING ? "backward" : "elsewhere";
  }
  let indicator = false;
  for (let node = element, depth = 0; node && node !== document.body && depth < 4; node = node.parentElement, depth++) {
    const style = getComputedStyle(node);
    if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) {
      indicator = true;
      break;
    }
  }
  const box = element.getBoundingClientRect();
  const name = element.getAttribute("aria-label") || element.getAttribute("alt") || element.innerText
    || element.value || element.getAttribute("placeholder") || "";
  return {
    label: `${element.tagName.toLowerCase()} "${name.replace(/\\s+/g, " ").trim().slice(0, 60)}"`,
    direction: direction,
    indicator: indicator,
    visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
      && box.top < window.innerHeight && box.left < window.innerWidth,
  };
}"""


def press(page, key):
    """Press Tab or Shift+Tab once and check the focus moved sensibly; returns where it went."""
    page.evaluate(_REMEMBER_FOCUS)
    page.keyboard.press(key)
    focus = page.evaluate(_DESCRIBE_FOCUS)
    assert focus is not None, f"{key} took the focus off the page ({page.url})"
    expected = "backward" if key == "Shift+Tab" else "forward"
    assert focus["direction"] in (expected, "first"), f"{key} moved the focus {focus['direction']}: {focus['label']}"
    assert focus["visible"], f"the focused {focus['label']} is not visible in the window"
    assert focus["indicator"], f"the focused {focus['label']} shows no focus indicator"
    return focus["label"]


def is_focused(locator):
    return locator.evaluate("element => element === document.activeElement")


def tab_to(page, target, *, key="Tab", limit=80):
    """Press Tab (or Shift+Tab) until `target` (a locator) has the focus; returns the stops on the way."""
    expect(target).to_be_attached()
    stops = []
    for _ in range(limit):
        stops.append(press(page, key))
        if is_focused(target):
            return stops
    raise AssertionError(f"{limit} presses of {key} never reached {target}; the focus went through: {stops}")


def skip_to_content(page):
    """The first Tab shows the skip link; Enter on it puts the focus on the main content."""
    skip_link = page.locator("a.skip-link")
    tab_to(page, skip_link, limit=1)
    page.keyboard.press("Enter")
    expect(page.locator("main#main-content")).to_be_focused()
