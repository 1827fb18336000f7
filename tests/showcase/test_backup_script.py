"""scripts/backup on SQLite: one archive with the database and both media folders, restored as it was.

The PostgreSQL round trip with a whole site is tests/faults/test_backup_restore.py.
"""

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
