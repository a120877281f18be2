"""Gallery backups with the SQLite online backup API, rotation, and restore.

The backup API copies a consistent snapshot while the kiosk keeps running (readers and the WAL
writer are not stopped). Restoring checks the backup's integrity first and keeps a copy of the
gallery it replaces, so a restore can itself be undone.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from faceapp.core.errors import GalleryError, Reason

log = logging.getLogger(__name__)


def backup_dir_for(gallery: Path) -> Path:
    return gallery.parent / "backups"


def backup(gallery: str | Path, dest_dir: str | Path | None = None, keep: int = 7) -> Path:
    """Write ``gallery-YYYYmmdd-HHMMSS.db`` and delete all but the newest ``keep`` backups."""
    gallery = Path(gallery)
    if not gallery.exists():
        raise GalleryError(Reason("gallery not found"), gallery)
    dest_dir = Path(dest_dir) if dest_dir else backup_dir_for(gallery)
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    dest = dest_dir / f"{gallery.stem}-{stamp}.db"
    tmp = dest.with_suffix(".partial")
    try:
        src = sqlite3.connect(f"file:{gallery}?mode=ro", uri=True, timeout=10)
        out = sqlite3.connect(tmp)
        with out:
            src.backup(out)
        out.close()
        src.close()
        os.replace(tmp, dest)
    except sqlite3.Error as e:
        tmp.unlink(missing_ok=True)
        raise GalleryError(Reason("backup failed ({why})", why=str(e)), gallery) from None
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise GalleryError(
            Reason("backup failed ({why}); the gallery is unchanged", why=e.strerror), gallery
        ) from None
    for old in list_backups(gallery, dest_dir)[keep:]:
        old.unlink(missing_ok=True)
    return dest


def list_backups(gallery: str | Path, dest_dir: str | Path | None = None) -> list[Path]:
    """Backups of a gallery, newest first."""
    gallery = Path(gallery)
    d = Path(dest_dir) if dest_dir else backup_dir_for(gallery)
    return sorted(d.glob(f"{gallery.stem}-*.db"), reverse=True) if d.is_dir() else []


def check_integrity(path: Path) -> None:
    try:
        c = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        res = c.execute("PRAGMA integrity_check").fetchone()[0]
        has_people = c.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='people'"
        ).fetchone()
        c.close()
    except sqlite3.Error as e:
        raise GalleryError(Reason("not a usable backup ({why})", why=str(e)), path) from None
    if res != "ok" or not has_people:
        raise GalleryError(Reason("backup failed its integrity check ({why})", why=res), path)


def restore(gallery: str | Path, backup_file: str | Path) -> Path:
    """Replace the gallery by a checked backup; the replaced gallery is backed up first.
    Returns the path of that safety copy."""
    gallery, backup_file = Path(gallery), Path(backup_file)
    check_integrity(backup_file)
    safety = backup(gallery, keep=10_000) if gallery.exists() else gallery
    tmp = gallery.with_suffix(".restoring")
    src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    out = sqlite3.connect(tmp)
    with out:
        src.backup(out)
    out.close()
    src.close()
    for suffix in ("-wal", "-shm"):
        Path(str(gallery) + suffix).unlink(missing_ok=True)
    os.replace(tmp, gallery)
    log.info("restored %s from %s (previous state saved as %s)", gallery, backup_file, safety)
    return safety
