"""The public report form: what was seen, where, what it is, up to three photos, a contact."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField

from .models import (
    CONTACT_MAX_LENGTH,
    DESCRIPTION_MAX_LENGTH,
    MAX_PHOTOS,
    WHERE_MAX_LENGTH,
    MisuseKind,
)

PHOTO_FIELDS = [f"photo_{number}" for number in range(1, MAX_PHOTOS + 1)]
# The honeypot: a field people never see (hidden), which form-filling robots fill in.
HONEYPOT_FIELD = "homepage"


class MisuseReportForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What did you see?"),
        choices=MisuseKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what you saw.")},
    )
    where_seen = forms.CharField(
        label=_("Where did you see it?"),
        help_text=_("The shop, market or stall and its address, or the web address of the page selling it."),
        max_length=WHERE_MAX_LENGTH,
        error_messages={"required": _("Say where you saw the product.")},
    )
    description = forms.CharField(
        label=_("What is it?"),
        help_text=_("The product's name and packaging, what the label or stamp says, the price, when you saw it."),
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Describe what you saw.")},
    )
    contact = forms.CharField(
        label=_("Your phone number or e-mail address (optional)"),
        help_text=_("Only the OCOP office sees it, to ask you more if needed. It is never published."),
        max_length=CONTACT_MAX_LENGTH,
        required=False,
    )
    # Hidden from people (templates/misuse/report_form.html); robots fill it in.
    homepage = forms.CharField(label=_("Leave this field empty"), required=False)
    product = forms.IntegerField(required=False, widget=forms.HiddenInput)
    code = forms.CharField(required=False, max_length=40, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for number, name in enumerate(PHOTO_FIELDS, start=1):
            # Wagtail's image field: the site's upload limits (WAGTAILIMAGES_MAX_UPLOAD_SIZE,
            # WAGTAILIMAGES_MAX_IMAGE_PIXELS, WAGTAILIMAGES_EXTENSIONS), each refusal with its message.
            self.fields[name] = WagtailImageField(
                label=_("Photo %(number)d (optional)") % {"number": number}, required=False
            )
        self.order_fields(["kind", "where_seen", "description", *PHOTO_FIELDS, "contact"])

    @property
    def is_robot(self):
        """Whether the hidden field was filled in: the form came from a robot."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def photo_fields(self):
        return [self[name] for name in PHOTO_FIELDS]

    def photos(self):
        return [self.cleaned_data[name] for name in PHOTO_FIELDS if self.cleaned_data.get(name)]

    def help_text_of_photos(self):
        return self.fields[PHOTO_FIELDS[0]].help_text
