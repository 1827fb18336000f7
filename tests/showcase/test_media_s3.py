"""Uploads in S3 buckets (showcase/storage_settings.py), against moto's S3 server run in the test process.

The server listens on the first free port of 8400-8499 for this module. The
settings are built from an environment as a deployment would set it
(OCOP_MEDIA_S3_BUCKET with an endpoint URL, OCOP_PRIVATE_MEDIA_S3_BUCKET), and
the public bucket is made readable by everyone with a bucket policy, as its
operator would; the private one is left as buckets are made, readable by its
owner only. moto refuses anonymous reads that the ACLs and policies do not
allow, as S3 does.
"""

import io
import json
import logging
import socket
import threading
import urllib.error
import urllib.request

import boto3
import botocore.endpoint
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from PIL import Image as PILImage
from storages.backends.s3 import S3Storage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from werkzeug.serving import make_server

from misuse.models import MisuseReport, MisuseReportPhoto
from misuse.storage_s3 import PrivateS3Storage
from showcase.security import origin_of
from showcase.storage_settings import media_storages
from tests import factories
from tests.accounts import conftest as accounts_fixtures
from tests.utils import soup_of

pytestmark = pytest.mark.django_db

# Two producers with a product each, and an editor (tests/accounts/conftest.py).
producers, products = accounts_fixtures.producers, accounts_fixtures.products
editor, editor_client = accounts_fixtures.editor, accounts_fixtures.editor_client

PORTS = range(8400, 8500)
REGION = "ap-southeast-1"
PUBLIC, PRIVATE = "ocop-media", "ocop-private"


def s3_server():
    """moto's S3 server (what its ThreadedMotoServer runs) on the first free port of PORTS.

    The socket is bound here, so that a port taken by another process (a second
    test worker) is skipped; werkzeug exits the process when its own bind fails.
    """
    for port in PORTS:
        listening = socket.socket()
        try:
            listening.bind(("127.0.0.1", port))
        except OSError:
            listening.close()
            continue
        listening.listen()
        app = DomainDispatcherApplication(create_backend_app)
        server = make_server(
            "127.0.0.1", port, app, threaded=True, request_handler=MotoRequestHandler, fd=listening.fileno()
        )
        # The server holds its own copy of the descriptor.
        listening.close()
        return server
    raise RuntimeError(f"No free port in {PORTS.start}-{PORTS.stop - 1} for the S3 server.")


@pytest.fixture(scope="module")
def s3_endpoint():
    requests_log = logging.getLogger("werkzeug")
    level = requests_log.level
    requests_log.setLevel(logging.ERROR)
    server = s3_server()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join()
    server.server_close()
    requests_log.setLevel(level)


@pytest.fixture
def aws_credentials(monkeypatch):
    """What boto3 finds in the environment, as on a server; nothing from this machine's own AWS files."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "ocop-test-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "ocop-test-secret")
    for name in ("AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_PROFILE", "AWS_S3_ACCESS_KEY_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")


def s3_client(endpoint):
    return boto3.client("s3", endpoint_url=endpoint, region_name=REGION)


def anonymous_get(url):
    """(status, Content-Type, body) of a GET without credentials, as a browser makes it."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], b""


