"""How text becomes search terms: folding, đ, English stemming, query syntax."""

import pytest

from search.text import fold, has_marks, index_text, terms


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
