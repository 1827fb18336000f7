"""Image and document uploads in the admin: too big, not an image, or a decompression bomb is refused, with a message.

An editor uploads through the admin's multiple uploader (what "Add an image"
opens) and the single-image form. A refused file leaves nothing behind: no
image, no pending upload, no file in storage.
"""

import contextlib
import io
import struct
import zlib

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile
from wagtail.users.models import UserProfile

from tests import factories

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


def jpeg(size=(640, 480)):
    out = io.BytesIO()
    PILImage.new("RGB", size, (140, 28, 19)).save(out, "JPEG")
    return out.getvalue()


def one_bit_png(width, height):
    """A black PNG of any size in a few kilobytes: each row is a filter byte and width/8 zeros, deflated."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = bytes(1 + (width + 7) // 8)
    deflate = zlib.compressobj(9)
    pixels = b"".join(deflate.compress(row) for _ in range(height)) + deflate.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1 bit, greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


NOT_AN_IMAGE = "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
REFUSED = [
    pytest.param(
        "anh-san-pham.jpg",
        lambda: jpeg() + bytes(11 * MB),  # 11 MB: a photo with 11 MB of trailing data
        "This file is too big (11.0\xa0MB). Maximum filesize 10.0\xa0MB.",
        id="11 MB image",
    ),
    pytest.param(
        "logo.svg",
        lambda: b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><script>alert(1)</script></svg>',
        "Not a supported image format. Supported formats: AVIF, GIF, JPG, JPEG, PNG, WEBP.",
        id="svg",
    ),
    pytest.param(
        "logo.jpg",
        lambda: b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"></svg>',
        "Not a valid .jpeg image. The extension does not match the file format (svg)",
        id="svg renamed .jpg",
    ),
    pytest.param("setup.jpg", lambda: b"MZ\x90\x00\x03" + bytes(500), NOT_AN_IMAGE, id="exe renamed .jpg"),
    pytest.param("ghi-chu.png", lambda: "Danh sách sản phẩm OCOP\n".encode() * 20, NOT_AN_IMAGE, id="text as .png"),
    pytest.param(
        "bom.png",
        lambda: one_bit_png(20_000, 20_000),  # 400 megapixels in about 50 kB
        "This file has too many pixels (unknown number). Maximum pixels 40000000.",
        id="decompression bomb 20000x20000",
    ),
    pytest.param(
        "ban-do.png",
        lambda: one_bit_png(8_000, 6_000),
        "This file has too many pixels (48000000). Maximum pixels 40000000.",
        id="48 megapixels",
    ),
]


@pytest.fixture
def editor_client(client):
    editor = factories.EditorFactory()
    # Wagtail's admin has few Vietnamese strings; its upload messages are English.
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)
    return client


def stored_files():
    files = set()
    for folder in ("original_images", "documents"):
        with contextlib.suppress(FileNotFoundError):  # nothing stored there yet
            files |= {f"{folder}/{name}" for name in default_storage.listdir(folder)[1]}
    return files


@pytest.fixture
def files_before():
    """What the test storage held before the test: it outlives each test's database transaction."""
    return stored_files()


def nothing_was_written(files_before):
    return (
        not get_image_model().objects.exists()
        and not get_document_model().objects.exists()
        and not UploadedFile.objects.exists()
        and stored_files() == files_before
    )


@pytest.mark.parametrize(("name", "content", "message"), REFUSED)
def test_the_uploader_refuses_the_file_and_says_why(editor_client, files_before, name, content, message):
    response = editor_client.post("/admin/images/multiple/add/", {"files[]": SimpleUploadedFile(name, content())})

    assert response.status_code == 200
    assert response.json() == {"success": False, "error_message": message}
    assert nothing_was_written(files_before)


@pytest.mark.parametrize(("name", "content", "message"), REFUSED)
def test_the_image_form_refuses_the_file_and_says_why(editor_client, files_before, name, content, message):
    response = editor_client.post(
        "/admin/images/add/",
        {
            "title": "Ảnh sản phẩm",
            "file": SimpleUploadedFile(name, content()),
            "collection": Collection.get_first_root_node().pk,
        },
    )

    assert response.status_code == 200  # the form again
    assert message in response.content.decode().replace("&#x27;", "'")
    with translation.override("en"):
        assert [str(error) for error in response.context["form"].errors["file"]] == [message]
    assert nothing_was_written(files_before)


def test_a_normal_photo_is_accepted(editor_client, files_before):
    response = editor_client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("den-may-tre.jpg", jpeg())}
    )

    assert response.json()["success"] is True
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (640, 480)
    assert stored_files() - files_before == {image.file.name}


def test_a_photo_just_under_the_limits_is_accepted(editor_client):
    content = jpeg((6_000, 6_000))  # 36 megapixels
    response = editor_client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("toan-canh.jpg", content)}
    )

    assert response.json()["success"] is True


def test_a_document_over_20_mb_is_refused(editor_client, files_before):
    content = b"%PDF-1.4\n" + bytes(21 * MB)
    response = editor_client.post(
        "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("quyet-dinh.pdf", content)}
    )

    body = response.json()
    assert body["success"] is False
    assert "This file is too big (21.0\xa0MB). Maximum filesize 20.0\xa0MB." in body["error_message"].splitlines()
    assert nothing_was_written(files_before)


def test_a_document_of_a_type_not_listed_is_refused(editor_client):
    response = editor_client.post(
        "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("setup.exe", b"MZ\x90\x00" + bytes(100))}
    )

    body = response.json()
    assert body["success"] is False
    assert "“exe”" in body["error_message"]
    assert "pdf, jpg, jpeg, png, csv, xlsx" in body["error_message"]
    assert not get_document_model().objects.exists()


def test_a_scanned_decision_is_accepted(editor_client):
    response = editor_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("quyet-dinh-5077.pdf", b"%PDF-1.4\n" + bytes(MB))},
    )

    assert response.json()["success"] is True
    assert get_document_model().objects.get().file_size == MB + 9
