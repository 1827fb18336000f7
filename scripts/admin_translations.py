"""Keep the admin's Vietnamese catalogue (locale_admin/vi/) in step with the installed packages.

    python scripts/admin_translations.py update     # after upgrading Wagtail, wagtail-localize, taggit or Django
    python scripts/admin_translations.py coverage   # how much of it the packages' own vi catalogues cover

Wagtail's own Vietnamese covers a small part of its admin, some of it garbled, so the
project ships its own: locale_admin/vi/LC_MESSAGES/django.po and djangojs.po, the
second entry of LOCALE_PATHS (Django prefers a LOCALE_PATHS catalogue over an app's,
and the project's own locale/ over this one; makemessages never writes here).

Which messages it holds:
- every msgid of the English catalogue of each installed Wagtail, wagtail-localize and
  taggit app (its locale/en/LC_MESSAGES/*.po lists every string of the package),
  whatever the package's Vietnamese says: one glossary for the whole admin (README);
- of Django and its contrib apps, the msgids Django's own Vietnamese lacks, and the
  few it translates in a way that reads wrongly in the admin (corrections added by
  hand to the .po are kept).

`update` adds the new msgids with an empty msgstr, drops the ones no package has any
more and keeps every translation; then translate the empty entries (a .po editor such
as Poedit, or by hand), and run `manage.py compilemessages --ignore=.venv`.
tests/bilingual/test_admin_catalogue.py fails while an entry is empty or fuzzy.
"""

import argparse
import os
import sys
from pathlib import Path

import django
import polib

BASE_DIR = Path(__file__).resolve().parent.parent
CATALOGUE_DIR = BASE_DIR / "locale_admin" / "vi" / "LC_MESSAGES"
DOMAINS = ("django", "djangojs")
REPLACED_PACKAGES = ("wagtail", "wagtail_localize", "taggit")
HEADER = {
    "Project-Id-Version": "OCOP showcase admin",
    "Language-Team": "Vietnamese",
    "Last-Translator": "OCOP showcase",
    "PO-Revision-Date": "2026-12-04 00:00+0700",
    "Language": "vi",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


def catalogue_path(app_path, language, domain):
    return Path(app_path) / "locale" / language / "LC_MESSAGES" / f"{domain}.po"


def message_sources():
    """(name, path of the package's directory, whether it is replaced whole) per installed app, then Django."""
    from django.apps import apps

    for config in apps.get_app_configs():
        package = config.name.split(".")[0]
        if package in REPLACED_PACKAGES:
            yield config.name, config.path, True
        elif package == "django":
            yield config.name, config.path, False
    yield "django", Path(django.__file__).parent / "conf", False


def key(entry):
    return entry.msgctxt, entry.msgid


def is_translated(entry):
    return entry is not None and entry.translated() and "fuzzy" not in entry.flags


def source_entries(domain, corrections=()):
    """The msgids this catalogue must translate, each with the app it comes from, in a stable order.

    `corrections`: the keys of Django msgids the catalogue translates although
    Django's Vietnamese does too, because Django's reads wrongly in the admin.
    """
    wanted = {}
    for name, path, replaced in message_sources():
        english = catalogue_path(path, "en", domain)
        if not english.exists():
            continue
        own_vietnamese = {}
        if not replaced and catalogue_path(path, "vi", domain).exists():
            own_vietnamese = {key(e): e for e in polib.pofile(catalogue_path(path, "vi", domain))}
        for entry in polib.pofile(english):
            if entry.obsolete or not entry.msgid or key(entry) in wanted:
                continue
            if not replaced and is_translated(own_vietnamese.get(key(entry))) and key(entry) not in corrections:
                continue
            wanted[key(entry)] = (name, entry)
    return wanted


def load_catalogue(domain):
    path = CATALOGUE_DIR / f"{domain}.po"
    if path.exists():
        return polib.pofile(path, wrapwidth=0)
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = dict(HEADER)
    return catalogue


def update(domain):
    catalogue = load_catalogue(domain)
    existing = {key(e): e for e in catalogue if not e.obsolete}
    merged = polib.POFile(wrapwidth=0)
    merged.metadata = catalogue.metadata or dict(HEADER)
    added = 0
    for msg_key, (app, source) in source_entries(domain, corrections=existing.keys()).items():
        entry = existing.get(msg_key)
        if entry is None:
            added += 1
            entry = polib.POEntry(
                msgctxt=source.msgctxt,
                msgid=source.msgid,
                msgid_plural=source.msgid_plural,
                msgstr="",
                msgstr_plural={0: ""} if source.msgid_plural else {},
            )
        entry.flags = [flag for flag in source.flags if flag.endswith("-format")] + (
            ["fuzzy"] if "fuzzy" in entry.flags else []
        )
        entry.occurrences = []
        entry.comment = app
        merged.append(entry)
    removed = len(existing.keys() - {key(e) for e in merged})
    CATALOGUE_DIR.mkdir(parents=True, exist_ok=True)
    merged.save(CATALOGUE_DIR / f"{domain}.po")
    untranslated = len([e for e in merged if not is_translated(e)])
    print(f"{domain}.po: {len(merged)} messages, {added} new, {removed} removed, {untranslated} to translate")


def coverage():
    """Translated/total msgids per source, by the packages' own vi catalogues and by this one."""
    print(f"{'source':40} {'domain':9} {'msgids':>6} {'own vi':>7} {'project':>8}")
    totals = [0, 0, 0]
    for domain in DOMAINS:
        ours = {key(e): e for e in load_catalogue(domain)}
        for name, path, replaced in message_sources():
            english = catalogue_path(path, "en", domain)
            if not english.exists():
                continue
            vietnamese_path = catalogue_path(path, "vi", domain)
            theirs = {key(e): e for e in polib.pofile(vietnamese_path)} if vietnamese_path.exists() else {}
            msgids = [key(e) for e in polib.pofile(english) if not e.obsolete and e.msgid]
            own = sum(is_translated(theirs.get(k)) for k in msgids)
            project = sum(is_translated(ours.get(k)) or (not replaced and is_translated(theirs.get(k))) for k in msgids)
            totals = [totals[0] + len(msgids), totals[1] + own, totals[2] + project]
            print(f"{name:40} {domain:9} {len(msgids):6} {own:7} {project:8}")
    print(f"{'total':40} {'':9} {totals[0]:6} {totals[1]:7} {totals[2]:8}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "coverage"])
    arguments = parser.parse_args()
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "showcase.settings.dev")
    django.setup()
    if arguments.command == "update":
        for domain in DOMAINS:
            update(domain)
    else:
        coverage()


if __name__ == "__main__":
    main()
