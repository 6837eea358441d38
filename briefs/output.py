"""Atomic output: every file is replaced whole, never written in place.

A day's files are written into a staging folder beside the day's folder, then each
is renamed over its old version, and charts the new brief no longer has are
removed (other formats of an earlier build stay). The day's folder itself never disappears, so the archive's links stay good
whenever a run is killed: each file is either the old one or the new one, and
rerunning the day completes it. Stale staging folders are removed by the next run.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

STAGING_PREFIX = ".staging-"


def file_mode() -> int:
    """The mode the user's umask gives a new file (0644 under umask 022): temporary files start at 0600,
    and a web server running as another user must be able to read the archive."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write one file by temporary name and rename, so readers never see half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, file_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class DayFolder:
    """A staging folder that becomes ``out/<name>`` on ``commit``."""

    def __init__(self, out: Path, name: str):
        self.target = out / name
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob(f"{STAGING_PREFIX}{name}-*"):
            shutil.rmtree(stale, ignore_errors=True)
        self.path = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{name}-", dir=out))

    def write(self, filename: str, data: bytes | str) -> Path:
        """Write a file into the staging folder; returns its final path."""
        payload = data.encode("utf-8") if isinstance(data, str) else data
        (self.path / filename).write_bytes(payload)
        return self.target / filename

    def commit(self) -> None:
        """Move every staged file over its old version, then drop charts the brief no longer has."""
        self.target.mkdir(parents=True, exist_ok=True)
        made = set()
        mode = file_mode()
        for staged in sorted(self.path.iterdir()):
            os.chmod(staged, mode)
            os.replace(staged, self.target / staged.name)
            made.add(staged.name)
        for old in self.target.glob("chart-*"):  # a chart today's brief does not have
            if old.name not in made:
                old.unlink()
        shutil.rmtree(self.path, ignore_errors=True)

    def discard(self) -> None:
        """Remove the staging folder (after a failure)."""
        shutil.rmtree(self.path, ignore_errors=True)
