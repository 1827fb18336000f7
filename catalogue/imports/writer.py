"""Carry out an import plan: the decision, new producer and product drafts, and the certificates.

`import_decision` checks the file and writes it in one transaction, so the
plan is made against the register exactly as it is written to, and a
problem found anywhere leaves the database as it was. New pages are drafts
in the default locale, saved the way the page editor saves them (owner,
first revision, "created" in the page history); existing pages are never
changed. The decision's history records the import like an edit in the
admin, certificate by certificate.
"""

import logging

from django.db import IntegrityError, OperationalError, transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from catalogue import audit
from catalogue.models import Certification, CertificationDecision, ProducerIndexPage, ProducerPage, ProductPage

from .plan import CertificateAction, ImportPlan, NewProducer
from .validation import plan_import

logger = logging.getLogger(__name__)


def import_decision(name, data, *, user=None, dry_run=False):
    """Check the file and, if every row is good and this is not a dry run, write it. Returns the plan.

    Imports take turns: each waits for the one being written to finish, then
    checks its file against the register as that one left it, so two editors
    confirming the same file at once get one import and one "nothing to
    change" (PostgreSQL: a row lock; SQLite: its one writer at a time, which
    the settings make wait instead of failing).
    """
    plan = None
    try:
        with transaction.atomic():
            if not dry_run:
                wait_for_other_imports()
            plan = plan_import(name, data, user=user)
            if plan.is_valid and not dry_run:
                plan.decision_object = write(plan, user)
    except IntegrityError:
        # Someone else wrote the same decision or page between the check and the write.
        logger.warning("Import of %s collided with another change", name, exc_info=True)
        plan = failed(plan, _("The register changed while the file was being imported. Try again."))
    except OperationalError:
        # The database kept the register locked longer than it waits (SQLite's
        # "database is locked"), or chose this import to break a deadlock.
        logger.warning("Import of %s could not get its turn to write", name, exc_info=True)
        plan = failed(plan, _("Another change to the register is being saved. Wait a moment and try again."))
    return plan


def failed(plan, message):
    plan = plan or ImportPlan()
    plan.decision_object = None
    plan.file_errors.append(message)
    return plan


def wait_for_other_imports():
    """Lock the producers' index pages, under which every import writes, until this transaction ends."""
    list(ProducerIndexPage.objects.select_for_update().order_by("pk").values_list("pk", flat=True))


def write(plan, user=None):
    planned = plan.decision
    decision = planned.existing
    before = audit.decision_snapshot(decision) if decision is not None else {}
    if decision is None:
        decision = CertificationDecision.objects.create(
            number=planned.number, issued_on=planned.issued_on, issuer=planned.issuer, kind=planned.kind
        )
        log(instance=decision, action="wagtail.create", user=user)
    elif planned.action == CertificateAction.UPDATED:
        decision.kind = planned.kind
        decision.save(update_fields=["kind"])
        log(instance=decision, action="wagtail.edit", user=user)

    producers = {}
    for row in plan.rows:
        producer = row.producer
        if isinstance(producer, NewProducer):
            if id(producer) not in producers:
                producers[id(producer)] = create_draft(
                    plan.producer_index,
                    ProducerPage(
                        title=producer.title,
                        slug=producer.slug,
                        kind=producer.kind,
                        province=producer.province,
                        address=producer.address,
                    ),
                    user,
                )
            producer = producers[id(producer)]
        if row.new_product:
            new = row.product
            product_id = create_draft(
                producer,
                ProductPage(title=new.title, slug=new.slug, group=new.group, subgroup=new.subgroup),
                user,
            ).pk
        else:
            product_id = row.product.pk
        parts = {"score_a": row.score_a, "score_b": row.score_b, "score_c": row.score_c}
        if row.action == CertificateAction.CREATED:
            Certification.objects.create(
                decision=decision, product_id=product_id, stars=row.stars, score=row.score, **parts
            )
        elif row.action == CertificateAction.UPDATED:
            row.previous.stars, row.previous.score = row.stars, row.score
            for name, value in parts.items():
                setattr(row.previous, name, value)
            row.previous.save(update_fields=["stars", "score", *parts])

    audit.log_difference(decision, before, audit.decision_snapshot(decision), user)
    if plan.changes_anything:
        # A file imported again writes nothing, so it is not an import of the register's history.
        log(instance=decision, action=audit.DECISION_IMPORTED, user=user, data={"rows": len(plan.rows)})
    return decision


def create_draft(parent, page, user):
    """Add a page under `parent` as an unpublished draft with its first revision, as the page editor does."""
    page.live = False
    page.owner = user
    page.locale_id = parent.locale_id
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True, clean=False)
    return page
