"""The private storage in an S3 bucket of its own (OCOP_PRIVATE_MEDIA_S3_BUCKET, showcase/storage_settings.py).

Imported only when that bucket is configured, so that a site keeping its files
on disk never loads boto3.
"""

from django.core.exceptions import ImproperlyConfigured
from storages.backends.s3 import S3Storage

from showcase.storage_settings import OPEN_ACLS

from .storage import NoPublicURL


class PrivateS3Storage(NoPublicURL, S3Storage):
    """Objects written with no ACL that opens them, and no URL for any of them, signed or not.

    Whatever the options or the AWS_* settings say, an object is never given a
    public ACL: such a configuration is refused when the storage is made.
    """

    def __init__(self, **settings):
        super().__init__(**settings)
        acls = {self.default_acl, self.object_parameters.get("ACL")} - {None}
        if acls & set(OPEN_ACLS):
            raise ImproperlyConfigured(f"The private storage may not give its files the ACL {', '.join(sorted(acls))}.")
        self.querystring_auth = False
        self.custom_domain = None
