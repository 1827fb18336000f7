"""Read-only admin panels."""

from wagtail.admin.panels import Panel


class CertificationHistoryPanel(Panel):
    """A product's certificates as the register records them, shown but not editable.

    Certificates are edited only through decisions (OCOP register → Decisions);
    on the product page an editor or producer sees what the public sees, with
    a link to each certificate's public verification page and, for the
    certificate in force, to its printable traceability stamp.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "catalogue/panels/certification_history.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            product = self.instance
            context["certifications"] = product.certification_history if product.pk else []
            return context
