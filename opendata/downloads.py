"""The register's downloads, written to a file once per change to the register, then sent as written.

A download (the register as CSV or JSON) lists every public certificate, so
writing one costs in proportion to the register. Each is written once for its
document, language, site address and day, while the register is unchanged
(catalogue.figures_cache says when it is not), into OCOP_DOWNLOADS_ROOT, and
sent from there as a file: gunicorn hands the file to the operating system
(sendfile), so a request costs the same whatever the register's size.

Every app server writes its own copy: the files are derived, and the same on
each. A file is replaced by writing beside it and renaming, so a reader never
sees half a file; files of an older version are removed after a while (one a
request is still sending stays readable until it is closed).

With the figures cache off (the test settings), each request writes afresh.
"""

import os
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, HttpResponse

from catalogue import figures_cache

# An older version's file is removed once it is this old.
STALE_SECONDS = 600


def written_once(name, parts, write, *, today, content_type, suffix):
    """A response with write()'s bytes (a document of the register), written once per version."""
    if not figures_cache.enabled():
        return HttpResponse(write(), content_type=content_type)
    root = Path(settings.OCOP_DOWNLOADS_ROOT)
    path = root / f"{name}-{figures_cache.version(name, parts, today)[:32]}{suffix}"
    if not path.exists():
        root.mkdir(parents=True, exist_ok=True)
        descriptor, partial = tempfile.mkstemp(dir=root, prefix=f".{name}-", suffix=".partial")
        with os.fdopen(descriptor, "wb") as file:
            file.write(write())
        os.replace(partial, path)
        _remove_stale(root, name, keep=path)
    response = FileResponse(path.open("rb"), content_type=content_type)
    # FileResponse names the file on disk; the view says what the download is called.
    del response["Content-Disposition"]
    return response


def _remove_stale(root, name, keep):
    cutoff = time.time() - STALE_SECONDS
    for path in root.glob(f"{name}-*"):
        try:
            if path != keep and path.stat().st_mtime < cutoff:
                path.unlink()
        except FileNotFoundError:  # another server process removed it first
            pass
