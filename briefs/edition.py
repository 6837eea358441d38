"""The edition's language: its message catalog and how it writes dates, amounts, counts and names.

English is the default. A language is a gettext catalog under ``briefs/locale/<locale>/LC_MESSAGES``
(``briefs.po``, compiled to ``briefs.mo``); templates mark their strings with ``{% trans %}`` and
``_()``, Python code with ``_()``/``ngettext()`` on an ``Edition`` (and ``N_()`` for labels in
tables), and ``make messages`` extracts, merges and compiles them with Babel. Numbers and dates
are written by Babel for the edition's locale, except the Hong Kong edition's magnitude words
(萬/億/萬億), which Babel does not give for zh_Hant_HK and which this module keeps as a table.
"""
from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "briefs"
# config value -> Babel locale of the edition ("zh" is the simplified Chinese edition)
LANGUAGES = {"en": "en", "zh": "zh_Hans", "zh_Hans": "zh_Hans", "zh_Hant_HK": "zh_Hant_HK"}
# magnitude words of the Hong Kong edition: Babel's zh_Hant_HK writes "2.06T", its zh_Hant "2.06兆"
HK_MAGNITUDES = ((1e12, "萬億"), (1e8, "億"), (1e4, "萬"))
CURRENCY_WORDS = {"CNY": "元", "HKD": "港元", "USD": "美元", "KRW": "韩元", "JPY": "日元", "shares": "份"}
# market -> (timezone, its abbreviation in English); the Chinese name of the zone comes from the catalog
MARKET_ZONES = {"cn": ("Asia/Shanghai", "CST"), "hk": ("Asia/Hong_Kong", "HKT"), "us": ("America/New_York", "")}


def N_(message: str) -> str:
    """Marks a string for the catalog where it is defined; it is translated where it is shown."""
    return message


@cache
def _zhconv():
    import zhconv

    # by its full path: zhconv closes the file then (its default loader leaves it open)
    zhconv.loaddict(str(Path(zhconv.__file__).parent / "zhcdict.json"))
    return zhconv.convert


def traditional_script(text: str) -> str:
    """Simplified Chinese in traditional characters. Not converted to Hong Kong vocabulary: a name stays
    the name it is (科创芯片ETF is 科創芯片ETF, never 科創晶片ETF); the catalog has the local words."""
    return _zhconv()(text, "zh-hant") if text else text


def N_plural(singular: str, plural: str) -> tuple[str, str]:
    """Marks a singular and plural pair for the catalog; ``Edition.count`` chooses the form."""
    return singular, plural


# breadth counts, by the unit extraction gives them
COUNT_UNITS = {"stocks_up": N_plural("%(num)s stock up", "%(num)s stocks up"),
               "stocks_down": N_plural("%(num)s stock down", "%(num)s stocks down"),
               "stocks_limit_up": N_plural("%(num)s stock limit up", "%(num)s stocks limit up"),
               "stocks_limit_down": N_plural("%(num)s stock limit down", "%(num)s stocks limit down")}


def locale_of(language: str) -> str:
    """The Babel locale of a configured language ("zh" -> "zh_Hans"); unknown values are English."""
    return LANGUAGES.get(language, "en")


@cache
def translations(locale: str) -> gettext.NullTranslations:
    """The compiled catalog of a locale; English (and a locale without a catalog) translates nothing."""
    if locale == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[locale], fallback=False)


