"""Helpers: reading responses the way a visitor does, and the site's clock."""

import contextlib
import os
import socket
import sys
from unittest import mock

from bs4 import BeautifulSoup

from catalogue import register

APP_PACKAGES = {"accounts", "catalogue", "home", "news", "opendata", "reports", "search", "showcase"}


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def visible_text(response):
    """The page's text with tags stripped and whitespace collapsed, scripts and styles left out."""
    soup = soup_of(response)
    for tag in soup(["script", "style", "template"]):
        tag.decompose()
    return " ".join(soup.get_text(" ").split())


def titles_listed(response, pages):
    """Which of `pages` the response links to, by title, in the order given."""
    html = response.content.decode()
    return [page.title for page in pages if f'href="{page.url}"' in html]


class Clock:
    """A stand-in for catalogue.register.local_today; set `.today` to move the site's date."""

    def __init__(self, today):
        self.today = today

    def __call__(self):
        return self.today


@contextlib.contextmanager
def site_today(day):
    """Freeze the site's today: catalogue.register.local_today, and any copy of it imported by name.

    The site asks catalogue.register for the date (register.local_today()), so
    patching that module is enough; a module that imported the function by
    name is patched too rather than left on the real date. Yields the Clock,
    whose `.today` can be moved.
    """
    clock = Clock(day)
    original = register.local_today
    with contextlib.ExitStack() as stack:
        for name, module in list(sys.modules.items()):
            if name.split(".")[0] in APP_PACKAGES and getattr(module, "local_today", None) is original:
                stack.enter_context(mock.patch.object(module, "local_today", clock))
        yield clock


def free_port():
    """A TCP port nothing listens on; TEST_PORTS ("8200-8299") keeps it within a range."""
    low, _, high = os.environ.get("TEST_PORTS", "").partition("-")
    candidates = range(int(low), int(high) + 1) if low and high else [0]
    for port in candidates:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError(f"No free port in {os.environ['TEST_PORTS']}.")
