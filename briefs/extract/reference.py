"""Reference data from ``sources/``: securities, sectors, themes, market rules.

The files are plain CSV/TOML a user edits; nothing here hard-codes an instrument.
An alias shared by two instruments (one company listed in two markets, two funds
with the same short name) is *ambiguous*: it resolves to nothing unless a code in
the text settles it, because a guessed code is worse than none. A name that funds
outside the reference carry too (``shared_names.csv``: 芯片ETF is the short name of
nine funds) is *shared*: it names no row at all, and only a code beside it decides.
"""
from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from briefs.resources import data_dir


@dataclass(frozen=True)
class Instrument:
    """One security, index or fund of the reference."""

    code: str
    market: str
    kind: str
    board: str
    sector: str
    name_en: str
    name_zh: str


@dataclass(frozen=True)
class Category:
    """A sector or a theme of the taxonomy, with the words that signal it."""

    id: str
    name_en: str
    name_zh: str
    keywords: tuple[str, ...]


def _fold(name: str) -> str:
    """Case- and space-insensitive key for alias lookup."""
    return re.sub(r"\s+", " ", name.strip()).casefold()


@dataclass(eq=False)  # compared and hashed by identity: one per process, used as a cache key
class Reference:
    """Everything the extractor resolves names against."""

    instruments: dict[str, Instrument]
    by_alias: dict[str, tuple[str, ...]]  # folded alias -> codes (more than one = ambiguous)
    by_short_code: dict[str, tuple[str, ...]]  # "688256" / "00700" / "NVDA" -> full codes
    sectors: dict[str, Category]
    themes: dict[str, Category]
    limits: dict[str, float]
    currencies: dict[str, str]  # market -> currency its amounts are in when the text names none
    closes: dict[str, tuple[str, str]] = field(default_factory=dict)  # market -> (timezone, "HH:MM" close)
    opens: dict[str, str] = field(default_factory=dict)  # market -> "HH:MM" when its trading day begins
    index_opens: dict[str, str] = field(default_factory=dict)  # market -> "HH:MM" its indices start, when later
    spellings: tuple[str, ...] = ()  # every alias as written, for building the matcher
    listings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # code -> the company's other listings
    market_turnover_floor: dict[str, float] = field(default_factory=dict)  # market -> smallest whole-market turnover
    shared: frozenset[str] = frozenset()  # folded names several funds carry, some of them not in the reference

    def listing_in(self, code: str, market: str) -> Instrument | None:
        """The same company's listing in ``market`` (BYD's Shenzhen stock for its Hong Kong one), when
        the reference has exactly one; the instrument itself when it trades there."""
        if self.instruments[code].market == market:
            return self.instruments[code]
        there = [c for c in self.listings.get(code, ()) if self.instruments[c].market == market]
        return self.instruments[there[0]] if len(there) == 1 else None

    def resolve_alias(self, name: str) -> Instrument | None:
        """The instrument an alias names, or None when unknown or ambiguous."""
        codes = self.codes_for(name)
        return self.instruments[codes[0]] if len(codes) == 1 else None

    def is_shared(self, name: str) -> bool:
        """True for a short name funds outside the reference carry too (``shared_names.csv``)."""
        return _fold(name) in self.shared

    def codes_for(self, name: str) -> tuple[str, ...]:
        """Every code an alias may mean (several when it is ambiguous; none when funds the reference
        lacks share it, as no choice among the rows could be right)."""
        return () if self.is_shared(name) else self.by_alias.get(_fold(name), ())

    def resolve_code(self, code: str, name: str = "") -> Instrument | None:
        """The instrument of a code as written ("688256", "688256.SH", "00981", "NVDA").

        A short code listed on two exchanges is settled by the name beside it when
        that name belongs to exactly one of them.
        """
        code = normal_code(code)
        if code in self.instruments:
            return self.instruments[code]
        short, _, suffix = code.partition(".")
        codes = self.by_short_code.get(short, ())
        if suffix:  # "000001.SZ" is Ping An Bank, never the Shanghai index 000001.SH the reference may list alone
            exchange = _SUFFIX_EXCHANGE.get(suffix, suffix)
            codes = [c for c in codes if c.rpartition(".")[2] == exchange]
        elif name and len(codes) == 1 and self.instruments[codes[0]].kind == "index" and \
                codes[0] not in self.by_alias.get(_fold(name), ()) and not _INDEX_NAME.search(name):
            return None  # "平安银行（000001）": a six-digit code beside a company's name is no index's
        if len(codes) == 1:
            return self.instruments[codes[0]]
        if name and codes:
            named = set(self.by_alias.get(_fold(name), ())) & set(codes)
            if len(named) == 1:
                return self.instruments[named.pop()]
        return None



_INDEX_NAME = re.compile(r"指数|指$|综指|成指|\b(?:Index|index|Composite|Component)\b")
# the exchange suffixes outlets write and the reference's own: Reuters' Nasdaq and NYSE, Yahoo's Shanghai, Tokyo, Seoul
_SUFFIX_EXCHANGE = {"O": "US", "N": "US", "OQ": "US", "SS": "SH", "T": "JP", "KS": "KR", "KQ": "KR"}


