"""Stage 6, publish by mail: send a built ``brief.eml`` over SMTP, keeping it in an outbox until accepted.

The message is copied into ``OUT/outbox/`` first, beside a small state file that records every
attempt and the recipients the server has accepted; the copy is removed only when every
recipient has been accepted, and the state file stays as the record that it went out: the
same message (same Message-ID) is never sent to the same recipient twice. The outbox is locked while a send runs, so two concurrent
``briefs send`` never deliver the same message twice.

Errors are classified. Temporary ones (a 4xx reply, a refused or dropped connection before
the message was handed over) are retried with exponential backoff, capped at
``smtp.backoff_max``. Permanent ones (a 5xx reply, no STARTTLS, a failed login, a
certificate that does not verify) are not. A recipient the server refuses is reported and the
message stays in the outbox for it. When the connection fails *after* the message data was
sent, the server may have accepted it: that send is uncertain, and is retried only when
``smtp.retry_uncertain`` says so (the Message-ID stays the same, so a server can de-duplicate).
Secrets are never echoed: the password is removed from every message this module writes.
"""
from __future__ import annotations

import base64
import fcntl
import json
import logging
import os
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path

from briefs.config import Config
from briefs.errors import BriefsError, InputError
from briefs.output import write_atomic

log = logging.getLogger("briefs")


class DeliveryError(BriefsError):
    """The server did not accept the message (or not for every recipient); it stays in the outbox."""

    exit_code = 5


@dataclass
class Sent:
    """What a send did: the recipients accepted, the attempts it took, the outbox copy it removed."""

    recipients: list[str]
    attempts: int
    outbox_copy: Path


class _Uncertain(Exception):
    """The connection failed after the message data was handed over: the server may have it."""


class _Permanent(Exception):
    """A failure no retry will cure."""


def _is_temporary(exc: BaseException) -> bool:
    if isinstance(exc, (_Permanent, _Uncertain, ssl.SSLError, smtplib.SMTPNotSupportedError,
                        smtplib.SMTPAuthenticationError, UnicodeError)):
        return False  # no STARTTLS, a bad login or a certificate stays so on the next try
    if isinstance(exc, smtplib.SMTPResponseException):
        return 400 <= exc.smtp_code < 500
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _ in exc.recipients.values())
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return True
    if isinstance(exc, smtplib.SMTPException):
        return False
    return isinstance(exc, (ConnectionError, socket.timeout, TimeoutError, OSError))


def _port(config: Config) -> int:
    if config.smtp_port:
        return config.smtp_port
    return {"ssl": 465, "starttls": 587}.get(config.smtp_security, 25)


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN in UTF-8 (smtplib's login encodes the password as ASCII and fails on "é")."""
    client.ehlo_or_helo_if_needed()
    token = base64.b64encode(f"\0{user}\0{password}".encode("utf-8")).decode("ascii")
    code, _ = client.docmd("AUTH", f"PLAIN {token}")
    if code == 235:
        return
    if code in (334,):  # the server wants the credentials after the command
        code, _ = client.docmd(token)
        if code == 235:
            return
    if 400 <= code < 500:
        raise smtplib.SMTPResponseException(code, b"authentication failed for now")
    raise smtplib.SMTPAuthenticationError(code, b"authentication failed")


def _send_once(config: Config, message: EmailMessage, recipients: list[str]) -> dict[str, tuple[int, bytes]]:
    """One connection: the recipients the server refused (the others were accepted)."""
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
            _login(client, config.smtp_user, config.smtp_password)
        client.ehlo_or_helo_if_needed()
        code, reply = client.mail(config.email_from)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, reply, config.email_from)
        refused: dict[str, tuple[int, bytes]] = {}
        for address in recipients:
            code, reply = client.rcpt(address)
            if code not in (250, 251):
                refused[address] = (code, reply)
        if len(refused) == len(recipients):
            client.rset()
            raise smtplib.SMTPRecipientsRefused(refused)
        payload = message.as_bytes(policy=policy.SMTP)
        try:
            code, reply = client.data(payload)
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            raise _Uncertain(str(exc)) from exc
        if code != 250:
            raise smtplib.SMTPDataError(code, reply)
        return refused


def read_message(path: Path) -> EmailMessage:
    """A built ``brief.eml``."""
    if not path.is_file():
        raise InputError(f"no built message at {path}; run `briefs build` for that day first")
    return BytesParser(policy=policy.SMTP).parsebytes(path.read_bytes())


