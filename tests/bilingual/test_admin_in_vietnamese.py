"""Every admin screen an editor or a producer reaches speaks Vietnamese: no English interface phrase is left.

Each screen is rendered for a user whose admin language is Vietnamese. Its visible
text, and the labels a screen reader or a tooltip shows (title, aria-label,
placeholder, alt, button values), are compared with the English msgids of every
catalogue Django has loaded: Django's, each installed app's, the project's own
(locale/) and the admin's (locale_admin/). A msgid, or a piece of one between
its placeholders and tags, that shows up as words on a screen is an interface
string left in English. What the Vietnamese catalogues themselves write (names
such as Wagtail, abbreviations such as URL or CSV) is not English to report.
"""

import json
import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup, Comment
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core import mail, serializers
from django.test import Client
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import trans_real
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, Task, Workflow, WorkflowState
from wagtail.users.models import UserProfile

from tests import factories
from tests.accounts.conftest import PASSWORD, invited, producer_form
from tests.showcase.public_site import build_public_site

pytestmark = pytest.mark.django_db

PLACEHOLDER_OR_TAG = re.compile(r"%\(\w+\)[sdr]|%[sdr]|\{\w*\}|<[^>]*>|\n")
# A word, a file name (decision-sample.csv) or a time zone (America/New_York's New_York) is one token.
WORD = re.compile(r"\w+(?:[-.'’]\w+)*")
# An address in an e-mail (…/admin/account/notifications/) is not words to read.
ADDRESS = re.compile(r"\bhttps?://\S+")
SPOKEN_ATTRIBUTES = ("title", "aria-label", "aria-description", "placeholder", "alt", "data-w-tooltip-content-value")


def words(text):
    return tuple(WORD.findall(text))


def catalogue_files():
    """Every .po of the Vietnamese catalogues Django merges, and the English templates beside them."""
    directories = [Path(path) for path in settings.LOCALE_PATHS]
    directories += [Path(config.path) / "locale" for config in trans_real.apps.get_app_configs()]
    directories.append(Path(trans_real.__file__).parents[2] / "conf" / "locale")
    for directory in directories:
        for language in ("vi", "en"):
            yield from (directory / language / "LC_MESSAGES").glob("*.po")


def phrases_of(msgid):
    """The pieces of a msgid between its placeholders and tags, as word sequences.

    A lone word counts only as a whole msgid ("Reports"): cut out of a sentence
    ("%(start)s of %(total)s") it is too common to tell interface from content.
    """
    parts = [words(part) for part in PLACEHOLDER_OR_TAG.split(msgid)]
    for phrase in parts:
        if any(word.isalpha() and len(word) > 1 for word in phrase) and (len(phrase) > 1 or len(parts) == 1):
            yield phrase


def english_phrases():
    """The English msgids' phrases, less those Vietnamese keeps.

    A phrase the msgid's own Vietnamese keeps (URL, Email, Wagtail) is not English
    left over; nor is a single word the Vietnamese catalogues write anywhere
    ("Thu" of "Thu hồi", the loanword "Website").
    """
    phrases, kept, vietnamese_words = set(), set(), set()
    for path in catalogue_files():
        vietnamese = "/vi/" in path.as_posix()
        for entry in polib.pofile(path):
            if entry.obsolete:
                continue
            translation = words(" ".join((entry.msgstr, *entry.msgstr_plural.values())))
            if vietnamese:
                vietnamese_words.update(translation)
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                for phrase in phrases_of(msgid):
                    phrases.add(phrase)
                    if vietnamese and f" {' '.join(phrase)} " in f" {' '.join(translation)} ":
                        kept.add(phrase)
    kept.update((word,) for word in vietnamese_words)
    # The languages' own names, as the language menus show them ("English" stays English).
    kept.update(words(name) for _code, name in settings.LANGUAGES)
    return phrases - kept


ENGLISH = english_phrases()
LONGEST = max(map(len, ENGLISH))


def spoken_texts(html):
    """The text nodes of a screen and the labels its elements carry, each a separate piece."""
    soup = BeautifulSoup(html, "html.parser")
    # Code (the import's English column keys) is written to be typed as it is.
    for tag in soup(["script", "style", "code"]):
        tag.decompose()
    for node in soup.find_all(string=True):
        if not isinstance(node, Comment) and node.strip():
            yield str(node)
    for element in soup.find_all(True):
        for attribute in SPOKEN_ATTRIBUTES:
            if element.get(attribute):
                yield element[attribute]
        # An input button shows its value; a <button>'s value is only sent, never shown.
        if element.name == "input" and element.get("type") in ("submit", "button", "reset"):
            yield element.get("value", "")


