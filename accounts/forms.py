from django import forms
from django.utils.translation import gettext_lazy as _


class InviteProducerForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("The producer's contact person. They receive a link to choose their own password."),
    )