def parse_recipients(values: list[str]) -> list[tuple[str, str]]:
    """(display name, address) pairs, read with the standard library's address parser:
    '"Desk, Markets" <desk@example.com>' is one recipient, not two."""
    pairs = []
    for value in values:
        if any(c in value for c in "\r\n"):
            raise DeliveryError(f"refusing recipient {value!r}: it holds a line break")
        found = getaddresses([value])
        if not found or any("@" not in address for _, address in found):
            raise DeliveryError(f"refusing recipient {value!r}: not an email address")
        pairs.extend(found)
    return pairs


def set_recipients(message: EmailMessage, recipients: list[str]) -> None:
    """Replace the To header; an address with a line break in it is refused."""
    pairs = parse_recipients(recipients)
    del message["To"]
    message["To"] = ", ".join(f'"{name}" <{address}>' if name else address for name, address in pairs)


@contextmanager
def _outbox_lock(outbox: Path):
    """One send at a time per outbox: a second ``briefs send`` waits for the first."""
    fd = os.open(outbox / ".lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _secret_free(text: str, config: Config) -> str:
    return text.replace(config.smtp_password, "***") if config.smtp_password else text


def send(config: Config, eml: Path, recipients: list[str] | None = None,
         sleep: Callable[[float], None] = time.sleep) -> Sent:
    """Send ``eml`` to ``recipients`` (default: its To header), retrying temporary failures."""
    message = read_message(eml)
    if recipients:
        set_recipients(message, recipients)
    to = [address for _, address in parse_recipients([message.get("To") or ""])] if message.get("To") else []
    if not to:
        raise DeliveryError("the message has no recipient; give --to or set email.to in the config")
    outbox = config.out / "outbox"
    outbox.mkdir(parents=True, exist_ok=True)
    copy = outbox / f"{eml.parent.name}-{eml.name}"
    state_path = copy.with_name(copy.name + ".json")
    with _outbox_lock(outbox):
        state = json.loads(state_path.read_text(encoding="utf-8")) if state_path.is_file() else {}
        if state.get("message_id") != str(message.get("Message-ID")):
            state = {"message_id": str(message.get("Message-ID")), "accepted": [], "attempts": []}
        if set(to) <= set(state["accepted"]):
            return Sent(to, 0, copy)  # delivered already (by another send, perhaps while this one waited)
        write_atomic(copy, message.as_bytes())
        pending = [address for address in to if address not in state["accepted"]]
        delay = config.smtp_backoff
        attempt = 0
        while True:
            attempt += 1
            outcome = "accepted"
            try:
                refused = _send_once(config, message, pending)
            except _Uncertain as exc:
                outcome = f"uncertain: {exc}"
                refused = None
                error: BaseException = exc
            except Exception as exc:  # classified below
                outcome = f"failed: {type(exc).__name__}"
                refused = None
                error = exc
            state["attempts"].append({"at": time.time(), "to": pending, "outcome": outcome})
            if refused is not None:
                state["accepted"].extend(a for a in pending if a not in refused)
                write_atomic(state_path, json.dumps(state))
                if refused:
                    detail = "; ".join(f"{a}: {code} {reply.decode(errors='replace')}" for a, (code, reply)
                                       in refused.items())
                    raise DeliveryError(f"the server refused {', '.join(refused)} ({detail}); sent to "
                                        f"{', '.join(state['accepted'])}; the message stays in {copy} for the "
                                        f"refused recipients")
                copy.unlink(missing_ok=True)  # the state file stays: the record that it went out
                return Sent(to, attempt, copy)
            write_atomic(state_path, json.dumps(state))
            uncertain = isinstance(error, _Uncertain)
            retry = (uncertain and config.smtp_retry_uncertain) or (not uncertain and _is_temporary(error))
            if not retry or attempt > config.smtp_retries:
                why = ("the connection failed after the message was handed over, so the server may have it; "
                       "set smtp.retry_uncertain to send again" if uncertain else str(error) or type(error).__name__)
                raise DeliveryError(_secret_free(f"sending {eml} to {', '.join(pending)} failed after {attempt} "
                                                 f"attempt(s): {why}; the message stays in {copy}", config)) from None
            log.info("%s", _secret_free(f"attempt {attempt} failed ({error}); retrying in {delay:.1f} s", config))
            sleep(delay)
            delay = min(delay * 2, config.smtp_backoff_max)
