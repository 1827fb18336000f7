"""The accounts fixtures: two producers with a product each, an editor, and producer A's invited user."""

from tests.accounts.conftest import (  # noqa: F401
    editor,
    editor_client,
    producer_client,
    producer_user,
    producers,
    products,
)
