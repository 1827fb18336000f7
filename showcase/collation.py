"""Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.

Letters are compared first over the whole name, then tone marks (none,
huyền, hỏi, ngã, sắc, nặng), then capitals (small first): "Dương" comes
before "Đà Nẵng", "Đồng Tháp" before "Gia Lai", "Ba" before "Bà". This is the
order of ICU's Vietnamese collation, which PostgreSQL uses ("vi-x-icu",
created by catalogue's migration where the server lacks it). SQLite has no
ICU: the same collation name is registered on each connection with a
comparison made from vietnamese_sort_key(), the one implementation of the
order in Python, which also sorts lists held in memory.

In a query: order_by(vietnamese(“title”)).
"""

import functools
import unicodedata

from django.db.models import F
from django.db.models.functions import Collate

COLLATION = "vi-x-icu"

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# Combining marks that make a letter of its own (ă â ê ô ơ ư) ...
LETTER_MARKS = {"\u0306": "\u0306", "\u0302": "\u0302", "\u031b": "\u031b"}
# ... and the tone marks, in dictionary order after the unmarked tone.
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_LETTER_WEIGHT = {letter: index for index, letter in enumerate(ALPHABET)}
_DIGITS_BASE, _LETTERS_BASE, _OTHERS_BASE = 0x2000, 0x3000, 0x4000


def _letters(text):
    """(letter, tone, is_capital) for each character, letters joined with their own marks."""
    letters = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            if not letters:
                continue
            letter, tone, capital = letters[-1]
            if char in TONES:
                letters[-1] = (letter, TONES[char], capital)
            elif char in LETTER_MARKS:
                letters[-1] = (unicodedata.normalize("NFC", letter + char), tone, capital)
            continue
        lower = char.lower()
        letters.append((lower, 0, lower != char))
    return letters


def _primary(letter):
    if letter in _LETTER_WEIGHT:
        return chr(_LETTERS_BASE + _LETTER_WEIGHT[letter])
    if letter.isdigit() and letter.isascii():
        return chr(_DIGITS_BASE + int(letter))
    code = ord(letter)
    # Spaces and punctuation before digits, digits before letters, any other script after.
    return letter if code < _DIGITS_BASE else chr(_OTHERS_BASE + code)


@functools.lru_cache(maxsize=65536)
def vietnamese_sort_key(text):
    """A string whose plain (code point) order is the Vietnamese alphabetical order of `text`."""
    letters = _letters(text or "")
    primary = "".join(_primary(letter) for letter, _tone, _capital in letters)
    tones = "".join(chr(0x30 + tone) for _letter, tone, _capital in letters)
    capitals = "".join("1" if capital else "0" for _letter, _tone, capital in letters)
    return f"{primary}\x00{tones}\x00{capitals}"


def compare(first, second):
    """The SQLite collation: -1, 0 or 1 as `first` sorts before, with or after `second`."""
    first, second = vietnamese_sort_key(first), vietnamese_sort_key(second)
    return (first > second) - (first < second)


def vietnamese(field):
    """A name column in Vietnamese order, for order_by() and indexes."""
    return Collate(F(field) if isinstance(field, str) else field, COLLATION)


def register_sqlite_collation(sender, connection, **kwargs):
    """connection_created receiver: teach each new SQLite connection the Vietnamese order."""
    if connection.vendor == "sqlite":
        connection.connection.create_collation(COLLATION, compare)
