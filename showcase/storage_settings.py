"""Where uploads are kept, read from the environment by the settings: local folders, or S3 buckets.

Imports nothing of Django but its exceptions, so that settings/base.py can use it.

Unset, the uploads (Wagtail's images, their renditions and documents) live in
MEDIA_ROOT and the photos of misuse reports in PRIVATE_MEDIA_ROOT, as always;
with several app servers both folders must be on storage they all share.

OCOP_MEDIA_S3_BUCKET (or AWS_STORAGE_BUCKET_NAME) puts the uploads in that
bucket instead, through django-storages' S3 backend, on AWS or any
S3-compatible service (MinIO, a provider's object storage):

- OCOP_MEDIA_S3_ENDPOINT_URL (or AWS_S3_ENDPOINT_URL): the service's address,
  for anything but AWS;
- OCOP_MEDIA_S3_REGION (or AWS_S3_REGION_NAME, AWS_DEFAULT_REGION);
- OCOP_MEDIA_S3_CUSTOM_DOMAIN (or AWS_S3_CUSTOM_DOMAIN): the host (and path)
  the files are served from, a CDN in front of the bucket: media.example.vn,
  or a URL such as https://cdn.example.vn/ocop;
- OCOP_MEDIA_S3_PREFIX: a folder inside the bucket (none unless set);
- OCOP_MEDIA_S3_ADDRESSING_STYLE: "path" (https://endpoint/bucket/key, the
  default with an endpoint URL, which MinIO needs) or "virtual"
  (https://bucket.endpoint/key, the default on AWS);
- OCOP_MEDIA_S3_ACL: a canned ACL given to each object written, e.g.
  public-read where the provider has no bucket policies; unset, no ACL is sent
  and the bucket's policy makes the files readable.

The files' URLs are plain, unsigned ones: the media are public. The
credentials come from the environment only, where boto3 looks for them
(AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, or an
instance role); no setting holds them.

The photos of misuse reports never have a public URL. OCOP_PRIVATE_MEDIA_S3_BUCKET
puts them in a bucket of their own (same endpoint, region and credentials),
which must not be the public one: no ACL is sent, no URL is ever made, signed
or not (misuse/storage_s3.py), and editors read them through the admin.
Unset, they stay in PRIVATE_MEDIA_ROOT.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

S3_BACKEND = "storages.backends.s3.S3Storage"
PRIVATE_S3_BACKEND = "misuse.storage_s3.PrivateS3Storage"
PRIVATE_FILE_SYSTEM_BACKEND = "misuse.storage.PrivateFileSystemStorage"
ADDRESSING_STYLES = ("path", "virtual")
# Canned ACLs that let someone other than the bucket's owner read an object.
OPEN_ACLS = ("public-read", "public-read-write", "authenticated-read", "aws-exec-read")


def _value(environ, *names):
    """The first of these environment variables that is set, stripped; "" when none is."""
    for name in names:
        value = environ.get(name, "").strip()
        if value:
            return value
    return ""


def media_bucket(environ):
    """The public media's bucket, or "" when the media are kept in MEDIA_ROOT."""
    return _value(environ, "OCOP_MEDIA_S3_BUCKET", "AWS_STORAGE_BUCKET_NAME")


def private_media_bucket(environ):
    """The report photos' bucket, or "" when they are kept in PRIVATE_MEDIA_ROOT."""
    return _value(environ, "OCOP_PRIVATE_MEDIA_S3_BUCKET")


def _connection(environ):
    """The options both buckets share: where the service is and how it is addressed."""
    endpoint_url = _value(environ, "OCOP_MEDIA_S3_ENDPOINT_URL", "AWS_S3_ENDPOINT_URL").rstrip("/")
    if endpoint_url and urlsplit(endpoint_url).scheme not in ("http", "https"):
        raise ImproperlyConfigured(f"OCOP_MEDIA_S3_ENDPOINT_URL: {endpoint_url!r} is not an http(s) address.")
    region = _value(environ, "OCOP_MEDIA_S3_REGION", "AWS_S3_REGION_NAME", "AWS_DEFAULT_REGION")
    style = _value(environ, "OCOP_MEDIA_S3_ADDRESSING_STYLE").lower() or ("path" if endpoint_url else "virtual")
    if style not in ADDRESSING_STYLES:
        raise ImproperlyConfigured(f"OCOP_MEDIA_S3_ADDRESSING_STYLE: {style!r} is neither 'path' nor 'virtual'.")
    options = {"addressing_style": style}
    if endpoint_url:
        options["endpoint_url"] = endpoint_url
    if region:
        options["region_name"] = region
    return options


