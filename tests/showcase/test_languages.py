"""The links to the same view in every language, for views that are not pages (showcase/languages.py)."""

from showcase.languages import language_urls


def test_each_language_gets_its_own_translated_path_with_the_same_query():
    assert language_urls("check_product", {"q": "mật ong"}) == {
        "vi": "/vi/kiem-tra/?q=m%E1%BA%ADt+ong",
        "en": "/en/check/?q=m%E1%BA%ADt+ong",
    }


def test_an_encoded_query_string_is_kept_as_it_is_with_or_without_its_question_mark():
    expected = {"vi": "/vi/phan-anh/?code=AB12", "en": "/en/report/?code=AB12"}
    assert language_urls("misuse_report", "?code=AB12") == expected
    assert language_urls("misuse_report", "code=AB12") == expected


def test_no_query_leaves_no_question_mark_and_url_arguments_are_filled_in():
    assert language_urls("search", {}) == {"vi": "/vi/tim-kiem/", "en": "/en/search/"}
    assert language_urls("verify_certificate", code="AB12CD") == {
        "vi": "/vi/xac-minh/AB12CD/",
        "en": "/en/verify/AB12CD/",
    }