def english_left(texts, content=""):
    """The English interface phrases in `texts`, longest first, leaving out what `content` (editors' own words) says."""
    content_words = f" {' '.join(words(content))} "
    found = set()
    for text in texts:
        sequence = words(ADDRESS.sub(" ", text))
        for start in range(len(sequence)):
            for end in range(min(len(sequence), start + LONGEST), start, -1):
                phrase = sequence[start:end]
                if phrase in ENGLISH and f" {' '.join(phrase)} " not in content_words:
                    found.add(" ".join(phrase))
                    break
    return sorted(found, key=len, reverse=True)


def screen_html(response):
    """The HTML of a screen; a modal (a chooser, an approval form) comes as JSON with its HTML inside."""
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()


def speaks_vietnamese(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return user


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def admin_site(frozen_today):
    """The public test site, an editor and the producer's invited user (both with the admin in Vietnamese)."""
    site = build_public_site()
    site.editor = speaks_vietnamese(factories.EditorFactory(username="van-phong-ocop"))
    site.producer_user = speaks_vietnamese(invited(site.producer, "baola@example.vn", invited_by=site.editor))
    site.producer_user.set_password(PASSWORD)
    site.producer_user.save()
    root_collection = Collection.get_first_root_node()
    site.image = factories.ImageFactory(title="Ảnh đèn mây tre", collection=root_collection)
    site.document = get_document_model().objects.create(
        title="Quyết định 3105", file=factories.ImageFactory().file, collection=root_collection
    )
    site.workflow = Workflow.objects.get(name="Thay đổi của chủ thể")
    site.task = Task.objects.get(name="Biên tập viên duyệt")
    return site


def submitted_for_moderation(site):
    """The producer sends a change of its page to the editors: the state an editor approves."""
    client = logged_in(site.producer_user)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[site.producer.pk]),
        producer_form(site.producer.specific, phone="0234 3 555 666", **{"action-submit": "submit"}),
    )
    assert response.status_code == 302
    return WorkflowState.objects.for_instance(site.producer).get().current_task_state


def editor_screens(site):
    task_state = submitted_for_moderation(site)
    decision = site.certificate.decision
    snippets = {
        "decision": ("catalogue_certificationdecision", decision.pk),
        "certificate": ("catalogue_certification", site.certificate.pk),
        "product group": ("catalogue_productgroup", site.product.group.pk),
        "province": ("catalogue_province", site.producer.province.pk),
    }
    screens = {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer (root)": reverse("wagtailadmin_explore", args=[site.home.get_parent().pk]),
        "explorer (home page)": reverse("wagtailadmin_explore", args=[site.home.pk]),
        "explorer (producers)": reverse("wagtailadmin_explore", args=[site.producer_index.pk]),
        "page search": reverse("wagtailadmin_pages:search") + "?q=mây",
        "page chooser": reverse("wagtailadmin_choose_page"),
        "choose page type": reverse("wagtailadmin_pages:add_subpage", args=[site.home.pk]),
        "page history": reverse("wagtailadmin_pages:history", args=[site.producer.pk]),
        "move page": reverse("wagtailadmin_pages:move", args=[site.product.pk]),
        "copy page": reverse("wagtailadmin_pages:copy", args=[site.product.pk]),
        "delete page": reverse("wagtailadmin_pages:delete", args=[site.article.pk]),
        "unpublish page": reverse("wagtailadmin_pages:unpublish", args=[site.article.pk]),
        "page privacy": reverse("wagtailadmin_pages:set_privacy", args=[site.article.pk]),
        "approve": reverse("wagtailadmin_pages:workflow_action", args=[site.producer.pk, "approve", task_state.pk]),
        "request changes": reverse(
            "wagtailadmin_pages:workflow_action", args=[site.producer.pk, "reject", task_state.pk]
        ),
        "workflow history": reverse("wagtailadmin_pages:workflow_history", args=[site.producer.pk]),
        "images": reverse("wagtailimages:index"),
        "image edit": reverse("wagtailimages:edit", args=[site.image.pk]),
        "image upload": reverse("wagtailimages:add_multiple"),
        "image chooser": reverse("wagtailimages_chooser:choose"),
        "documents": reverse("wagtaildocs:index"),
        "document edit": reverse("wagtaildocs:edit", args=[site.document.pk]),
        "document upload": reverse("wagtaildocs:add_multiple"),
        "document chooser": reverse("wagtaildocs_chooser:choose"),
        "report: locked pages": reverse("wagtailadmin_reports:locked_pages"),
        "report: workflows": reverse("wagtailadmin_reports:workflow"),
        "report: workflow tasks": reverse("wagtailadmin_reports:workflow_tasks"),
        "report: site history": reverse("wagtailadmin_reports:site_history"),
        "report: aging pages": reverse("wagtailadmin_reports:aging_pages"),
        "report: page types": reverse("wagtailadmin_reports:page_types_usage"),
        "account": reverse("wagtailadmin_account"),
        "invite producer": reverse("accounts_invite_producer", args=[site.producer.pk]),
        "import a decision": reverse("catalogue_import_decision"),
        "translate page": reverse("wagtail_localize:submit_page_translation", args=[site.article.pk]),
        "translation editor": reverse("wagtailadmin_pages:edit", args=[site.english_product.pk]),
    }
    for name, (viewset, pk) in snippets.items():
        screens[f"{name} list"] = reverse(f"wagtailsnippets_{viewset}:list")
        screens[f"{name} edit"] = reverse(f"wagtailsnippets_{viewset}:edit", args=[pk])
        screens[f"{name} add"] = reverse(f"wagtailsnippets_{viewset}:add")
    for name, page in page_types(site).items():
        screens[f"edit {name}"] = reverse("wagtailadmin_pages:edit", args=[page.pk])
        parent = page.get_parent()
        if page.specific_class.can_create_at(parent):
            screens[f"create {name}"] = reverse(
                "wagtailadmin_pages:add", args=[page.content_type.app_label, page.content_type.model, parent.pk]
            )
    return screens


