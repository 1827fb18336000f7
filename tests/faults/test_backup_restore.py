"""scripts/backup round trip on PostgreSQL: back up, wipe the database and the media, restore, and find it all.

The site is built in a database of the tests' own PostgreSQL cluster (tests/faults/conftest.py)
by a process with the production settings and its media folder on disk.
"""

import shutil
import subprocess
import sys
import tarfile

import pytest

from .conftest import BASE_DIR, run_site_function, site_environment

pytestmark = pytest.mark.faults


def backup(environment, *args):
    return subprocess.run(
        [sys.executable, str(BASE_DIR / "scripts" / "backup"), *args],
        env=environment,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def test_a_backup_restores_the_register_the_pages_and_the_images(postgres_cluster, migrated_template, tmp_path):
    postgres_cluster.psql(f"CREATE DATABASE site_backup TEMPLATE {migrated_template}")
    media, private = tmp_path / "media", tmp_path / "private-media"
    environment = site_environment(
        postgres_cluster.url("site_backup"), MEDIA_ROOT=str(media), PRIVATE_MEDIA_ROOT=str(private)
    )
    (private / "misuse").mkdir(parents=True)
    (private / "misuse" / "photo.jpg").write_bytes(b"a photo only editors may see")
    built = run_site_function(environment, "build")
    assert built["certifications"] == 3 and len(built["image_files"]) == 3

    archive = backup(environment, "create", "--output-dir", str(tmp_path / "backups"))
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert {"backup.json", "database.pgdump", "media", "private-media/misuse/photo.jpg"} <= set(names)
    assert archive.endswith(".tar") and "ocop-backup-" in archive

    postgres_cluster.psql("DROP DATABASE site_backup WITH (FORCE)")
    shutil.rmtree(media)
    shutil.rmtree(private)
    backup(environment, "restore", archive)

    restored = run_site_function(environment, "check")
    assert restored["certifications"] == built["certifications"]
    assert restored["pages"] == built["pages"]
    assert restored["image_files"] == built["image_files"]
    assert restored["image_files_exist"]
    assert restored["product_status"] == 200
    assert restored["home_status"] == 200
    assert (private / "misuse" / "photo.jpg").read_bytes() == b"a photo only editors may see"

    # A second restore over the restored site is refused, unless asked to replace it.
    refused = subprocess.run(
        [sys.executable, str(BASE_DIR / "scripts" / "backup"), "restore", archive],
        env=environment,
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 1 and "--replace" in refused.stderr
    backup(environment, "restore", archive, "--replace")
    assert run_site_function(environment, "check")["certifications"] == built["certifications"]
    postgres_cluster.psql("DROP DATABASE site_backup WITH (FORCE)")
