"""One run per output folder: an exclusive lock on ``OUT/.lock``.

A second run waits up to the configured time, then gives up with its own exit code,
so two cron jobs (or a cron job and a person) never write the same archive at once.
"""
from __future__ import annotations

import fcntl
import os
import stat
import time
from contextlib import contextmanager
from pathlib import Path

from briefs.errors import BriefsError


class LockError(BriefsError):
    """The output folder's lock file cannot be used safely (a link, a folder, a device)."""

    exit_code = 6


class LockTimeout(BriefsError):
    """Another run held the output folder's lock for longer than we would wait."""

    exit_code = 6


@contextmanager
def folder_lock(out: Path, wait: float):
    """Hold the lock on ``out`` for the duration of the block."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / ".lock"
    try:
        # never through a link: a root cron run must not truncate what ``.lock`` points at
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
    except OSError as exc:
        raise LockError(f"cannot open the lock file {path}: {exc.strerror} (a link or not a file?)") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise LockError(f"the lock file {path} is not a regular file; remove it")
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(f"another briefs run holds {path}; gave up after {wait:g} s") from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)  # closing releases the lock, also when the process is killed
