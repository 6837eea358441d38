"""Stage 6, publish by mail: send a built ``brief.eml`` over SMTP, keeping it in an outbox until accepted.

The message is copied into ``OUT/outbox/`` first and removed only when the server has
accepted it, so a failed or interrupted send leaves it there for the next run.
Temporary failures (a 4xx reply, a dropped or refused connection, a timeout) are
retried with exponential backoff; a permanent refusal (5xx) is not.
"""
from __future__ import annotations

import logging
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from briefs.config import Config
from briefs.errors import BriefsError, InputError

log = logging.getLogger("briefs")


class DeliveryError(BriefsError):
    """The server did not accept the message; it stays in the outbox."""

    exit_code = 5


@dataclass
class Sent:
    """What a send did: the recipients, the attempts it took, the outbox copy it removed."""

    recipients: list[str]
    attempts: int
    outbox_copy: Path


def _is_temporary(exc: BaseException) -> bool:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return False  # a certificate that does not verify will not verify on the next try
    if isinstance(exc, smtplib.SMTPResponseException):
        return 400 <= exc.smtp_code < 500
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _ in exc.recipients.values())
    return isinstance(exc, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, ConnectionError,
                            socket.timeout, TimeoutError, OSError))


def _port(config: Config) -> int:
    if config.smtp_port:
        return config.smtp_port
    return {"ssl": 465, "starttls": 587}.get(config.smtp_security, 25)


def _send_once(config: Config, message: EmailMessage, recipients: list[str]) -> None:
    port = _port(config)
    if config.smtp_security == "ssl":
        client = smtplib.SMTP_SSL(config.smtp_host, port, timeout=config.smtp_timeout,
                                  context=ssl.create_default_context())
    else:
        client = smtplib.SMTP(config.smtp_host, port, timeout=config.smtp_timeout)
    with client:
        if config.smtp_security == "starttls":
            client.starttls(context=ssl.create_default_context())
        if config.smtp_user:
            client.login(config.smtp_user, config.smtp_password)
        client.send_message(message, from_addr=config.email_from, to_addrs=recipients)


def read_message(path: Path) -> EmailMessage:
    """A built ``brief.eml``."""
    if not path.is_file():
        raise InputError(f"no built message at {path}; run `briefs build` for that day first")
    return BytesParser(policy=policy.SMTP).parsebytes(path.read_bytes())


def set_recipients(message: EmailMessage, recipients: list[str]) -> None:
    """Replace the To header; an address with a line break in it is refused."""
    for address in recipients:
        if any(c in address for c in "\r\n") or "@" not in address:
            raise DeliveryError(f"refusing recipient {address!r}: not a single email address")
    del message["To"]
    message["To"] = ", ".join(recipients)


def send(config: Config, eml: Path, recipients: list[str] | None = None,
         sleep: Callable[[float], None] = time.sleep) -> Sent:
    """Send ``eml`` to ``recipients`` (default: its To header), retrying temporary failures."""
    message = read_message(eml)
    if recipients:
        set_recipients(message, recipients)
    to = [a.strip() for a in (message.get("To") or "").split(",") if "@" in a]
    if not to:
        raise DeliveryError("the message has no recipient; give --to or set email.to in the config")
    outbox = config.out / "outbox"
    outbox.mkdir(parents=True, exist_ok=True)
    copy = outbox / f"{eml.parent.name}-{eml.name}"
    copy.write_bytes(message.as_bytes())
    delay = config.smtp_backoff
    for attempt in range(1, config.smtp_retries + 2):
        try:
            _send_once(config, message, to)
        except Exception as exc:  # classified below: temporary ones are retried
            if not _is_temporary(exc) or attempt > config.smtp_retries:
                raise DeliveryError(f"sending {eml} to {', '.join(to)} failed after {attempt} attempt(s): "
                                    f"{exc}; the message stays in {copy}") from exc
            log.info("attempt %d failed (%s); retrying in %.1f s", attempt, exc, delay)
            sleep(delay)
            delay *= 2
            continue
        copy.unlink()
        return Sent(to, attempt, copy)
    raise AssertionError("unreachable")

