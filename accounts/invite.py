"""Inviting a producer: its group and permissions, and an invitation that only the invited mailbox can accept.

Used by the admin's "Invite producer" view and by `manage.py invite_producer`.
An invitation grants nothing by itself: it e-mails a signed link that works
once, for `PASSWORD_RESET_TIMEOUT`. Whoever opens it either chooses a password
for a new account with that address, or, if an account with that address
already exists, signs in to it and accepts. So no account is ever given a
producer's pages because its e-mail field happens to match: an address typed
into an account proves nothing, reading the mail sent to it does.
No password is ever chosen, shown or mailed.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.log_actions import log
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from .models import ProducerAccess, ProducerInvitation
from .roles import PRODUCERS_COLLECTION

INVITE_ACTION = "ocop.producer_invited"
ACCEPT_ACTION = "ocop.producer_invitation_accepted"
TOKEN_SALT = "accounts.invitation"


class InvitationUnavailable(Exception):
    """The link is not genuine, has expired, or has been used."""


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


def accounts_with_email(email):
    """Active accounts someone can sign in to whose e-mail is `email`."""
    users = get_user_model().objects.filter(email__iexact=email, is_active=True).order_by("pk")
    return [user for user in users if user.has_usable_password()]


def invite_producer(producer_page, email, *, invited_by=None):
    """Invite `email` to edit the producer's pages; nothing is granted until the e-mailed link is accepted."""
    email = get_user_model().objects.normalize_email(email.strip())
    with transaction.atomic():
        access = producer_access_for(producer_page)
        invitation = ProducerInvitation.objects.create(
            access=access, producer=producer_page, email=email, invited_by=invited_by
        )
        log(instance=producer_page, action=INVITE_ACTION, user=invited_by, data={"email": email})
    send_invitation(invitation)
    return invitation


def invitation_token(invitation):
    return signing.TimestampSigner(salt=TOKEN_SALT).sign_object(invitation.pk)


def invitation_url(invitation):
    return admin_url(reverse("accounts_accept_invitation", args=[invitation_token(invitation)]))


def invitation_from_token(token):
    """The pending invitation a link stands for; InvitationUnavailable if forged, expired or used."""
    try:
        pk = signing.TimestampSigner(salt=TOKEN_SALT).unsign_object(token, max_age=settings.PASSWORD_RESET_TIMEOUT)
    except signing.BadSignature as error:
        raise InvitationUnavailable from error
    invitation = (
        ProducerInvitation.objects.filter(pk=pk, accepted_at__isnull=True)
        .select_related("access__group", "producer")
        .first()
    )
    if invitation is None:
        raise InvitationUnavailable
    return invitation


def accept_invitation(invitation, user):
    """Give `user` the producer's pages, once: a second acceptance raises InvitationUnavailable."""
    with transaction.atomic():
        pending = ProducerInvitation.objects.select_for_update().filter(pk=invitation.pk, accepted_at__isnull=True)
        if not pending.update(accepted_at=timezone.now(), accepted_by=user):
            raise InvitationUnavailable
        user.groups.add(invitation.access.group)
        log(
            instance=invitation.producer,
            action=ACCEPT_ACTION,
            user=user,
            data={"email": invitation.email, "user_id": user.pk},
        )


def invitation_language(email):
    """The language of the account that has this address, if any; else the site's."""
    accounts = accounts_with_email(email)
    if accounts:
        return UserProfile.get_for_user(accounts[0]).get_preferred_language()
    return settings.LANGUAGE_CODE


def send_invitation(invitation):
    context = {
        "email": invitation.email,
        "producer": invitation.producer,
        "invitation_url": invitation_url(invitation),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "valid_days": settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60),
    }
    with translation.override(invitation_language(invitation.email)):
        subject = render_to_string("accounts/emails/invitation_subject.txt", context).strip()
        body = render_to_string("accounts/emails/invitation.txt", context)
    send_mail(subject, body, None, [invitation.email])
