from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class InviteProducerForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("The producer's contact person. They receive a link to choose their own password."),
    )


class AdminLoginForm(LoginForm):
    """Wagtail's sign-in form with its password field labelled through gettext.

    Wagtail's own leaves the label to Django's default, the field's name made
    readable ("Password"), which no catalogue translates.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
