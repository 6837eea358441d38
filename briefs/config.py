"""Typed configuration: ``briefs.toml``, then ``BRIEFS_*`` environment variables, then flags.

Each source overrides the one before, key by key. Every value is checked, and
all problems are reported together, each with the key that is wrong.
"""
from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from briefs.edition import LANGUAGES
from briefs.errors import ConfigError

FORMATS = ("html", "pdf", "eml", "json")
MARKETS = ("cn", "hk", "us")
MARKET_TIMEZONES = {"cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong", "us": "America/New_York"}
CONFIG_FILE = "briefs.toml"


@dataclass(frozen=True)
class Config:
    """Everything a build reads from configuration."""

    inputs: tuple[str, ...] = ()
    out: Path = Path("out")
    formats: tuple[str, ...] = FORMATS
    market: str = "cn"
    timezone: str = ""  # empty: the market's own
    title: str = ""  # empty: the edition's own ("Market Brief", "市场简报")
    language: str = "en"  # "en", "zh" (simplified, = "zh_Hans") or "zh_Hant_HK"
    strict: bool = False
    templates: Path | None = None
    colours: str | None = None  # "red_up" or "green_up"; default from the market
    email_from: str = "briefs@localhost"
    email_to: tuple[str, ...] = ()
    email_attach_pdf: bool = True
    email_unsubscribe: str = ""  # a mailto: or https: address for the List-Unsubscribe header; empty: none
    desk_name: str = ""  # who sends the brief, shown under the title and in the email's footer
    desk_contact: str = ""  # how to reach the desk (an address or a phone number)
    disclaimer: str = ""  # one line at the foot of the front page and the email
    history: str = ""  # SQLite history store; empty: OUT/history.sqlite; "off": none
    pdf_variant: str = ""  # "", "pdf/a-3b" (archival) or "pdf/ua-1" (tagged, accessible)
    number_style: str = ""  # "": the language's own; "western": 2.06 trillion; "chinese": 2.06万亿
    undated: str = "skip"  # articles with no time: "skip" (warned about), or "include" them in every day
    smtp_host: str = "localhost"
    smtp_port: int = 0  # 0: 465 with ssl, else 587 with starttls, else 25
    smtp_security: str = "starttls"  # "starttls", "ssl" or "none"
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_timeout: float = 30.0
    smtp_retries: int = 3
    smtp_backoff: float = 2.0  # seconds before the first retry, doubled after each
    smtp_backoff_max: float = 60.0  # the longest wait between two attempts
    smtp_retry_uncertain: bool = False  # send again when the server may already have the message
    quiet: bool = False  # print nothing on success (for cron)
    render_worker: bool = True  # draw charts and the PDF in a second process, warmed up meanwhile
    lock_wait: float = 600.0  # seconds a run waits for another run of the same output folder
    site_url: str = ""  # prefix for the feed's and sitemap's links; empty keeps them relative
    dedupe_threshold: float = 0.6  # estimated Jaccard similarity above which two articles are one story
    max_file_mb: float = 16.0

    @property
    def history_path(self) -> Path | None:
        """Where the history store lives, or None when it is off."""
        if self.history.lower() in ("off", "none", "false"):
            return None
        return Path(self.history).expanduser() if self.history else self.out / "history.sqlite"

    @property
    def tz(self) -> ZoneInfo:
        """The timezone for times given without an offset, and for "today"."""
        return ZoneInfo(self.timezone or MARKET_TIMEZONES[self.market])


def _as_list(value: object, sep: str) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(sep) if v.strip()]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ValueError("must be a list of strings")


def _as_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
        return value.strip().lower() in ("1", "true", "yes", "on")
    raise ValueError("must be true or false")


