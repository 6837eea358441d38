"""The project's exceptions and its warning channel.

Every error a user can cause is a ``BriefsError``: click prints its one-line
message and exits non-zero. Anything else escaping is a bug.

Problems that cost a single item (one article, one record) are *warnings*: they
go to the ``briefs`` logger naming the file and line, the item is skipped and the
run goes on. ``--strict`` turns any such warning into failure (see ``cli``).
"""
from __future__ import annotations

import logging

import click

log = logging.getLogger("briefs")


class BriefsError(click.ClickException):
    """A problem the user can fix: one clear line, non-zero exit."""

    exit_code = 1


class ConfigError(BriefsError):
    """The configuration is wrong; the message lists every wrong key."""

    exit_code = 2


class InputError(BriefsError):
    """An input cannot be read at all, or a day has no usable article."""

    exit_code = 3


class RenderError(BriefsError):
    """An output could not be produced."""

    exit_code = 4


def warn(origin: str, message: str) -> None:
    """Log a warning about one skipped or repaired item, prefixed by where it came from."""
    log.warning("%s: %s", origin, message)


class OutputError(BriefsError):
    """The output folder cannot be written: read-only, full, or not ours."""

    exit_code = 8


def warn_always(origin: str, message: str) -> None:
    """A warning that ``--quiet`` does not silence: one a cron user must see (a day judged by a guess)."""
    log.warning("%s: %s", origin, message, extra={"always": True})