def normal_code(code: str) -> str:
    """A code as the reference writes it: "1211.HK" and "700.HK" are 01211.HK and 00700.HK (five digits),
    and a bare four- or five-digit code ("紫金礦業（02899）", "CK Asset (1113)") is a Hong Kong one by its form
    (mainland codes have six digits; Tokyo's and Taipei's come with their suffix)."""
    code = code.strip().upper()
    if code.endswith(".HK") and code[:-3].isdigit():
        return code[:-3].zfill(5) + ".HK"
    if len(code) in (4, 5) and code.isdigit():  # Hong Kong papers print four digits: "Sun Hung Kai (0016)"
        return code.zfill(5) + ".HK"
    if len(code) == 6 and code.isdigit():  # the exchange a code's form says; 000xxx is an index in Shanghai too
        exchange = next((suffix for prefixes, suffix in _EXCHANGE_BY_PREFIX if code.startswith(prefixes)), "")
        return f"{code}.{exchange}" if exchange else code
    return code


# six-digit codes whose exchange their form says (a Shenzhen share 000001 and the Shanghai index 000001 share one)
_EXCHANGE_BY_PREFIX = [(("60", "68", "51", "56", "58", "50"), "SH"), (("001", "002", "003", "30", "15", "16", "399"), "SZ"),
                       (("8", "4", "92"), "BJ")]


def _read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a reference table; a row with more fields than the header (an unquoted comma) is an error that
    names the file and line, since the fields after the comma would slide into the wrong columns."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = []
        for row in reader:
            if None in row:
                raise ValueError(f"{path}:{reader.line_num}: {len(reader.fieldnames or []) + len(row[None])} fields "
                                 f"where the header has {len(reader.fieldnames or [])}; quote a field holding a comma")
            rows.append({k: (v or "").strip() for k, v in row.items()})
        return rows


def _categories(path: Path, key: str) -> dict[str, Category]:
    out = {}
    for row in _read_csv(path):
        words = tuple(w.strip() for w in row["keywords"].split("|") if w.strip())
        out[row[key]] = Category(row[key], row["name_en"], row["name_zh"], words)
    return out


@cache
def load_reference(folder: Path | None = None) -> Reference:
    """Read the reference files once per process (``sources/`` unless a folder is given)."""
    folder = folder or data_dir("sources")
    instruments: dict[str, Instrument] = {}
    alias_codes: dict[str, list[str]] = {}
    spellings: list[str] = []
    short: dict[str, list[str]] = {}
    securities = _read_csv(folder / "securities.csv")
    for row in securities:
        inst = Instrument(
            code=row["code"], market=row["market"], kind=row["kind"], board=row["board"],
            sector=row["sector"], name_en=row["name_en"], name_zh=row["name_zh"],
        )
        instruments[inst.code] = inst
        names = [inst.name_en, inst.name_zh, *row["aliases"].split("|")]
        if inst.kind == "etf" and inst.market == "us" and len(inst.code.split(".")[0]) >= 3:
            names.append(inst.code.split(".")[0])  # US funds go by their tickers: "SPY fell 0.8%", "XLK led"
        for name in {n.strip() for n in names if n.strip()}:
            codes = alias_codes.setdefault(_fold(name), [])
            if inst.code not in codes:
                codes.append(inst.code)
            spellings.append(name)
        short.setdefault(inst.code.split(".")[0], []).append(inst.code)
    # sectors are named as things that move ("chip stocks fell 2%", "半导体板块涨3%")
    for row in _read_csv(folder / "sectors.csv"):
        inst = Instrument(code=f"SECTOR.{row['sector']}", market="", kind="sector", board="", sector=row["sector"],
                          name_en=row["name_en"], name_zh=row["name_zh"])
        instruments[inst.code] = inst
        for name in {n.strip() for n in row.get("names", "").split("|") if n.strip()}:
            alias_codes.setdefault(_fold(name), []).append(inst.code)
            spellings.append(name)
    # one company listed in two markets shares a name ("BYD Company": 002594.SZ and 01211.HK)
    listings: dict[str, set[str]] = {}
    for codes in alias_codes.values():
        stocks = [c for c in codes if instruments[c].kind == "stock"]
        if len({instruments[c].market for c in stocks}) > 1:
            for code in stocks:
                listings.setdefault(code, set()).update(c for c in stocks if c != code)
    shared_path = folder / "shared_names.csv"
    shared = {_fold(row["name"]) for row in _read_csv(shared_path)} if shared_path.exists() else set()
    # a fund whose short name is shared: its English names translate that short name ("Sci-Tech Chip ETF" is any
    # 科创芯片ETF), unless they name the manager ("Robot ETF (Guotai)")
    for row in securities:
        if row["kind"] == "etf" and _fold(row["name_zh"]) in shared:
            shared.update(_fold(name) for name in [row["name_en"], *row["aliases"].split("|")]
                          if name.strip() and name.isascii() and "(" not in name)
    with (folder / "markets.toml").open("rb") as handle:
        markets = tomllib.load(handle)
    return Reference(
        instruments=instruments,
        by_alias={k: tuple(v) for k, v in alias_codes.items()},
        by_short_code={k: tuple(v) for k, v in short.items()},
        sectors=_categories(folder / "sectors.csv", "sector"),
        themes=_categories(folder / "themes.csv", "theme"),
        limits={k: float(v) for k, v in markets.get("limits", {}).items()},
        currencies={k: v["currency"] for k, v in markets.get("markets", {}).items() if "currency" in v},
        closes={k: (v["timezone"], v["close"]) for k, v in markets.get("markets", {}).items() if "close" in v},
        opens={k: v["open"] for k, v in markets.get("markets", {}).items() if "open" in v},
        index_opens={k: v["index_open"] for k, v in markets.get("markets", {}).items() if "index_open" in v},
        spellings=tuple(dict.fromkeys(spellings)),
        listings={code: tuple(sorted(others)) for code, others in listings.items()},
        market_turnover_floor={k: float(v["min_market_turnover"]) for k, v in markets.get("markets", {}).items()
                               if "min_market_turnover" in v},
        shared=frozenset(shared),
    )