def _as_str(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty string")
    return value.strip()


def _choice(options: tuple[str, ...]) -> Callable[[object], str]:
    def check(value: object) -> str:
        text = _as_str(value)
        if text not in options:
            raise ValueError(f"must be one of {', '.join(options)} (got {text!r})")
        return text
    return check


def _formats(value: object) -> tuple[str, ...]:
    items = _as_list(value, ",")
    wrong = [f for f in items if f not in FORMATS]
    if wrong or not items:
        raise ValueError(f"must be a list of {', '.join(FORMATS)} (got {', '.join(wrong) or 'nothing'})")
    return tuple(dict.fromkeys(items))


def _timezone(value: object) -> str:
    text = _as_str(value)
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown timezone {text!r}") from None
    return text


def _fraction(value: object) -> float:
    number = _number(value)
    if not 0.0 < number <= 1.0:
        raise ValueError(f"must be a number above 0 and at most 1 (got {number})")
    return number


def _positive(value: object) -> float:
    number = _number(value)
    if number <= 0:
        raise ValueError(f"must be a positive number (got {number})")
    return number


def _number(value: object) -> float:
    if isinstance(value, bool):
        raise ValueError("must be a number")
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"must be a number (got {value!r})") from None
    if not math.isfinite(number):  # nan compares false with every bound: "lock_wait = nan" waited forever
        raise ValueError(f"must be a finite number (got {value!r})")
    return number


def _whole(value: object, low: int, high: int) -> int:
    number = _number(value)
    if not number.is_integer() or not low <= number <= high:
        raise ValueError(f"must be a whole number from {low} to {high} (got {value!r})")
    return int(number)


# C0 and C1 controls, DEL, and Unicode's line and paragraph separators: none may stand in a header,
# a feed or a page title (U+2028 broke the email step, U+0001 made feed.xml invalid XML)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _header_value(value: object) -> str:
    text = _as_str(value)
    if any(c in text for c in "\r\n"):
        raise ValueError("must not contain a line break")
    if _CONTROL.search(text):
        raise ValueError(f"must not contain control characters (found U+{ord(_CONTROL.search(text).group(0)):04X})")
    return text


def _folder(value: object) -> Path:
    path = Path(_as_str(value)).expanduser()
    if not path.is_dir():
        raise ValueError(f"no such folder: {path}")
    return path


def _address(value: object) -> str:
    text = _as_str(value)
    if "@" not in text or _CONTROL.search(text):
        raise ValueError(f"not an email address: {text!r}")
    return text


def _addresses(value: object) -> tuple[str, ...]:
    """Recipients as written, each one address: a string is read with the standard library's address
    parser, so '"Desk, Markets" <desk@example.com>' stays one recipient."""
    from email.utils import formataddr, getaddresses

    items = [value] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)) or not items:
        raise ValueError("must be an address or a list of addresses")
    found = []
    for item in items:
        text = _as_str(item)
        if _CONTROL.search(text):
            raise ValueError(f"not an email address: {text!r}")
        pairs = getaddresses([text])
        if not pairs or any("@" not in address for _, address in pairs):
            raise ValueError(f"not an email address: {text!r}")
        found.extend(formataddr(pair) for pair in pairs)
    return tuple(found)


def _unsubscribe(value: object) -> str:
    """A List-Unsubscribe target: a mailto: address or an http(s) url (an address alone becomes mailto:)."""
    text = _header_value(value).strip()
    if not text:
        return ""
    if "@" in text and ":" not in text:
        text = "mailto:" + text
    if not re.match(r"^(mailto:[^@\s]+@[^@\s]+|https?://\S+)$", text):
        raise ValueError(f"must be an email address, a mailto: or an http(s) url (got {text!r})")
    return text


