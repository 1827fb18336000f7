"""How text becomes search terms: folding, đ, English stemming, query syntax."""

import pytest

from catalogue.imports.columns import column_for_header
from showcase.text import exact_tokens, fold, has_marks, highlight, index_text, terms, without_examples, without_marks


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Rượu đế Gò Đen", "ruou de go den"),
        ("ĐÔNG TRÙNG HẠ THẢO", "dong trung ha thao"),
        ("Mật ong hoa tràm", "mat ong hoa tram"),
        ("HTX mây tre đan Bao La", "htx may tre dan bao la"),
        ("Nem nướng", "nem nuong"),
    ],
)
def test_folding_strips_tone_marks_and_turns_d_with_stroke_into_d(text, folded):
    assert fold(text) == folded


def test_marks_can_be_stripped_with_the_case_kept():
    assert without_marks("Rượu đế Gò Đen") == "Ruou de Go Den"


def test_a_spreadsheet_header_is_recognised_folded_as_the_search_folds_it():
    issuer = column_for_header("issuer")
    assert column_for_header("ĐƠN VỊ BAN HÀNH") == column_for_header("Cơ quan ban hành") == issuer is not None


def test_decomposed_input_folds_like_composed_input():
    # A phone keyboard may send "ế" as "e" + circumflex + acute.
    assert fold("Rượu đế") == fold("Rượu đế") == "ruou de"


def test_english_terms_are_stemmed_and_vietnamese_terms_are_not():
    assert terms("Honeys from flowers", "en") == ["honey", "from", "flower"]
    assert terms("Mật ong các loại hoa", "vi") == ["mat", "ong", "cac", "loai", "hoa"]


def test_query_syntax_is_dropped_not_interpreted():
    assert index_text('ruou" OR 1=1; -- (de* AND go~) den^2 \\', "vi") == "ruou or 1 1 de and go den 2"


def test_has_marks_tells_a_query_typed_with_tone_marks():
    assert has_marks("mật ong")
    assert has_marks("Đen")
    assert not has_marks("Mat Ong")


def test_highlight_marks_the_words_searched_for_however_they_are_written():
    html = highlight("Mật ong hoa tràm <b>nguyên chất</b>", terms("mat ong", "vi"), "vi")
    assert html == "<mark>Mật</mark> <mark>ong</mark> hoa tràm &lt;b&gt;nguyên chất&lt;/b&gt;"
    assert highlight("Pure honeys", terms("honey", "en"), "en") == "Pure <mark>honeys</mark>"


def test_exact_tokens_keep_each_mark_and_fold_nothing():
    assert exact_tokens("Gáo dừa") == ["ga1o", "du82a"]
    assert exact_tokens("Gạo dứa") == ["ga5o", "du81a"]
    assert exact_tokens("Đen HTX") == ["d9en"], "a word without marks needs no token"


def test_group_labels_lose_their_examples():
    assert without_examples("Nông sản thô, sơ chế (gạo, ngũ cốc, mật ong)") == "Nông sản thô, sơ chế"
