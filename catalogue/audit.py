"""Every change to the register in Wagtail's audit log: who, when and what.

Wagtail logs the creation, edit and deletion of a decision, but not which of
its inline certificates changed. The snippet hooks in accounts/wagtail_hooks.py take
a snapshot of the certificates before the edit and log the difference on
the decision as "ocop.certificates_changed" (history of the decision, and
Reports → Site history).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

from .models import Certification, CertificationDecision

CERTIFICATES_CHANGED = "ocop.certificates_changed"
# A decision written by "Import a decision" (catalogue.imports.writer), listed on the editors' dashboard.
DECISION_IMPORTED = "ocop.decision_imported"
FIELDS = ("product", "stars", "score", "revoked_on", "revocation_reason")
_SNAPSHOT = "_ocop_certificates_before"


def describe(certification):
    return {
        "id": certification.pk,
        "product": certification.product.title,
        "product_id": certification.product_id,
        "stars": certification.stars,
        "score": certification.score,
        "revoked_on": certification.revoked_on.isoformat() if certification.revoked_on else None,
        "revocation_reason": certification.revocation_reason,
    }


def snapshot(certifications):
    return {certification.pk: describe(certification) for certification in certifications}


def decision_snapshot(decision):
    if decision.pk is None:
        return {}
    return snapshot(Certification.objects.filter(decision_id=decision.pk).select_related("product"))


def difference(before, after):
    """What changed between two snapshots: rows added, removed and changed (field: [old, new])."""
    added = [after[pk] for pk in after if pk not in before]
    removed = [before[pk] for pk in before if pk not in after]
    changed = []
    for pk in after.keys() & before.keys():
        fields = {
            field: [before[pk][field], after[pk][field]] for field in FIELDS if before[pk][field] != after[pk][field]
        }
        if fields:
            changed.append({**after[pk], "changes": fields})
    return {"added": added, "removed": removed, "changed": sorted(changed, key=lambda row: row["id"])}


def log_difference(decision, before, after, user):
    data = difference(before, after)
    if any(data.values()):
        log(instance=decision, action=CERTIFICATES_CHANGED, user=user, data=data)
    return data


def remember(request, instances):
    """Before an edit or deletion: keep the certificates as they are."""
    rows = {}
    for instance in instances:
        if isinstance(instance, CertificationDecision):
            rows[instance.pk] = decision_snapshot(instance)
        elif isinstance(instance, Certification) and instance.pk:
            rows.setdefault(instance.decision_id, {})
            rows[instance.decision_id].update(snapshot([Certification.objects.get(pk=instance.pk)]))
    setattr(request, _SNAPSHOT, rows)


def record(request, instances, *, deleted=False):
    """After a create, edit or deletion: log what changed on each decision."""
    before = getattr(request, _SNAPSHOT, {})
    decisions = {}
    for instance in instances:
        if isinstance(instance, CertificationDecision):
            decisions[instance.pk] = instance
        elif isinstance(instance, Certification):
            decisions[instance.decision_id] = instance.decision
    for decision_id, decision in decisions.items():
        if deleted and isinstance(decision, CertificationDecision) and decision.pk is None:
            continue  # the decision is gone; logged before the deletion (see record_deletion)
        log_difference(decision, before.get(decision_id, {}), decision_snapshot(decision), request.user)


def record_deletion(request, instances):
    """Deleting a decision deletes its certificates: log them while the decision still exists."""
    for instance in instances:
        if isinstance(instance, CertificationDecision):
            log_difference(instance, decision_snapshot(instance), {}, request.user)


class CertificatesChangedFormatter(LogFormatter):
    label = _("Change certificates")

    def format_message(self, log_entry):
        """e.g. "Added: Khay tre, 3★, 60 points; Changed: Lồng đèn (stars: 4 → 5, score: 75 → 92)"."""
        data = log_entry.data or {}
        lines = []
        for row in data.get("added", []):
            lines.append(_("Added: %(product)s, %(stars)s★, %(score)s points") % row)
        for row in data.get("changed", []):
            changes = ", ".join(f"{field}: {old} → {new}" for field, (old, new) in row["changes"].items())
            lines.append(_("Changed: %(product)s (%(changes)s)") % {"product": row["product"], "changes": changes})
        for row in data.get("removed", []):
            lines.append(_("Removed: %(product)s, %(stars)s★, %(score)s points") % row)
        return "; ".join(str(line) for line in lines) or _("Certificates changed")
