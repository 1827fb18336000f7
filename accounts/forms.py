from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class InviteProducerForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_(
            "The producer's contact person. They receive a link to accept the invitation; "
            "nothing is granted until then."
        ),
    )


class EditorEmailForm(forms.ModelForm):
    """An editor's own e-mail address, in the account settings (producers have no such field)."""

    email = forms.EmailField(required=True, label=_("E-mail address"))

    class Meta:
        model = get_user_model()
        fields = ["email"]


class AdminLoginForm(LoginForm):
    """Wagtail's sign-in form with its password field labelled through gettext.

    Wagtail's own leaves the label to Django's default, the field's name made
    readable ("Password"), which no catalogue translates.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