def _prefix(environ, name):
    return "/".join(part for part in _value(environ, name).split("/") if part)


def _media_url(bucket, connection, custom_domain, url_protocol, prefix):
    """The address the public files are under, as the S3 backend writes their URLs (for MEDIA_URL and the CSP)."""
    folder = f"{prefix}/" if prefix else ""
    if custom_domain:
        return f"{url_protocol}//{custom_domain}/{folder}"
    endpoint_url = connection.get("endpoint_url")
    if not endpoint_url:
        region = connection.get("region_name", "us-east-1")
        host = "s3.amazonaws.com" if region == "us-east-1" else f"s3.{region}.amazonaws.com"
        return f"https://{bucket}.{host}/{folder}"
    parts = urlsplit(endpoint_url)
    if connection["addressing_style"] == "virtual":
        return f"{parts.scheme}://{bucket}.{parts.netloc}{parts.path}/{folder}"
    return f"{endpoint_url}/{bucket}/{folder}"


def media_storages(environ, private_media_root):
    """(the "default" storage, the "private" storage, MEDIA_URL) for this environment.

    MEDIA_URL is None when the media stay in MEDIA_ROOT (the settings keep /media/).
    """
    bucket = media_bucket(environ)
    private_bucket = private_media_bucket(environ)
    private_on_disk = {"BACKEND": PRIVATE_FILE_SYSTEM_BACKEND, "OPTIONS": {"location": private_media_root}}
    if not bucket and not private_bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}, private_on_disk, None
    connection = _connection(environ)

    if private_bucket:
        if private_bucket == bucket:
            raise ImproperlyConfigured(
                "OCOP_PRIVATE_MEDIA_S3_BUCKET must name a bucket of its own, not the public media's bucket."
            )
        private = {
            "BACKEND": PRIVATE_S3_BACKEND,
            "OPTIONS": {
                **connection,
                "bucket_name": private_bucket,
                "location": _prefix(environ, "OCOP_PRIVATE_MEDIA_S3_PREFIX"),
                "default_acl": None,
                "querystring_auth": False,
                "custom_domain": None,
                "file_overwrite": False,
            },
        }
    else:
        private = private_on_disk
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}, private, None

    custom_domain = _value(environ, "OCOP_MEDIA_S3_CUSTOM_DOMAIN", "AWS_S3_CUSTOM_DOMAIN").rstrip("/")
    url_protocol = "https:"
    if "://" in custom_domain:
        parts = urlsplit(custom_domain)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ImproperlyConfigured(f"OCOP_MEDIA_S3_CUSTOM_DOMAIN: {custom_domain!r} is neither a host nor a URL.")
        url_protocol = f"{parts.scheme}:"
        custom_domain = parts.netloc + parts.path.rstrip("/")
    acl = _value(environ, "OCOP_MEDIA_S3_ACL") or None
    prefix = _prefix(environ, "OCOP_MEDIA_S3_PREFIX")
    default = {
        "BACKEND": S3_BACKEND,
        "OPTIONS": {
            **connection,
            "bucket_name": bucket,
            "location": prefix,
            "custom_domain": custom_domain or None,
            "url_protocol": url_protocol,
            # Public files: plain URLs, the same on every page view, which caches can keep.
            "querystring_auth": False,
            "default_acl": acl,
            # Two uploads named photo.jpg get two names, as on disk (the backend's default overwrites).
            "file_overwrite": False,
            # Browsers and a CDN may keep a file for a day (a replaced image's renditions keep their names).
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
    return default, private, _media_url(bucket, connection, custom_domain, url_protocol, prefix)
