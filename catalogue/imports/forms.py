from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from .reader import MAX_FILE_SIZE, MAX_ROWS, too_large_message


def upload_help_text():
    return _("A CSV file (UTF-8) or an Excel workbook (.xlsx), at most %(size)s and %(rows)s rows.") % {
        "size": filesizeformat(MAX_FILE_SIZE),
        "rows": number_format(MAX_ROWS, force_grouping=True),
    }


class DecisionUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Decision spreadsheet"),
        help_text=lazy(upload_help_text, str)(),
        # The reader says what is wrong with an empty file, in the same words as the command.
        allow_empty_file=True,
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            }
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        # Checked before reading: the upload may be far larger than anything the import will read.
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(too_large_message())
        return upload
