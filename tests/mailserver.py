"""Real SMTP servers on 127.0.0.1 for the delivery tests (aiosmtpd), and the environment that points
`briefs send` at them."""
from __future__ import annotations

import socket
from contextlib import contextmanager
from pathlib import Path

from aiosmtpd.controller import Controller


def free_port() -> int:
    """A port nothing listens on (yet)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """An aiosmtpd handler that keeps what it receives; it may answer 451 to the first ``refuse``
    messages, and 550 to the recipients in ``refuse_rcpt``."""

    def __init__(self, refuse: int = 0, refuse_rcpt: tuple[str, ...] = ()):
        self.refuse = refuse
        self.refuse_rcpt = refuse_rcpt
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse_rcpt:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            self.refuse -= 1
            return "451 4.3.0 Try again later"
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


@contextmanager
def serving(inbox: Inbox, **options):
    """An SMTP server for ``inbox`` on a free loopback port, stopped afterwards; yields the port."""
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def smtp_env(port: int, out: Path, **extra) -> dict:
    """BRIEFS_* variables that send OUT's briefs through the server on ``port``."""
    env = {"BRIEFS_SMTP_HOST": "127.0.0.1", "BRIEFS_SMTP_PORT": str(port), "BRIEFS_SMTP_SECURITY": "none",
           "BRIEFS_SMTP_BACKOFF": "0.05", "BRIEFS_OUT": str(out), "BRIEFS_EMAIL_FROM": "briefs@test.example"}
    env.update(extra)
    return env