# key -> (Config field, parser); keys are as written in briefs.toml ([email] table flattened)
KEYS: dict[str, tuple[str, Callable[[object], object]]] = {
    "inputs": ("inputs", lambda v: tuple(_as_list(v, os.pathsep))),
    "out": ("out", lambda v: Path(_as_str(v)).expanduser()),
    "formats": ("formats", _formats),
    "market": ("market", _choice(MARKETS)),
    "timezone": ("timezone", _timezone),
    "title": ("title", _header_value),
    "language": ("language", _choice(tuple(LANGUAGES))),
    "strict": ("strict", _as_bool),
    "templates": ("templates", _folder),
    "colours": ("colours", _choice(("red_up", "green_up"))),
    "email.from": ("email_from", _address),
    "email.to": ("email_to", lambda v: _addresses(v)),
    "email.attach_pdf": ("email_attach_pdf", _as_bool),
    "email.unsubscribe": ("email_unsubscribe", lambda v: _unsubscribe(v)),
    "desk.name": ("desk_name", _header_value),
    "desk.contact": ("desk_contact", _header_value),
    "disclaimer": ("disclaimer", _header_value),
    "history": ("history", lambda v: v.strip() if isinstance(v, str) else _as_str(v)),
    "pdf_variant": ("pdf_variant", lambda v: "" if v == "" else _choice(("pdf/a-3b", "pdf/ua-1"))(v)),
    "number_style": ("number_style", _choice(("", "western", "chinese"))),
    "undated": ("undated", _choice(("skip", "include"))),
    "smtp.host": ("smtp_host", _header_value),
    "smtp.port": ("smtp_port", lambda v: int(_whole(v, 0, 65535))),
    "smtp.security": ("smtp_security", _choice(("starttls", "ssl", "none"))),
    "smtp.user": ("smtp_user", _header_value),
    "smtp.password": ("smtp_password", _as_str),
    "smtp.timeout": ("smtp_timeout", _positive),
    "smtp.retries": ("smtp_retries", lambda v: int(_whole(v, 0, 20))),
    "smtp.backoff": ("smtp_backoff", lambda v: _number(v) if _number(v) >= 0 else _positive(v)),
    "smtp.backoff_max": ("smtp_backoff_max", _positive),
    "smtp.retry_uncertain": ("smtp_retry_uncertain", _as_bool),
    "quiet": ("quiet", _as_bool),
    "render_worker": ("render_worker", _as_bool),
    "lock_wait": ("lock_wait", lambda v: _number(v) if _number(v) >= 0 else _positive(v)),
    "site_url": ("site_url", lambda v: _header_value(v).rstrip("/") + "/"),
    "dedupe_threshold": ("dedupe_threshold", _fraction),
    "max_file_mb": ("max_file_mb", _positive),
}


def _flatten(table: Mapping, prefix: str = "") -> dict[str, object]:
    flat: dict[str, object] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def _env_name(key: str) -> str:
    return "BRIEFS_" + key.replace(".", "_").upper()


def load_config(path: Path | None = None, env: Mapping[str, str] | None = None,
                flags: Mapping[str, object] | None = None) -> Config:
    """Read, merge and check the configuration; raise ``ConfigError`` listing every problem.

    ``path`` is the file given by ``--config``; without it ``./briefs.toml`` is read when
    present. ``flags`` holds only the options given on the command line.
    """
    env = os.environ if env is None else env
    errors: list[str] = []
    raw: dict[str, tuple[object, str]] = {}  # key -> (value, where it came from)
    file = path if path is not None else (Path(CONFIG_FILE) if Path(CONFIG_FILE).is_file() else None)
    if file is not None:
        try:
            with open(file, "rb") as handle:
                table = tomllib.load(handle)
        except OSError as exc:
            raise ConfigError(f"cannot read config file {file}: {exc.strerror}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {file} is not valid TOML: {exc}") from None
        for key, value in _flatten(table).items():
            if key not in KEYS:
                errors.append(f"{key}: unknown key (in {file})")
            else:
                raw[key] = (value, str(file))
    for key in KEYS:
        if _env_name(key) in env:
            raw[key] = (env[_env_name(key)], _env_name(key))
    for key, value in (flags or {}).items():
        raw[key] = (value, "command line")
    values: dict[str, object] = {}
    for key, (value, origin) in raw.items():
        name, parse = KEYS[key]
        try:
            values[name] = parse(value)
        except ValueError as exc:
            errors.append(f"{key}: {exc} (from {origin})")
    if errors:
        raise ConfigError("invalid configuration:\n  " + "\n  ".join(errors))
    return Config(**values)