def site_administrator_screens(site):
    """What only a superuser manages: users, groups, workflows, sites, collections, redirects.

    Not here, because Wagtail 8 and wagtail-localize write part of them in English
    outside any catalogue: a group's permissions (the names Django stores in the
    database, "Can add province"), the workflow's page list and the group's page
    permissions (form labels made from field names, "Page"), the sites listing
    (column titles fixed at import, "Site name") and the languages listing
    ("5 pages + 65 others", not marked for translation).
    """
    return {
        "users": reverse("wagtailusers_users:index"),
        "user edit": reverse("wagtailusers_users:edit", args=[site.producer_user.pk]),
        "user add": reverse("wagtailusers_users:add"),
        "groups": reverse("wagtailusers_groups:index"),
        "workflows": reverse("wagtailadmin_workflows:index"),
        "workflow tasks": reverse("wagtailadmin_workflows:task_index"),
        "workflow task edit": reverse("wagtailadmin_workflows:edit_task", args=[site.task.pk]),
        "site edit": reverse("wagtailsites:edit", args=[site.home.get_site().pk]),
        "collections": reverse("wagtailadmin_collections:index"),
        "collection add": reverse("wagtailadmin_collections:add"),
        "redirects": reverse("wagtailredirects:index"),
        "redirect add": reverse("wagtailredirects:add"),
        "promoted search results": reverse("wagtailsearchpromotions:index"),
    }


def page_types(site):
    return {
        "home page": site.home,
        "content page": site.about,
        "product index": site.product_index,
        "producer index": site.producer_index,
        "producer": site.producer,
        "product": site.product,
        "display point index": site.display_point_index,
        "display point": site.display_point,
        "news index": site.news_index,
        "news article": site.article,
        "statistics": site.statistics,
        "open data": site.open_data,
    }


def producer_screens(site):
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer": reverse("wagtailadmin_explore", args=[site.producer.pk]),
        "edit own page": reverse("wagtailadmin_pages:edit", args=[site.producer.pk]),
        "edit own product": reverse("wagtailadmin_pages:edit", args=[site.product.pk]),
        "add a product": reverse("wagtailadmin_pages:add", args=["catalogue", "productpage", site.producer.pk]),
        "page history": reverse("wagtailadmin_pages:history", args=[site.producer.pk]),
        "page chooser": reverse("wagtailadmin_choose_page"),
        "images": reverse("wagtailimages:index"),
        "image upload": reverse("wagtailimages:add_multiple"),
        "image chooser": reverse("wagtailimages_chooser:choose"),
        "account": reverse("wagtailadmin_account"),
        "translate own page": reverse("wagtail_localize:submit_page_translation", args=[site.producer.pk]),
    }


def signed_out_screens(site):
    user = site.producer_user
    token = default_token_generator.make_token(user)
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return {
        "sign in": reverse("wagtailadmin_login"),
        "password reset": reverse("wagtailadmin_password_reset"),
        "password reset sent": reverse("wagtailadmin_password_reset_done"),
        "new password": reverse("wagtailadmin_password_reset_confirm", args=[uid, token]),
        "password changed": reverse("wagtailadmin_password_reset_complete"),
    }


CONTENT_APPS = ("catalogue", "home", "news", "reports", "opendata", "wagtailcore", "wagtailimages", "wagtaildocs")


