"""Redis stopped and started again under a running site: pages render uncached, limits still hold.

The test runs its own redis-server (tests/faults/conftest.py), the site's cache in it as
production configures it (showcase/cache.py), and stops it between requests.
"""

import pytest
import redis

from showcase.models import RateLimitCounter
from tests import factories

pytestmark = [pytest.mark.faults, pytest.mark.django_db]


@pytest.fixture
def site(settings, redis_server, home_page, product_index, producer):
    settings.CACHES = {
        "default": {
            "BACKEND": "showcase.cache.DegradingRedisCache",
            "LOCATION": redis_server.url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    settings.OCOP_PAGE_CACHE_SECONDS = 300
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "search": "3/h"}
    product = factories.ProductPageFactory(parent=producer, title="Mật ong hoa tràm")
    return [home_page, product_index, producer, product]


def served_from_cache(client, url):
    first, second = client.get(url), client.get(url)
    assert first.status_code == second.status_code == 200, url
    return second.get("X-Page-Cache") == "hit"


def searches_until_refused(client, address):
    return [client.get("/vi/tim-kiem/", {"q": "mat ong"}, REMOTE_ADDR=address).status_code for _ in range(4)]


def test_pages_render_uncached_while_redis_is_down_and_cached_again_when_it_is_back(client, site, redis_server):
    home, *others = site
    assert served_from_cache(client, home.url)
    assert searches_until_refused(client, "192.0.2.1") == [200, 200, 200, 429]

    redis_server.stop()
    for page in site:
        assert not served_from_cache(client, page.url)
    assert client.get("/en/search/suggest/", {"q": "hon"}).status_code == 200
    # The limits still hold, counted in the database meanwhile.
    assert searches_until_refused(client, "192.0.2.2") == [200, 200, 200, 429]
    assert RateLimitCounter.objects.filter(key__contains="192.0.2.2").exists()
    # Publishing purges the page cache: a purge Redis cannot take is logged, not raised.
    product = others[-1]
    product.title = "Mật ong hoa tràm U Minh"
    product.save_revision().publish()
    assert "U Minh" in client.get(product.url).content.decode()

    redis_server.start()
    assert served_from_cache(client, home.url)
    assert "U Minh" in client.get(product.url).content.decode()
    assert searches_until_refused(client, "192.0.2.3") == [200, 200, 200, 429]
    assert not RateLimitCounter.objects.filter(key__contains="192.0.2.3").exists()
    assert redis.Redis.from_url(redis_server.url).keys("*ocop-rate-limit:search:192.0.2.3*")
