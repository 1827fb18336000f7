"""What the site does while its search backend cannot be reached.

The database backends live in the site's own database: when it is down, so is
every page. Elasticsearch is a service of its own, and it can stop while the
site runs. Then the search page still answers (200) with a plain message and
no results, the suggestions answer an empty list, and the product check falls
back on what it finds without full-text search; every other page never asks
the backend anything. Publishing keeps working: index updates wait in the task
queue until the node is back (search/indexing.py).

An outage is a failed connection or a timeout (the client's TransportError),
or the node answering that it cannot serve (5xx, or 429 when overloaded).
Any other error (a 400 for a malformed query) is a bug, and is raised.
"""

import logging
from contextlib import contextmanager

from elastic_transport import TransportError
from elasticsearch import ApiError

logger = logging.getLogger(__name__)


class SearchUnavailable(Exception):
    """The search backend could not answer; the visitor is told so."""


def is_outage(error):
    if isinstance(error, TransportError):
        return True
    return isinstance(error, ApiError) and (error.status_code >= 500 or error.status_code == 429)


@contextmanager
def backend_answers(what):
    """Turn an outage of the search backend while doing `what` into SearchUnavailable, logged."""
    try:
        yield
    except (TransportError, ApiError) as error:
        if not is_outage(error):
            raise
        logger.warning("The search backend is unavailable (%s): %s", what, error)
        raise SearchUnavailable(what) from error