@dataclass(frozen=True)
class Edition:
    """One language of the brief: translation plus the locale's ways of writing figures."""

    locale: str = "en"
    number_style: str = ""  # "": the edition's own; "western" or "chinese" magnitude words
    _catalog: gettext.NullTranslations = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_catalog", translations(self.locale))

    @classmethod
    def of(cls, language: str, number_style: str = "") -> Edition:
        """The edition of a configured language ("en", "zh", "zh_Hans", "zh_Hant_HK")."""
        return cls(locale_of(language), number_style)

    @property
    def chinese(self) -> bool:
        return self.locale.startswith("zh")

    @property
    def traditional(self) -> bool:
        return self.locale.startswith("zh_Hant")

    @property
    def html_lang(self) -> str:
        """The BCP 47 tag of the edition, for ``<html lang>`` and the PDF's /Lang."""
        return self.locale.replace("_", "-")

    @property
    def text_language(self) -> str:
        """The language code ``records.detect_language`` gives text of this edition ("zh" or "en")."""
        return "zh" if self.chinese else "en"

    def gettext(self, message: str) -> str:
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self._catalog.ngettext(singular, plural, count)

    _ = gettext

    def label(self, table: dict[str, str], key: str) -> str:
        """A key's label from a table of ``N_``-marked labels, translated (the key itself when unknown)."""
        return self.gettext(table[key]) if key in table else key

    # -- names -------------------------------------------------------------------------------------

    def script(self, text: str) -> str:
        """Chinese text in the edition's script (the Hong Kong edition writes traditional characters)."""
        return traditional_script(text) if self.traditional else text

    def name(self, entry: dict) -> str:
        """An instrument's, sector's or theme's name in the edition's language: the reference's
        Chinese name in a Chinese edition, else the subject as the article wrote it."""
        if self.chinese:
            return self.script(entry.get("name_zh") or entry.get("subject") or entry.get("name", ""))
        return entry.get("name", "") or entry.get("subject", "")

    def paren(self, text: str) -> str:
        """A remark in brackets: "(intraday)", "（盘中）"."""
        return f"（{text}）" if self.chinese else f"({text})"

    def unit(self, unit: str) -> str:
        """A price's unit after its figure: " USD", "美元"."""
        if not unit:
            return ""
        return self.script(CURRENCY_WORDS.get(unit, unit)) if self.chinese else f" {unit}"

    # -- numbers and dates -------------------------------------------------------------------------

    def number(self, value: float) -> str:
        """A level or price: grouped, two decimals unless whole (3,861.87; 3,600)."""
        from babel.numbers import format_decimal

        pattern = "#,##0" if float(value).is_integer() and abs(value) >= 1000 else "#,##0.00"
        return format_decimal(value, pattern, locale=self.locale)

    def integer(self, value: int) -> str:
        """A count: "3,600" in English, "3600" in Chinese (as Chinese financial copy writes it)."""
        from babel.numbers import format_decimal

        return format_decimal(value, "0" if self.chinese else "#,##0", locale=self.locale)

    def count(self, value: int, singular: str, plural: str) -> str:
        """A count with its noun in the right plural form: "1 article", "26 articles", "26篇文章"."""
        return self.ngettext(singular, plural, value) % {"num": self.integer(value)}

    def _magnitude_locale(self) -> str:
        style = self.number_style or ("chinese" if self.chinese else "western")
        if style == "western":
            return "en"
        return self.locale if self.chinese else "zh_Hans"

    def quantity(self, value: float, unit: str) -> str:
        """Any figure with its unit: a percentage, a breadth count ("3,600 stocks up", "上涨3600家") or an
        amount ("2.34 trillion CNY")."""
        if unit == "%":
            return f"{value:.2f}%"
        if unit in COUNT_UNITS:
            return self.count(int(value), *COUNT_UNITS[unit])
        return self.amount(value, unit)

    def amount(self, value: float, unit: str) -> str:
        """A money or share amount with magnitude words: "2.06 trillion CNY", "2.06万亿元", "1830億港元"."""
        from babel.numbers import format_compact_decimal

        where = self._magnitude_locale()
        if where == "en":
            if abs(value) < 1e6:
                return f"{self.number(value)} {unit}".rstrip()
            words = format_compact_decimal(value, format_type="long", locale="en", fraction_digits=2)
            return f"{words} {unit}".rstrip()
        word = CURRENCY_WORDS.get(unit, unit)
        if where == "zh_Hant_HK":
            for threshold, magnitude in HK_MAGNITUDES:
                if abs(value) >= threshold:
                    figure = f"{value / threshold:.2f}".rstrip("0").rstrip(".")
                    return f"{figure}{magnitude}{word}"
            return f"{self.number(value)}{word}"
        if abs(value) < 1e4:
            return f"{self.number(value)}{word}"
        return format_compact_decimal(value, format_type="short", locale=where, fraction_digits=2) + word

    def date(self, day: date | str) -> str:
        """The day as the locale writes it in full: "Tuesday, September 16, 2025", "2025年9月16日星期二"."""
        from babel.dates import format_date

        day = date.fromisoformat(day) if isinstance(day, str) else day
        return format_date(day, "full", locale=self.locale)

    def short_date(self, day: date | str) -> str:
        """A day in a list: "Sep 16, 2025", "2025年9月16日"."""
        from babel.dates import format_date

        day = date.fromisoformat(day) if isinstance(day, str) else day
        return format_date(day, "medium" if not self.chinese else "long", locale=self.locale)

    def month(self, month: str) -> str:
        """A "YYYY-MM" month as a heading: "September 2025", "2025年9月"."""
        from babel.dates import format_skeleton

        year, number = (int(part) for part in month.split("-"))
        return format_skeleton("yMMMM", date(year, number, 1), locale=self.locale)

    def built(self, iso: str, market: str) -> str:
        """The build time in the market's timezone, as a reader says it: "16 Sep 2025 18:31 CST",
        "2025年9月16日 18:31（北京时间）"."""
        from zoneinfo import ZoneInfo

        from babel.dates import format_datetime

        zone, label = MARKET_ZONES.get(market, ("UTC", "UTC"))
        local = datetime.fromisoformat(iso).astimezone(ZoneInfo(zone))
        written = format_datetime(local, self._("d MMM y HH:mm"), locale=self.locale)
        zone_names = {"cn": N_("CST"), "hk": N_("HKT"), "us": N_("US Eastern")}
        # English names the US zone by its season (EDT, EST); Chinese by the region (美东时间)
        zone_name = local.tzname() if market == "us" and not self.chinese else \
            self._(zone_names[market]) if market in zone_names else label
        return self._("%(time)s %(zone)s") % {"time": written, "zone": zone_name}
