"""Editors are told of each new report by e-mail, each in their admin language (else Vietnamese).

The e-mail says what was reported and links to the report in the admin, on
SITE_URL (showcase/site_address.py); it never carries the photos, and the
reporter's contact only as editors see it in the admin.
"""

import logging
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from accounts.roles import EDITORS_GROUP
from showcase.site_address import absolute_url

logger = logging.getLogger(__name__)


def editors_to_tell():
    """Active members of the Editors group with an e-mail address, and active superusers with one."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    return list(users.filter(Q(groups__name=EDITORS_GROUP) | Q(is_superuser=True)).distinct().order_by("pk"))


def recipients_by_language(users):
    """{language: [addresses]}: each user's chosen admin language, else the site's default one."""
    languages = {code for code, _name in settings.LANGUAGES}
    chosen = dict(UserProfile.objects.filter(user__in=users).values_list("user_id", "preferred_language"))
    grouped = defaultdict(list)
    for user in users:
        language = chosen.get(user.pk) or settings.LANGUAGE_CODE
        grouped[language if language in languages else settings.LANGUAGE_CODE].append(user.email)
    return grouped


def tell_editors(report):
    """One e-mail per language to the editors; a mail server that fails does not fail the visitor's report."""
    users = editors_to_tell()
    if not users:
        return 0
    sent = 0
    for language, addresses in recipients_by_language(users).items():
        with translation.override(language):
            context = {
                "report": report,
                "admin_url": absolute_url(reverse("wagtailsnippets_misuse_misusereport:edit", args=[report.pk])),
                "product_url": report.product.full_url if report.product else "",
            }
            subject = render_to_string("misuse/emails/new_report_subject.txt", context).strip()
            body = render_to_string("misuse/emails/new_report.txt", context)
        try:
            sent += send_mail(subject, body, None, addresses)
        except OSError:
            logger.exception("The e-mail about misuse report %s could not be sent.", report.pk)
    return sent
