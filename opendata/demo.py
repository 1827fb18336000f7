"""The demo's open data page (/vi/du-lieu-mo/, /en/open-data/).

The page itself only carries an introduction: the datasets, their links, sizes
and columns are listed by its template from the live register. Idempotent: the
page is created once and then left to the editors.
"""

from wagtail.models import Locale

from .models import OpenDataPage

PAGE = {
    "slug": "du-lieu-mo",
    "title": "Dữ liệu mở",
    "summary": (
        "Sổ chứng nhận OCOP, bản đồ điểm bán và chủ thể, tin tức và toàn bộ các trang của danh mục "
        "dưới dạng dữ liệu máy đọc được, miễn phí và được dùng lại."
    ),
    "intro": [
        (
            "<p>Mọi thông tin công khai trên trang này cũng được cung cấp dưới dạng dữ liệu mở: nhà báo, "
            "nhà nghiên cứu, doanh nghiệp và cơ quan nhà nước có thể tải về, đối chiếu và xây dựng ứng dụng "
            "riêng mà không cần xin phép.</p>"
        ),
        (
            "<p>Dữ liệu được tính trực tiếp từ danh mục mỗi lần tải về. Tên sản phẩm, chủ thể và địa chỉ "
            "trang có bằng tiếng Việt và tiếng Anh; số sao, điểm, số quyết định và ngày tháng giống nhau "
            "ở cả hai ngôn ngữ.</p>"
        ),
    ],
}

PAGE_EN = {
    "slug": "open-data",
    "title": "Open data",
    "summary": (
        "The OCOP certificate register, the map of display points and producers, the news and every page "
        "of the catalogue as machine-readable data, free to reuse."
    ),
    "intro": [
        (
            "<p>Everything this site publishes is also available as open data: journalists, researchers, "
            "businesses and public bodies can download it, check it and build their own applications "
            "without asking.</p>"
        ),
        (
            "<p>The data is computed from the catalogue at each download. Names of products and producers "
            "and page addresses come in Vietnamese and in English; stars, scores, decision numbers and dates "
            "are the same in both languages.</p>"
        ),
    ],
}


def load_opendata_demo(home, locale=None):
    """Create the open data page under `home` if it is missing; returns the number of pages created."""
    locale = locale or Locale.get_default()
    if home.get_children().filter(slug=PAGE["slug"]).exists():
        return 0
    page = OpenDataPage(
        slug=PAGE["slug"],
        title=PAGE["title"],
        intro="".join(PAGE["intro"]),
        listing_summary=PAGE["summary"],
        search_description=PAGE["summary"],
        locale=locale,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return 1


def english_strings():
    """English for every string the open data page's demo writes, for the demo loader's English pass."""
    strings = {
        PAGE["slug"]: PAGE_EN["slug"],
        PAGE["title"]: PAGE_EN["title"],
        PAGE["summary"]: PAGE_EN["summary"],
    }
    strings |= {
        _paragraph_text(vi): _paragraph_text(en) for vi, en in zip(PAGE["intro"], PAGE_EN["intro"], strict=True)
    }
    return strings


def _paragraph_text(html):
    """The text of a one-paragraph rich text, as wagtail-localize segments it."""
    return html.removeprefix("<p>").removesuffix("</p>")
