"""The news index (paged, filtered by tag), an article, and the RSS feed."""

import datetime
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from django.utils import formats, translation

from tests import factories
from tests.utils import soup_of, titles_listed, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def eleven_articles(news_index):
    """Eleven articles, one a day from 1 September 2025: the newest is "Tin ngày 11"."""
    return [
        factories.NewsPageFactory(parent=news_index, title=f"Tin ngày {day}", date=datetime.date(2025, 9, day))
        for day in range(1, 12)
    ]


def test_news_index_lists_the_ten_newest_articles_first(client, news_index, eleven_articles):
    response = client.get(news_index.url)
    assert response.status_code == 200
    newest_first = list(reversed(eleven_articles))
    assert titles_listed(response, newest_first) == [article.title for article in newest_first[:10]]
    assert [article.title for article in response.context["articles"]] == [a.title for a in newest_first[:10]]
    assert 'href="?page=2"' in response.content.decode()


def test_news_index_second_page_has_the_oldest_article(client, news_index, eleven_articles):
    response = client.get(news_index.url, {"page": 2})
    assert response.status_code == 200
    assert titles_listed(response, eleven_articles) == ["Tin ngày 1"]


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", "%00"])
def test_news_index_survives_malformed_page_numbers(client, news_index, eleven_articles, page):
    response = client.get(f"{news_index.url}?page={page}")
    assert response.status_code == 200
    assert len(response.context["articles"].object_list) >= 1


def test_news_index_filters_by_tag(client, news_index):
    fair = factories.NewsPageFactory(parent=news_index, title="Hội chợ OCOP Tây Ninh", tags=["hội chợ", "Tây Ninh"])
    training = factories.NewsPageFactory(parent=news_index, title="Tập huấn chủ thể OCOP", tags=["tập huấn"])
    response = client.get(news_index.url, {"tag": "hội chợ"})
    assert response.status_code == 200
    assert titles_listed(response, [fair, training]) == ["Hội chợ OCOP Tây Ninh"]


@pytest.mark.parametrize("tag", ["khong-co-the-nay", "x" * 3000, "%00", "a%00b", "%0D%0A", "%F0%9F%8D%B5"])
def test_news_index_with_an_unknown_or_malformed_tag_is_an_empty_page_not_an_error(client, news_index, tag):
    factories.NewsPageFactory(parent=news_index, title="Tin bất kỳ", tags=["hội chợ"])
    response = client.get(f"{news_index.url}?tag={tag}")
    assert response.status_code == 200


def test_news_index_leaves_out_drafts(client, news_index):
    published = factories.NewsPageFactory(parent=news_index, title="Tin đã đăng")
    draft = factories.NewsPageFactory(parent=news_index, title="Tin bản nháp", live=False)
    assert titles_listed(client.get(news_index.url), [published, draft]) == ["Tin đã đăng"]


@pytest.fixture
def article(frozen_today, news_index, producer):
    rice_spirit = factories.ProductPageFactory(parent=producer, title="Rượu đế Gò Đen")
    expired = factories.ProductPageFactory(
        parent=producer, title="Rượu chanh", certification__decision__issued_on=datetime.date(2021, 5, 1)
    )
    return factories.NewsPageFactory(
        parent=news_index,
        title="Long An có thêm 14 sản phẩm OCOP",
        date=datetime.date(2025, 9, 12),
        author="Văn phòng Điều phối nông thôn mới tỉnh",
        body=factories.paragraph("Chín sản phẩm đạt bốn sao và năm sản phẩm đạt ba sao."),
        tags=["Long An", "công nhận mới"],
        related_products=[rice_spirit, expired],
    )


def test_news_page_shows_its_body_date_author_and_tags(client, article, news_index):
    response = client.get(article.url)
    assert response.status_code == 200
    headings = [" ".join(h.get_text(" ").split()) for h in soup_of(response).find_all("h1")]
    assert headings == ["Long An có thêm 14 sản phẩm OCOP"]
    text = visible_text(response)
    assert "Chín sản phẩm đạt bốn sao và năm sản phẩm đạt ba sao." in text
    assert "Văn phòng Điều phối nông thôn mới tỉnh" in text
    with translation.override("vi"):
        assert formats.date_format(datetime.date(2025, 9, 12), "DATE_FORMAT") in text, (
            "the date as Vietnamese writes it"
        )
    assert soup_of(response).find("time", datetime="2025-09-12") is not None
    tag_links = {a.get_text(strip=True): a["href"] for a in soup_of(response).find_all("a", href=True)}
    assert tag_links["Long An"] == f"{news_index.url}?tag=Long%20An"
    assert "công nhận mới" in tag_links


def test_news_page_shows_related_products_with_their_status(client, article):
    response = client.get(article.url)
    text = visible_text(response)
    assert "Rượu đế Gò Đen" in text
    assert "Rượu chanh" in text
    statuses = {product.title: product.current_status for product in response.context["products"]}
    assert statuses == {"Rượu đế Gò Đen": "valid", "Rượu chanh": "expired"}


def test_tag_link_on_an_article_leads_to_the_tagged_articles(client, article, news_index):
    other = factories.NewsPageFactory(parent=news_index, title="Tin không gắn thẻ")
    response = client.get(news_index.url, {"tag": "công nhận mới"})
    assert titles_listed(response, [article, other]) == [article.title]


# The RSS feed ----------------------------------------------------------------------


def test_news_feed_is_valid_rss_with_the_newest_articles(client, news_index, eleven_articles):
    response = client.get(news_index.url + "rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")

    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == news_index.title
    assert channel.findtext("link") == "http://testserver" + news_index.url
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [f"Tin ngày {day}" for day in range(11, 0, -1)]

    newest = items[0]
    assert newest.findtext("link") == "http://testserver" + eleven_articles[-1].url
    published = parsedate_to_datetime(newest.findtext("pubDate"))
    assert published.date() == datetime.date(2025, 9, 11)
    assert published.utcoffset() == datetime.timedelta(hours=7)


def test_news_feed_item_carries_summary_author_and_tags(client, news_index):
    factories.NewsPageFactory(
        parent=news_index,
        title="Hội chợ OCOP",
        listing_summary="Hơn 200 gian hàng của 34 tỉnh, thành.",
        tags=["hội chợ"],
    )
    item = ET.fromstring(client.get(news_index.url + "rss/").content).find("channel/item")
    assert item.findtext("description") == "Hơn 200 gian hàng của 34 tỉnh, thành."
    assert [category.text for category in item.findall("category")] == ["hội chợ"]
    assert "Văn phòng Điều phối nông thôn mới" in ET.tostring(item, encoding="unicode")


def test_news_feed_stops_at_20_items_and_leaves_out_drafts(client, news_index):
    for day in range(1, 23):
        factories.NewsPageFactory(parent=news_index, title=f"Tin {day:02d}", date=datetime.date(2025, 8, day))
    factories.NewsPageFactory(parent=news_index, title="Bản nháp", date=datetime.date(2025, 8, 30), live=False)
    items = ET.fromstring(client.get(news_index.url + "rss/").content).findall("channel/item")
    titles = [item.findtext("title") for item in items]
    assert len(titles) == 20
    assert titles[0] == "Tin 22"
    assert "Bản nháp" not in titles


def test_news_index_advertises_its_feed(client, news_index):
    link = soup_of(client.get(news_index.url)).find("link", attrs={"type": "application/rss+xml"})
    assert link is not None
    assert link["href"] == news_index.url + "rss/"
