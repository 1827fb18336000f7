"""Inviting a producer: its group, its permissions, its user and the set-your-password e-mail.

Used by the admin's "Invite producer" view and by `manage.py invite_producer`.
No password is ever chosen, shown or mailed: a new user gets an unusable
password and a one-time link (Django's password-reset token, which stops
working once the password is set) to Wagtail's own set-password form.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.log_actions import log
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from .models import ProducerAccess
from .roles import PRODUCERS_COLLECTION

INVITE_ACTION = "ocop.producer_invited"


@dataclass
class Invitation:
    user: object
    access: ProducerAccess
    user_created: bool
    set_password_url: str | None


def producers_collection():
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=PRODUCERS_COLLECTION).first() or root.add_child(name=PRODUCERS_COLLECTION)


def producer_access_for(producer_page):
    """The producer's access (group, collection, page permissions), made on first use; idempotent."""
    access = ProducerAccess.objects.filter(producer_key=producer_page.translation_key).select_related("group").first()
    if access is None:
        from django.contrib.auth.models import Group

        # Titles need not be unique; the page id makes the group name so.
        name = f"{producer_page.title} [{producer_page.pk}]"
        group = Group.objects.create(name=name[-150:])
        collection = producers_collection().add_child(name=producer_page.title[:255])
        access = ProducerAccess.objects.create(
            producer_key=producer_page.translation_key, group=group, collection=collection
        )
    access.grant()
    return access


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def set_password_url(user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return admin_url(reverse("wagtailadmin_password_reset_confirm", args=[uid, token]))


def find_or_create_user(email):
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).order_by("pk").first()
    if user is not None:
        return user, False
    user = User(username=email[: User._meta.get_field("username").max_length], email=email, is_active=True)
    user.set_unusable_password()
    user.save()
    return user, True


def invite_producer(producer_page, email, *, invited_by=None):
    """Give `email` access to the producer's pages and mail them how to log in.

    The user is reused if one has this e-mail address. A user who has not set
    a password yet (a new one, or one invited before) gets a fresh one-time
    link; one who has gets a link to the admin.
    """
    email = get_user_model().objects.normalize_email(email.strip())
    with transaction.atomic():
        access = producer_access_for(producer_page)
        user, created = find_or_create_user(email)
        if not user.is_active:
            user.is_active = True
            user.save(update_fields=["is_active"])
        user.groups.add(access.group)
        log(
            instance=producer_page,
            action=INVITE_ACTION,
            user=invited_by,
            data={"email": email, "user_id": user.pk},
        )
    url = None if user.has_usable_password() else set_password_url(user)
    send_invitation(user, producer_page, url)
    return Invitation(user=user, access=access, user_created=created, set_password_url=url)


def send_invitation(user, producer_page, url):
    context = {
        "user": user,
        "producer": producer_page,
        "set_password_url": url,
        "login_url": admin_url(reverse("wagtailadmin_login")),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "valid_days": settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60),
    }
    with translation.override(UserProfile.get_for_user(user).get_preferred_language()):
        subject = render_to_string("accounts/emails/invitation_subject.txt", context).strip()
        body = render_to_string("accounts/emails/invitation.txt", context)
    send_mail(subject, body, None, [user.email])
