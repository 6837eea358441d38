"""Atomic output: a day's folder appears whole or not at all.

Files are written into a staging folder beside the target, then the staging
folder replaces the day's folder by renames; a run killed half-way leaves the
previous folder (or none) and a stale staging folder that the next run removes.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

STAGING_PREFIX = ".staging-"


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
        """Swap the staging folder into place of the day's folder."""
        os.chmod(self.path, 0o755)
        old = None
        if self.target.exists():
            old = self.target.with_name(f"{STAGING_PREFIX}{self.target.name}-old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(self.target, old)
        os.replace(self.path, self.target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        """Remove the staging folder (after a failure)."""
        shutil.rmtree(self.path, ignore_errors=True)