def content_of(site):
    """What editors wrote (pages, register, taxonomies, collections, images): not interface, in any language."""
    pages = [page.serializable_data() for page in Page.objects.all().specific()]
    records = [
        serializers.serialize("json", model.objects.all())
        for model in trans_real.apps.get_models()
        if model._meta.app_label in CONTENT_APPS and not issubclass(model, Page)
    ]
    return json.dumps(pages, ensure_ascii=False, default=str) + "".join(records)


def english_on(client, screens, content):
    leftovers = {}
    dashboard = reverse("wagtailadmin_home")
    for name, url in screens.items():
        response = client.get(url, follow=True)
        assert response.status_code == 200, f"{name} ({url}) answers {response.status_code}"
        # The admin sends a user who may not see a screen to the dashboard.
        assert url == dashboard or response.request["PATH_INFO"] != dashboard, f"{name} ({url}) is refused"
        leftover = english_left(spoken_texts(screen_html(response)), content)
        if leftover:
            leftovers[f"{name} ({url})"] = leftover
    return leftovers


def report(leftovers):
    return "English left on admin screens:\n" + "\n".join(
        f"  {screen}: {phrases}" for screen, phrases in leftovers.items()
    )


def test_every_screen_an_editor_reaches_is_in_vietnamese(admin_site):
    screens = editor_screens(admin_site)
    leftovers = english_on(logged_in(admin_site.editor), screens, content_of(admin_site))
    assert leftovers == {}, report(leftovers)


def test_every_screen_a_producer_reaches_is_in_vietnamese(admin_site):
    leftovers = english_on(logged_in(admin_site.producer_user), producer_screens(admin_site), content_of(admin_site))
    assert leftovers == {}, report(leftovers)


def test_every_screen_a_site_administrator_reaches_is_in_vietnamese(admin_site):
    administrator = speaks_vietnamese(factories.UserFactory(username="quan-tri", is_superuser=True))
    leftovers = english_on(logged_in(administrator), site_administrator_screens(admin_site), content_of(admin_site))
    assert leftovers == {}, report(leftovers)


def test_sign_in_and_password_reset_are_in_vietnamese(admin_site):
    # A visitor has no admin language yet: the site's default, Vietnamese, applies.
    leftovers = english_on(Client(), signed_out_screens(admin_site), content_of(admin_site))
    assert leftovers == {}, report(leftovers)


def test_moderation_e_mails_to_vietnamese_users_are_in_vietnamese(admin_site):
    mail.outbox.clear()
    task_state = submitted_for_moderation(admin_site)
    editor = logged_in(admin_site.editor)
    response = editor.post(
        reverse("wagtailadmin_pages:workflow_action", args=[admin_site.producer.pk, "reject", task_state.pk]),
        {"comment": "Xin bổ sung số điện thoại."},
    )
    assert response.status_code in (200, 302)
    assert mail.outbox, "the submission and the rejection send e-mails"
    leftovers = {
        f"e-mail to {', '.join(message.to)}: {message.subject}": english_left(
            [message.subject, message.body], content_of(admin_site)
        )
        for message in mail.outbox
    }
    leftovers = {screen: phrases for screen, phrases in leftovers.items() if phrases}
    assert leftovers == {}, report(leftovers)


def left_in_english(entry, served):
    """Whether the JavaScript catalogue lacks `entry` or gives it back as it is (placeholders alone may stay)."""
    if entry.msgid not in served:
        return True
    has_words = bool(words(PLACEHOLDER_OR_TAG.sub(" ", entry.msgid)))
    return has_words and served[entry.msgid] in (entry.msgid, [entry.msgid])


def test_the_admins_javascript_catalogues_are_in_vietnamese(admin_site):
    """The buttons JavaScript draws (StreamField, comments, the translation editor) come from these."""
    client = logged_in(admin_site.editor)
    catalogues = {
        "wagtailadmin": reverse("wagtailadmin_javascript_catalog"),
        "wagtail_localize": reverse("wagtail_localize:javascript_catalog"),
    }
    for app_label, url in catalogues.items():
        response = client.get(url)
        assert response.status_code == 200
        served = json.loads(re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S).group(1))
        template = Path(trans_real.apps.get_app_config(app_label).path) / "locale" / "en" / "LC_MESSAGES"
        english = [entry for entry in polib.pofile(template / "djangojs.po") if entry.msgid and not entry.obsolete]
        assert [entry.msgid for entry in english if left_in_english(entry, served)] == [], url


def test_the_workflow_and_its_task_have_vietnamese_names(admin_site):
    producer = logged_in(admin_site.producer_user)
    html = producer.get(reverse("wagtailadmin_pages:edit", args=[admin_site.producer.pk])).content.decode()
    assert "Gửi duyệt (Thay đổi của chủ thể)" in html
