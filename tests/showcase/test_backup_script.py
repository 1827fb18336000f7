"""scripts/backup on SQLite: one archive with the database and both media folders, restored as it was.

The PostgreSQL round trip with a whole site is tests/faults/test_backup_restore.py.
"""

import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "backup"


def backup(tmp_path, *args, check=True):
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private-media"),
    }
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], env=environment, capture_output=True, text=True, check=check
    )


def make_site(tmp_path):
    with sqlite3.connect(tmp_path / "site.sqlite3") as connection:
        connection.execute("CREATE TABLE certification (number TEXT)")
        connection.executemany("INSERT INTO certification VALUES (?)", [("5077/QĐ-UBND",), ("12/QĐ-UBND",)])
    (tmp_path / "media" / "original_images").mkdir(parents=True)
    (tmp_path / "media" / "original_images" / "honey.jpg").write_bytes(b"honey")
    (tmp_path / "private-media").mkdir()
    (tmp_path / "private-media" / "fake.jpg").write_bytes(b"fake")


def test_sqlite_backup_round_trip(tmp_path):
    make_site(tmp_path)
    archive = backup(tmp_path, "create", "--output-dir", str(tmp_path / "backups")).stdout.strip()
    with tarfile.open(archive) as tar:
        assert {"backup.json", "database.sqlite3", "media/original_images/honey.jpg", "private-media/fake.jpg"} <= set(
            tar.getnames()
        )

    (tmp_path / "site.sqlite3").unlink()
    (tmp_path / "media" / "original_images" / "honey.jpg").unlink()
    (tmp_path / "private-media" / "fake.jpg").unlink()
    backup(tmp_path, "restore", archive)

    with sqlite3.connect(tmp_path / "site.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM certification").fetchone()[0] == 2
    assert (tmp_path / "media" / "original_images" / "honey.jpg").read_bytes() == b"honey"
    assert (tmp_path / "private-media" / "fake.jpg").read_bytes() == b"fake"


def test_restore_refuses_to_overwrite_a_database_with_tables_unless_asked(tmp_path):
    make_site(tmp_path)
    archive = backup(tmp_path, "create", "--output-dir", str(tmp_path / "backups")).stdout.strip()
    with sqlite3.connect(tmp_path / "site.sqlite3") as connection:
        connection.execute("DELETE FROM certification")
    refused = backup(tmp_path, "restore", archive, check=False)
    assert refused.returncode == 1
    assert "--replace" in refused.stderr
    backup(tmp_path, "restore", archive, "--replace")
    with sqlite3.connect(tmp_path / "site.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM certification").fetchone()[0] == 2


def test_an_archive_that_is_not_a_backup_is_refused(tmp_path):
    (tmp_path / "stray.txt").write_text("not a backup")
    with tarfile.open(tmp_path / "other.tar", "w") as tar:
        tar.add(tmp_path / "stray.txt", arcname="stray.txt")
    refused = backup(tmp_path, "restore", str(tmp_path / "other.tar"), check=False)
    assert refused.returncode == 1
    assert "not a backup" in refused.stderr


def test_media_in_a_bucket_are_left_to_the_bucket(tmp_path, monkeypatch):
    make_site(tmp_path)
    monkeypatch.setenv("OCOP_MEDIA_S3_BUCKET", "ocop-media")
    monkeypatch.delenv("OCOP_PRIVATE_MEDIA_S3_BUCKET", raising=False)
    made = backup(tmp_path, "create", "--output-dir", str(tmp_path / "backups"))
    assert "media: the files are in the bucket ocop-media, not in this archive" in made.stderr
    with tarfile.open(made.stdout.strip()) as tar:
        names = set(tar.getnames())
        manifest = json.load(tar.extractfile("backup.json"))
    assert "private-media/fake.jpg" in names
    assert not any(name.startswith("media") for name in names)
    assert manifest["buckets"] == {"media": "ocop-media"}
    assert set(manifest["folders"]) == {"private-media"}

    (tmp_path / "site.sqlite3").unlink()
    (tmp_path / "private-media" / "fake.jpg").unlink()
    # A folder left from before the bucket is not the media: it is neither checked nor emptied.
    restored = backup(tmp_path, "restore", made.stdout.strip(), "--replace")
    assert "not restored from the archive" in restored.stderr
    assert (tmp_path / "media" / "original_images" / "honey.jpg").read_bytes() == b"honey"
    assert (tmp_path / "private-media" / "fake.jpg").read_bytes() == b"fake"
