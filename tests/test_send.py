"""`briefs send` against real SMTP servers on 127.0.0.1 (aiosmtpd), started by the tests."""
from __future__ import annotations

import ssl
import subprocess
from email import message_from_bytes
from pathlib import Path

from click.testing import CliRunner

from briefs.cli import main
from tests.mailserver import Inbox, free_port, serving, smtp_env


env_for = smtp_env


def send_through(inbox: Inbox, out: Path, to: str = "desk@test.example", server_options: dict | None = None,
                 **env):
    """Run `briefs send` against a server started for it on 127.0.0.1, stopped afterwards."""
    with serving(inbox, **(server_options or {})) as port:
        return CliRunner().invoke(main, ["send", "--date", "2025-09-16", "--to", to], env=env_for(port, out, **env))


def test_send_delivers_the_built_message(built_day):
    inbox = Inbox()
    result = send_through(inbox, built_day)
    assert result.exit_code == 0, result.output
    (sender, rcpts, data), = inbox.messages
    assert (sender, rcpts) == ("briefs@test.example", ["desk@test.example"])
    message = message_from_bytes(data)
    assert "2025-09-16" in str(message["Subject"])
    assert message["To"] == "desk@test.example"
    assert not list((built_day / "outbox").glob("*.eml"))  # accepted: gone from the outbox


def test_temporary_failure_is_retried(built_day):
    inbox = Inbox(refuse=1)
    result = send_through(inbox, built_day)
    assert result.exit_code == 0, result.output
    assert "(2 attempt(s))" in result.output
    assert len(inbox.messages) == 1


def test_server_down_keeps_the_message_in_the_outbox(built_day):
    port = free_port()  # nothing listens there
    result = CliRunner().invoke(main, ["send", "--date", "2025-09-16", "--to", "desk@test.example"],
                                env=env_for(port, built_day, BRIEFS_SMTP_RETRIES="2"))
    assert result.exit_code == 5
    assert "failed after 3 attempt(s)" in result.output
    kept = list((built_day / "outbox").glob("*.eml"))
    assert len(kept) == 1 and b"2025-09-16" in kept[0].read_bytes()


def test_a_recipient_with_a_line_break_is_refused_not_sent(built_day):
    inbox = Inbox()
    result = send_through(inbox, built_day, to="desk@test.example\nBcc: x@y.z")
    assert result.exit_code == 5 and "refusing recipient" in result.output
    assert inbox.messages == []


def test_password_is_not_a_command_line_option():
    result = CliRunner().invoke(main, ["send", "--help"])
    assert "--password" not in result.output and "--user" not in result.output


def test_starttls_with_a_verified_certificate(built_day, tmp_path, monkeypatch):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the client trusts only this certificate
    inbox = Inbox()
    result = send_through(inbox, built_day, server_options={"tls_context": server_context, "require_starttls": True},
                          BRIEFS_SMTP_SECURITY="starttls")
    assert result.exit_code == 0, result.output
    assert len(inbox.messages) == 1