def keys(client, bucket):
    return sorted(item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", []))


@pytest.fixture
def deployment(s3_endpoint, aws_credentials, settings, monkeypatch, tmp_path):
    """Factory: the settings of a site whose uploads are in buckets on the S3 server, the buckets made empty."""

    def configure(**extra_environ):
        urllib.request.urlopen(urllib.request.Request(f"{s3_endpoint}/moto-api/reset", method="POST"), timeout=5)
        client = s3_client(s3_endpoint)
        for bucket in (PUBLIC, PRIVATE):
            client.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION})
        if extra_environ.pop("public_policy", True):
            policy = {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": f"arn:aws:s3:::{PUBLIC}/*",
                    }
                ],
            }
            client.put_bucket_policy(Bucket=PUBLIC, Policy=json.dumps(policy))
        environ = {
            "OCOP_MEDIA_S3_BUCKET": PUBLIC,
            "OCOP_MEDIA_S3_ENDPOINT_URL": s3_endpoint,
            "OCOP_MEDIA_S3_REGION": REGION,
            "OCOP_PRIVATE_MEDIA_S3_BUCKET": PRIVATE,
            **extra_environ,
        }
        default, private, media_url = media_storages(environ, tmp_path / "private-media")
        settings.STORAGES = {**settings.STORAGES, "default": default, "private": private}
        settings.MEDIA_URL = media_url
        # The photos' field took its storage when the model was defined, under the test settings.
        monkeypatch.setattr(MisuseReportPhoto._meta.get_field("file"), "storage", storages["private"])
        return client

    return configure


@pytest.fixture
def s3_requests(monkeypatch):
    """Every request sent to the S3 server, as (method, URL)."""
    sent = []
    send = botocore.endpoint.Endpoint._send

    def record(self, request):
        sent.append((request.method, request.url))
        return send(self, request)

    monkeypatch.setattr(botocore.endpoint.Endpoint, "_send", record)
    return sent


def png(size=(64, 48)):
    out = io.BytesIO()
    PILImage.new("RGB", size, (30, 120, 60)).save(out, "PNG")
    return out.getvalue()


def jpeg(size=(640, 480)):
    out = io.BytesIO()
    PILImage.new("RGB", size, (140, 28, 19)).save(out, "JPEG")
    return out.getvalue()


def product_with_pictures(producer_index):
    producer = factories.ProducerPageFactory(parent=producer_index)
    product = factories.ProductPageFactory(
        parent=producer,
        listing_image=factories.ImageFactory(file=ContentFile(png(), name="den-may-tre.png")),
        certification__stars=4,
    )
    product.gallery_images.create(image=factories.ImageFactory(), alt_text="Đèn mây tre")
    product.save_revision().publish()
    return product


def picture_urls(response):
    page = soup_of(response)
    urls = [tag["src"] for tag in page.select("img[src]")]
    urls += [url.split()[0] for tag in page.select("source[srcset]") for url in tag["srcset"].split(",")]
    urls += [tag["content"] for tag in page.select('meta[property="og:image"]')]
    return urls


@pytest.mark.parametrize("custom_domain", ["", "media.ocop.example.vn"])
def test_an_image_and_its_renditions_are_in_the_bucket_and_the_page_points_there(
    client, deployment, producer_index, custom_domain
):
    s3 = deployment(OCOP_MEDIA_S3_CUSTOM_DOMAIN=custom_domain)
    product = product_with_pictures(producer_index)
    original = product.listing_image.file.name
    assert original in keys(s3, PUBLIC)
    assert keys(s3, PRIVATE) == []

    response = client.get(product.url)
    assert response.status_code == 200
    urls = picture_urls(response)
    renditions = [key for key in keys(s3, PUBLIC) if key.startswith("images/")]
    assert renditions, "rendering the page made no rendition in the bucket"
    public_base = f"https://{custom_domain}/" if custom_domain else f"{s3.meta.endpoint_url}/{PUBLIC}/"
    picture_keys = set()
    for url in urls:
        if "/static/" in url:
            continue
        assert url.startswith(public_base) and "?" not in url, url  # the bucket's address, unsigned
        picture_keys.add(url.removeprefix(public_base))
    assert picture_keys and picture_keys <= set(renditions)
    # The pictures may be shown: the page's Content-Security-Policy allows their host.
    assert origin_of(public_base) in response["Content-Security-Policy"].split("img-src", 1)[1].split(";")[0]
    if not custom_domain:
        # Anyone can fetch them from the bucket, with the URL as it is on the page (no signature).
        status, content_type, body = anonymous_get(urls[0])
        assert (status, content_type) == (200, "image/" + urls[0].rsplit(".", 1)[1].replace("jpg", "jpeg"))
        assert PILImage.open(io.BytesIO(body)).size
    head = s3.head_object(Bucket=PUBLIC, Key=renditions[0])
    assert head["CacheControl"] == "public, max-age=86400"


def test_an_image_uploaded_in_the_admin_goes_to_the_bucket(admin_client, deployment):
    s3 = deployment()
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Nón lá Huế", "file": SimpleUploadedFile("non-la.png", png(), content_type="image/png")},
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Nón lá Huế")
    assert image.file.name in keys(s3, PUBLIC)
    assert (image.width, image.height) == (64, 48)
    # A second upload of the same name keeps the first file (the backend's default would overwrite it).
    admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Nón lá Huế 2", "file": SimpleUploadedFile("non-la.png", png((32, 32)), content_type="image/png")},
    )
    second = get_image_model().objects.get(title="Nón lá Huế 2")
    assert second.file.name != image.file.name
    assert {image.file.name, second.file.name} <= set(keys(s3, PUBLIC))


def test_a_document_is_in_the_bucket_and_its_link_leads_there(client, deployment):
    s3 = deployment()
    document = get_document_model().objects.create(
        title="Quyết định 5077/QĐ-UBND", file=ContentFile(b"%PDF-1.4 quyet dinh", name="quyet-dinh-5077.pdf")
    )
    assert document.file.name in keys(s3, PUBLIC)
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"] == f"{s3.meta.endpoint_url}/{PUBLIC}/{document.file.name}"
    assert anonymous_get(response["Location"])[2] == b"%PDF-1.4 quyet dinh"


def test_a_second_view_writes_nothing_to_the_cache_and_asks_the_bucket_nothing(
    client, deployment, producer_index, s3_requests, cache_writes
):
    deployment()
    product = product_with_pictures(producer_index)
    assert client.get(product.url).status_code == 200
    assert any(method == "PUT" for method, _url in s3_requests), "the first view wrote no rendition"

    s3_requests.clear()
    cache_writes.clear()
    assert client.get(product.url).status_code == 200
    assert cache_writes == []
    assert s3_requests == []


def report_url():
    with translation.override("vi"):
        return reverse("misuse_report")


def test_a_report_photo_goes_to_the_private_bucket_and_has_no_public_address(
    client, editor_client, deployment, products
):
    s3 = deployment()
    response = client.post(
        report_url(),
        {
            "kind": "fake_copy",
            "where_seen": "Sạp số 12, chợ Tân An, Long An",
            "description": "Chai rượu dán nhãn OCOP 4 sao, tem không quét được.",
            "contact": "0909 123 456",
            "homepage": "",
            "product": products.a.pk,
            "photo_1": SimpleUploadedFile("mat-truoc.jpg", jpeg(), content_type="image/jpeg"),
        },
    )
    assert response.status_code == 302
    stored = MisuseReport.objects.get().photos.get()
    key = stored.file.name
    assert keys(s3, PRIVATE) == [key]
    assert key not in keys(s3, PUBLIC)

    # No URL, signed or not, and nobody reads it from the bucket without the owner's credentials.
    with pytest.raises(ValueError):
        _url = stored.file.url
    assert anonymous_get(f"{s3.meta.endpoint_url}/{PRIVATE}/{key}")[0] == 403
    grants = s3.get_object_acl(Bucket=PRIVATE, Key=key)["Grants"]
    assert all("URI" not in grant["Grantee"] for grant in grants), grants

    # The public pages never show where it is.
    for url in (products.a.url, response["Location"]):
        page = client.get(url).content.decode()
        assert PRIVATE not in page and key.rsplit("/", 1)[1] not in page

    # Editors open it through the admin, read from the bucket.
    photo_url = reverse("misuse_report_photo", args=[stored.pk])
    opened = editor_client.get(photo_url)
    assert opened.status_code == 200
    assert b"".join(opened.streaming_content)[:2] == b"\xff\xd8"
    assert client.get(photo_url).status_code in (302, 403)
    # Gone from the bucket: not found, never an error page.
    s3.delete_object(Bucket=PRIVATE, Key=key)
    assert editor_client.get(photo_url, follow=True).status_code == 404


def test_an_acl_for_providers_without_bucket_policies(deployment):
    s3 = deployment(OCOP_MEDIA_S3_ACL="public-read", public_policy=False)
    name = storages["default"].save("documents/quyet-dinh.pdf", ContentFile(b"%PDF-1.4 quyet dinh"))
    grants = s3.get_object_acl(Bucket=PUBLIC, Key=name)["Grants"]
    assert any(grant["Grantee"].get("URI", "").endswith("/global/AllUsers") for grant in grants)
    assert anonymous_get(storages["default"].url(name))[0] == 200


def test_without_the_environment_uploads_stay_in_the_folders(tmp_path):
    default, private, media_url = media_storages({}, tmp_path)
    assert default == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert private == {"BACKEND": "misuse.storage.PrivateFileSystemStorage", "OPTIONS": {"location": tmp_path}}
    assert media_url is None


def test_only_the_public_media_in_a_bucket_leaves_the_photos_in_their_folder(tmp_path):
    default, private, media_url = media_storages({"AWS_STORAGE_BUCKET_NAME": PUBLIC}, tmp_path)
    assert default["BACKEND"] == "storages.backends.s3.S3Storage"
    assert private == {"BACKEND": "misuse.storage.PrivateFileSystemStorage", "OPTIONS": {"location": tmp_path}}
    assert media_url == f"https://{PUBLIC}.s3.amazonaws.com/"


@pytest.mark.parametrize(
    "environ",
    [
        {"OCOP_MEDIA_S3_REGION": "ap-southeast-1"},
        {"OCOP_MEDIA_S3_REGION": "us-east-1", "OCOP_MEDIA_S3_PREFIX": "/media/"},
        {},
        {"OCOP_MEDIA_S3_ENDPOINT_URL": "https://s3.provider.example:9000/"},
        {"OCOP_MEDIA_S3_ENDPOINT_URL": "https://s3.provider.example", "OCOP_MEDIA_S3_ADDRESSING_STYLE": "virtual"},
        {"OCOP_MEDIA_S3_CUSTOM_DOMAIN": "media.ocop.example.vn", "OCOP_MEDIA_S3_PREFIX": "ocop"},
        {"AWS_S3_CUSTOM_DOMAIN": "http://cdn.example.vn/ocop/"},
    ],
)
def test_media_url_is_where_the_backend_points(environ, aws_credentials, tmp_path):
    default, _private, media_url = media_storages({"OCOP_MEDIA_S3_BUCKET": PUBLIC, **environ}, tmp_path)
    url = S3Storage(**default["OPTIONS"]).url("images/den-may-tre.fill-480x360.webp")
    assert url == media_url + "images/den-may-tre.fill-480x360.webp"


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"OCOP_MEDIA_S3_BUCKET": PUBLIC, "OCOP_PRIVATE_MEDIA_S3_BUCKET": PUBLIC}, "bucket of its own"),
        ({"OCOP_MEDIA_S3_BUCKET": PUBLIC, "OCOP_MEDIA_S3_ADDRESSING_STYLE": "dns"}, "neither 'path' nor 'virtual'"),
        ({"OCOP_MEDIA_S3_BUCKET": PUBLIC, "OCOP_MEDIA_S3_ENDPOINT_URL": "s3.provider.example"}, "http(s) address"),
        ({"OCOP_MEDIA_S3_BUCKET": PUBLIC, "OCOP_MEDIA_S3_CUSTOM_DOMAIN": "ftp://media.example.vn"}, "neither a host"),
    ],
)
def test_a_wrong_configuration_is_refused_with_its_reason(environ, message, tmp_path):
    with pytest.raises(ImproperlyConfigured, match=message.replace("(", r"\(").replace(")", r"\)")):
        media_storages(environ, tmp_path)


@pytest.mark.parametrize("options", [{"default_acl": "public-read"}, {"object_parameters": {"ACL": "public-read"}}])
def test_the_private_storage_refuses_a_public_acl(options, aws_credentials):
    with pytest.raises(ImproperlyConfigured, match="may not give its files the ACL public-read"):
        PrivateS3Storage(bucket_name=PRIVATE, **options)


def test_the_private_storage_makes_no_url_even_if_told_to_sign_them(aws_credentials):
    storage = PrivateS3Storage(bucket_name=PRIVATE, querystring_auth=True, custom_domain="media.example.vn")
    assert (storage.querystring_auth, storage.custom_domain) == (False, None)
    with pytest.raises(ValueError):
        storage.url("misuse/abc.jpg")
