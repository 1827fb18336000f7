"""Storage for files that have no public address: asking one for its URL is an error.

The photos of misuse reports live here (settings.STORAGES["private"]); editors
open them through the admin (misuse/admin_views.py), which checks permissions.
"""

from django.core.files.storage import FileSystemStorage, InMemoryStorage


class NoPublicURL:
    def url(self, name):
        raise ValueError("Files in the private storage have no public URL; the admin serves them.")


class PrivateFileSystemStorage(NoPublicURL, FileSystemStorage):
    pass


class PrivateInMemoryStorage(NoPublicURL, InMemoryStorage):
    """For the test suite."""
