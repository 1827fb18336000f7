"""Every admin URL a producer can reach shows it nothing of another producer's drafts or images.

The URLs are not listed by hand: every pattern under /admin/ is taken from the
URL resolver and opened as producer A with the ids of producer B's draft page,
its revision, its workflow and its private image (and as bulk actions on them).
A new admin view, from Wagtail or from this project, is tried the day it appears.
"""

import html
import itertools
import json

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.exceptions import NoReverseMatch
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from accounts.invite import producer_access_for
from tests import factories

from .conftest import invited

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "Bản nháp bí mật của Gò Đen"
IMAGE_TITLE = "Ảnh riêng của Gò Đen"
# Signing out would leave the rest of the URLs tried by nobody.
SKIPPED = {"wagtailadmin_logout"}
BULK_ACTIONS = ("delete", "move", "publish", "unpublish", "add_to_collection", "add_tags")


def admin_patterns(resolver=None, namespace=""):
    """(name, pattern) of every named URL under /admin/, with its namespace."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from admin_patterns(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name and pattern.name not in SKIPPED:
            yield f"{namespace}{pattern.name}", pattern


@pytest.fixture
def secrets(producers, products, editor):
    """Producer B's draft product in review, with a private image, made by B's own user.

    Producer A has an English translation too, as most will: its permissions then span both
    language trees, so Wagtail's explorer starts from their common ancestor.
    """
    english = Locale.objects.get_or_create(language_code="en")[0]
    producers.a.get_parent().copy_for_translation(english, copy_parents=True)
    producers.a.copy_for_translation(english)
    b_user = invited(producers.b, "goden@example.vn")
    access = producer_access_for(producers.b)
    image = factories.ImageFactory(title=IMAGE_TITLE, collection=access.collection)
    draft = factories.ProductPageFactory(parent=producers.b, title=DRAFT_TITLE, live=False, certification=None)
    draft.owner = b_user
    draft.listing_image = image
    draft.save()
    revision = draft.save_revision(user=b_user)
    draft.get_workflow().start(draft, b_user)
    # Sent for translation, so the translations report has it.
    source, _created = TranslationSource.get_or_create_from_instance(draft)
    Translation.objects.create(source=source, target_locale=english)
    state = WorkflowState.objects.for_instance(draft).get()
    return {
        "page": [draft.pk],
        "image": [image.pk],
        "revision": [revision.pk],
        "task_state": [state.current_task_state.pk],
        "workflow_state": [state.pk],
        "task": [state.current_task_state.task_id],
        "collection": [access.collection.pk],
        "own_page": [products.a.pk],
        "filename": image.file.name.rsplit("/", 1)[-1],
    }


def candidates(name, converter_names, ids):
    """Values to try for each URL argument, chosen by the argument's name."""
    pools = []
    for argument in converter_names:
        if argument in ("image_id",) or name.startswith(("wagtailimages", "wagtailadmin_api:images")):
            pool = ids["image"]
        elif argument == "revision_id" or argument.startswith("revision_id_"):
            pool = ids["revision"]
        elif argument == "task_state_id":
            pool = ids["task_state"]
        elif argument == "workflow_state_id":
            pool = ids["workflow_state"]
        elif argument == "task_id":
            pool = ids["task"]
        elif argument == "destination_id" or argument == "page_to_move_id":
            pool = ids["page"] + ids["own_page"]
        elif argument in ("app_label", "content_type_app_name", "app_name"):
            pool = ["catalogue", "wagtailimages", "wagtailcore"]
        elif argument in ("model_name", "content_type_model_name"):
            pool = ["productpage", "image", "page"]
        elif argument == "action":
            pool = list(BULK_ACTIONS)
        elif argument == "action_name":
            pool = ["approve", "reject", "revert_to_page_revision"]
        else:
            pool = ids["page"]
        pools.append([(argument, value) for value in pool])
    return [dict(combination) for combination in itertools.product(*pools)]


def urls_to_try(ids):
    for name, pattern in admin_patterns():
        arguments = list(pattern.pattern.regex.groupindex)
        for kwargs in candidates(name, arguments, ids) or [{}]:
            try:
                url = reverse(name, kwargs=kwargs)
            except NoReverseMatch:
                continue
            if not url.startswith("/admin/"):
                continue
            yield url
            if name == "wagtail_bulk_action":
                yield url + "?" + "&".join(f"id={pk}" for pk in ids["page"] + ids["image"])
            if name in ("wagtailadmin_api:images:listing", "wagtailadmin_api:pages:listing"):
                yield url + "?search=Gò"


def leaked(response, ids):
    text = response.content.decode(errors="replace")
    if response.get("Content-Type", "").startswith("application/json"):
        text = json.dumps(response.json(), ensure_ascii=False)
    text = html.unescape(text)
    return [secret for secret in (DRAFT_TITLE, IMAGE_TITLE, ids["filename"]) if secret in text]


def test_no_admin_url_shows_a_producer_another_producers_draft_or_image(producer_client, secrets):
    leaks = []
    for url in sorted(set(urls_to_try(secrets))):
        response = producer_client.get(url)
        assert "_auth_user_id" in producer_client.session, f"{url} signed the producer out"
        assert response.status_code < 500, url
        if found := leaked(response, secrets):
            leaks.append(f"{url} {response.status_code}: {found}")
    assert leaks == [], "\n".join(leaks)


def test_the_check_can_fail_an_editor_sees_the_draft_and_image(editor_client, secrets):
    page_id, image_id = secrets["page"][0], secrets["image"][0]
    for url in (reverse("wagtailadmin_pages:edit", args=[page_id]), "/admin/api/main/images/"):
        assert leaked(editor_client.get(url), secrets), url
    assert leaked(editor_client.get(reverse("wagtailimages:edit", args=[image_id])), secrets)


def test_a_producer_still_sees_its_own_images_in_the_admin_api(producer_client, producers):
    access = producer_access_for(producers.a)
    factories.ImageFactory(title="Ảnh lồng đèn", collection=access.collection)
    titles = [item["title"] for item in producer_client.get("/admin/api/main/images/").json()["items"]]
    assert titles == ["Ảnh lồng đèn"]
