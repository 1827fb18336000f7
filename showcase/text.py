"""How text is turned into search terms, the same way for every backend.

Vietnamese visitors type without tone marks ("ruou de go den" for "Rượu đế Gò
Đen"), so both the indexed text and the query are folded: combining marks are
stripped and đ/Đ, which Unicode does not decompose, become d/D. English text
and English queries are also stemmed (Snowball's English stemmer, "honeys" ->
"honey").

This runs in Python before any backend sees the text. SQLite's FTS5 keeps đ
and only folds letters with a single mark, PostgreSQL's text search folds
nothing without unaccent, and Elasticsearch folds through its analyzers;
normalising here is what makes "the same query finds the same pages" true on
all three. Elasticsearch's folding analyzer (search/backend_settings.py) still runs
over these terms, which leaves them unchanged.
"""

import functools
import re
import unicodedata

import snowballstemmer
from django.utils.html import escape
from django.utils.safestring import mark_safe

# Letters Unicode has no decomposition for, as Vietnamese (and its neighbours
# in product names) write them.
EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"})
WORD = re.compile(r"[^\W_]+")
# Longer queries say nothing a shorter one doesn't, and cost every backend more.
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12


def without_marks(text):
    """`text` without tone marks or other diacritics, its case kept: "Rượu đế Gò Đen" -> "Ruou de Go Den".

    The one folding rule of the site: the search, the import's column headers
    and the demo images' lettering all fold through it.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(EXTRA_FOLDS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text):
    """Lower-case `text` without tone marks or other diacritics: "Rượu đế Gò Đen" -> "ruou de go den"."""
    return without_marks(text).lower()


def words(text):
    """The words of `text`, keeping case and marks; punctuation and query syntax are dropped."""
    return WORD.findall(unicodedata.normalize("NFC", text))


@functools.cache
def _stemmer(language):
    return snowballstemmer.stemmer("english") if language == "en" else None


def terms(text, language):
    """The search terms of `text` written in `language`: folded words, stemmed for English."""
    folded = [fold(word) for word in words(text)]
    stemmer = _stemmer(language)
    if stemmer is not None:
        folded = stemmer.stemWords(folded)
    return folded


def index_text(text, language):
    """`text` as the index stores it."""
    return " ".join(terms(text, language))


def has_marks(text):
    """Whether `text` carries tone marks or other diacritics (it differs from its folded form)."""
    return fold(text) != text.lower()


def exact_words(text):
    """Lower-cased words with their marks kept, to tell an exact match from a folded one."""
    return {word.lower() for word in words(text)}


# Marks as digits, for exact_tokens(): one digit per combining mark, in the
# order Unicode's canonical decomposition puts them (horn before grave: "ừ").
MARK_DIGITS = {
    "\u0301": "1",  # sắc
    "\u0300": "2",  # huyền
    "\u0309": "3",  # hỏi
    "\u0303": "4",  # ngã
    "\u0323": "5",  # nặng
    "\u0302": "6",  # circumflex: â ê ô
    "\u0306": "7",  # breve: ă
    "\u031b": "8",  # horn: ơ ư
}


def exact_token(word):
    """One word as written, marks kept, spelt in letters and digits every backend indexes unchanged.

    "gáo" -> "ga1o", "dừa" -> "du82a", "Đen" -> "d9en"; None for a word
    without marks (its folded term says all). Elasticsearch's standard
    tokenizer, SQLite's unicode61 and PostgreSQL's "simple" configuration all
    keep such a token whole and fold nothing in it, so the exact spelling is
    matched the same way on each, without an analyzer of its own.
    """
    if not has_marks(word):
        return None
    decomposed = unicodedata.normalize("NFD", word.lower().replace("đ", "d9").replace("ð", "d9"))
    return "".join(MARK_DIGITS.get(char, "0") if unicodedata.combining(char) else char for char in decomposed)


def exact_tokens(text):
    """The exact_token() of every marked word of `text`, each once, in order."""
    tokens = (exact_token(word) for word in words(text))
    return list(dict.fromkeys(token for token in tokens if token))


def without_examples(label):
    """A group label without the examples it lists: "Sơ chế (gạo, ngũ cốc, mật ong)" -> "Sơ chế".

    The examples say what belongs in the group, not what a product in it is:
    rice must not be found by "mat ong".
    """
    return " ".join(re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", label).split())


def highlight(text, wanted, language):
    """`text`, HTML-escaped, with each word whose term is one of `wanted` in <mark>: "Mật ong" for "mat ong"."""
    wanted = set(wanted)
    text = unicodedata.normalize("NFC", text or "")
    pieces, last = [], 0
    for match in WORD.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        word = escape(match.group())
        pieces.append(f"<mark>{word}</mark>" if set(terms(match.group(), language)) & wanted else word)
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # every piece is escaped above
