"""Sentences: the unit every fact is read from and cited by."""
from __future__ import annotations

import re
from datetime import date

from briefs.load.dates import MONTHS
from briefs.records import Article

_CITATION = re.compile(r"\s*(?:\[\d+\])+")
# " - " separates the items of the structured summaries feeds produce
_BULLET = re.compile(r"\s+-\s+(?=\S)")
# where a sentence ends: its mark stays with it, a closing quote and the space after it go
_EN_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z0-9\"“(\u4e00-\u9fff])")
_HAS_WORD = re.compile(r"[^\W_]")
_DASH_OPENING = re.compile(r"^(?:-|\*{1,3}|•|●|▪)\s+")  # a list item's dash, a wire's "** ", a bullet
# (a semicolon inside brackets parts no sentence: "SMIC (0981.HK; -2.1%) lagged")
_ZH_END = re.compile(r"[。！？!?]|[；;](?![^()（）]{0,40}[)）])")


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, English and Chinese alike.

    A citation mark (``[1]``) ends a sentence: in structured summaries it closes each bullet,
    and what follows it may be a section label ("... [1] Industry Developments - ...").
    """
    sentences: list[str] = []
    for line in _table_rows((_CITATION.sub("\n", text) if "[" in text else text).split("\n")):
        if isinstance(line, LabelledRow):
            sentences.append(line)  # one row, one sentence, kept with what it quotes
            continue
        line = _DASH_OPENING.sub("", line.strip())
        if not line:
            continue
        for item in _BULLET.split(line) if " -" in line else (line,):
            for part in _rejoin_gapped(_cut_after(item, _ZH_END, 0)):
                # a fragment with no word in it (the "." after "[1].") is no sentence
                sentences.extend(_rejoin_abbreviations(s.strip() for s in _cut_after(part, _EN_END, 1)
                                                       if _HAS_WORD.search(s)))
    return sentences


# a gapped list item after a semicolon ("... rose 1.4%; financials, 0.8%; and ..."): the verb is the
# sentence's before it, so the item stays in that sentence
_GAPPED = re.compile(r"\s*(?:and\s+)?[A-Za-z][\w&.'\- ]{0,40},\s*[+\-]?\d[\d.]*\s*(?:%|percent\b|per cent\b)")


def _rejoin_gapped(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if out and out[-1].endswith(";") and _GAPPED.match(part):
            out[-1] += part
        else:
            out.append(part)
    return out


def _cut_after(text: str, end: re.Pattern, keep: int) -> list[str]:
    """``text`` cut where ``end`` matches, the first ``keep`` characters of each match (a sentence's mark)
    staying with the piece before it (or all of a match when ``keep`` is 0); a pattern that opens with
    the mark is found by scanning for the mark, much faster than a lookbehind tried at every position."""
    pieces, start = [], 0
    for m in end.finditer(text):
        cut = m.start() + keep if keep else m.end()
        pieces.append(text[start:cut])
        start = m.end()
    pieces.append(text[start:])
    return pieces


# a full stop that ends an abbreviation ends no sentence: "Diamondback Energy, Inc. (Symbol: FANG)"
_ABBREVIATION = re.compile(r"(?:\b(?:Inc|Corp|Co|Ltd|Cos|Bros|Mr|Ms|Mrs|Dr|St|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
                           r"Sept|Oct|Nov|Dec|approx|est)|\b[A-Z](?:\.[A-Z])+)\.$")

# "At 12:04 p.m. ET, the Dow ...": a clock time's zone after "p.m." continues the sentence
_TIME_ZONE = re.compile(r"(?:ET|EDT|EST|CT|PT|GMT|BST|CET|HKT|JST|UTC)\b|"  # ("as of 11:45 a.m. Eastern time, and ...")
                        r"(?:Eastern|Pacific|Central|Mountain|Hong Kong|Beijing|Tokyo|London|New York|local)\s+"
                        r"(?:(?:daylight|standard)\s+)?time\b", re.I)
_DECIMALS_OF_A_PERCENT = re.compile(r"\d+\s*(?:%|percent\b|per cent\b|pct\b)")


_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_DAY_OPENING = re.compile(r"\d{1,2}(?!\d)(?:,|\s|$)")


def _rejoin_abbreviations(parts) -> list[str]:
    out: list[str] = []
    for part in parts:
        # only the last word of the part before is looked at: most sentences end in no abbreviation
        if out and out[-1].endswith(".") and (_ABBREVIATION.search(out[-1][-14:]) and not part[:1].isdigit() or
                                               out[-1][-2:-1].isdigit() and _DECIMALS_OF_A_PERCENT.match(part) or
                                               out[-1].endswith(("a.m.", "p.m.")) and _TIME_ZONE.match(part) or
                                               # "the most since Nov. 4, with chipmakers ...": a month's day follows
                                               part[:1].isdigit() and _DAY_OPENING.match(part) and
                                               _MONTH_ABBREVIATION.search(out[-1][-6:])):
            out[-1] = f"{out[-1]} {part}"  # "Diamondback Energy, Inc. (Symbol: FANG)", "up 1. 42 percent" (copy's typo)
        else:
            out.append(part)
    return out


_VALUE_CELL = re.compile(r"^[+\-−]?\d+(?:\.\d+)?\s*%$")
_LABEL_CELL = re.compile(r"^[^\d]{1,60}$")


# a table's header: the columns that say what its figures are
_CHANGE_HEADER = re.compile(r"涨跌幅|涨跌|涨幅|漲跌幅|\bchange\b|\bchg\b|% ?chg|%", re.I)
_AMOUNT_HEADER = re.compile(r"成交额|成交金额|成交額|净流入|淨流入|资金净流入|净申购|\bturnover\b|\bnet (?:inflows?|flows?)\b", re.I)
_CODE_HEADER = re.compile(r"代码|代碼|\bcode\b|\bticker\b|\bsymbol\b", re.I)
_NAME_HEADER = re.compile(r"名称|名稱|简称|\bname\b|\bfund\b|\betf\b|\bindex\b|\bstock\b|\bsector\b|板块|行业", re.I)
_RULE_ROW = re.compile(r"^[\s|:\-]+$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _header(cells: list[str]) -> dict[str, int] | None:
    """Which column holds the name, the code, the change and the amounts, when ``cells`` are a table's header
    (labels only, one of them a change or an amount); None otherwise."""
    if len(cells) < 2 or any(re.search(r"\d", cell) for cell in cells) or \
            not any(_CHANGE_HEADER.search(c) or _AMOUNT_HEADER.search(c) for c in cells):
        return None
    columns: dict[str, int] = {}
    for i, cell in enumerate(cells):
        for kind, pattern in (("code", _CODE_HEADER), ("change", _CHANGE_HEADER), ("amount", _AMOUNT_HEADER),
                              ("name", _NAME_HEADER)):
            if kind not in columns and pattern.search(cell) and i not in columns.values():
                columns[kind] = i
    columns.setdefault("name", next((i for i in range(len(cells)) if i not in columns.values()), 0))
    return columns


class LabelledRow(str):
    """A table row told as a sentence for reading ("科创50ETF（588000）涨跌幅1.23%，成交额25.6亿元"); ``quote`` is the row as
    the page prints it ("科创50ETF 588000 1.23% 25.6亿元"), which is what a figure's footnote quotes."""

    quote: str = ""


def _labelled_row(cells: list[str], header: list[str], columns: dict[str, int]) -> LabelledRow:
    """"| 科创50ETF | 588000 | 1.23% | 25.6亿元 |" under "名称 代码 涨跌幅 成交额" as "科创50ETF（588000）涨跌幅1.23%，成交额25.6亿元":
    each figure with the words of its column, so that it reads as a sentence stating it."""
    zh = bool(_CJK.search(" ".join(cells + header)))
    name = cells[columns["name"]]
    code = cells[columns["code"]] if "code" in columns else ""
    text = name + ((f"（{code}）" if zh else f" ({code})") if code else "")
    parts = []
    if "change" in columns and re.fullmatch(r"[+\-−]?\d+(?:\.\d+)?\s*%", cells[columns["change"]]):
        value = cells[columns["change"]]
        parts.append(f"涨跌幅{value}" if zh else f"{'down' if value[0] in '-−' else 'up'} {value.lstrip('+-−')}")
    if "amount" in columns and re.search(r"\d", cells[columns["amount"]]):
        label, amount = header[columns["amount"]], cells[columns["amount"]]
        unit = _UNIT_IN_HEADER.search(label)
        if unit and re.fullmatch(r"[\d,.]+", amount):  # "成交额（亿元）" over "12.5": the unit the header gives
            label, amount = label[:unit.start()] + label[unit.end():], amount + unit["unit"]
        parts.append(f"{label}{amount}" if zh else f"{label.lower()} of {amount}")
    row = LabelledRow(text + ("" if not parts else ("" if zh else " ") + ("，" if zh else ", ").join(parts)) +
                      ("。" if zh else "."))
    row.quote = " ".join(cells)
    return row


_UNIT_IN_HEADER = re.compile(r"\s*[（(](?P<unit>[^）)]{1,6})[）)]")
# cells set apart by a tab or by two spaces or more; in a Chinese table under its header, by one space
_WIDE_GAP = re.compile(r"\t|\s{2,}")
_SENTENCE_MARK = re.compile(r"[，。；：,;:!?！？]")
_TABLE_LINE_MAX = 300  # a row of cells of at most 24 characters each, a dozen of them with their gaps


def _plain_cells(line: str, header: list[str]) -> list[str] | None:
    """The cells of a table line printed without bars, or None when the line is no table line: a header (labels only)
    or, under one, a row with as many cells; cells are parted by tabs or wide gaps, or in Chinese by single spaces."""
    # (a table line is short and has gaps; a paragraph, the common line, is neither: plain tests first)
    if len(line) > _TABLE_LINE_MAX or " " not in line and "\t" not in line or _SENTENCE_MARK.search(line):
        return None
    cells = [c for c in _WIDE_GAP.split(line.strip()) if c]
    if len(cells) < 3 and _CJK.search(line):
        cells = line.split()
    if len(cells) < 3 or any(len(c) > 24 for c in cells):
        return None
    return cells if not header or len(cells) == len(header) else None


def _table_rows(lines: list[str]) -> list[str]:
    """Table cells as rows a figure can be read from.

    "| Financial | +0.2% |" becomes "Financial +0.2%"; under a header that says what the columns are
    ("| 名称 | 代码 | 涨跌幅 | 成交额 |"), each row says it: "科创50ETF（588000）涨跌幅1.23%，成交额25.6亿元"; a vertical
    table, where a label line is followed by a line holding only its value, becomes one line per label and value.
    """
    out: list[str] = []
    header: list[str] = []
    columns: dict[str, int] | None = None
    for line in lines:
        if "|" in line:
            if _RULE_ROW.match(line):
                continue  # "|---|---|": the rule under a header
            cells = [cell.strip() for cell in line.split("|") if cell.strip()]
            found = _header(cells)
            if found is not None:
                header, columns = cells, found
                continue
            if columns is not None and len(cells) == len(header):
                out.append(_labelled_row(cells, header, columns))
                continue
            line = " ".join(cells)
        elif line.strip():  # (a blank line between a table's rows, as pages are cleaned, does not end it)
            cells = _plain_cells(line, header if columns is not None else [])
            if cells is not None and columns is None and (found := _header(cells)) is not None:
                header, columns = cells, found  # "代码 名称 涨跌幅 成交额（亿元）"
                continue
            if cells is not None and columns is not None:
                out.append(_labelled_row(cells, header, columns))
                continue
            header, columns = [], None
        line = line.strip()
        if _VALUE_CELL.match(line) and out and _LABEL_CELL.match(out[-1]) and not out[-1].endswith((".", "。")):
            out[-1] = f"{out[-1]} {line}"
            continue
        out.append(line)
    return out


def article_sentences(article: Article) -> list[str]:
    """The title (itself a sentence a figure can come from) followed by the body's sentences."""
    title = [article.title.strip()] if article.title.strip() else []
    return title + split_sentences(article.body)


_EN_DATE = re.compile(
    # capitalised only: "may rise 5%" names no month
    r"\b(?P<month>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
    + r")\.?\s+(?P<day>\d{1,2})(?!\d)"
)
_ZH_DATE = re.compile(r"(?<!\d)(?P<month>\d{1,2})月(?P<day>\d{1,2})日|"
                      # a day of the month alone ("恒生指数26日收报", "25日，恒指上涨0.9%"), not a span of days
                      # ("近5日", "连续3日", "5日均线")
                      r"(?<![\d月近前续去第今昨明后个几数余连每])(?P<bare>[1-9]|[12]\d|3[01])日"
                      r"(?!均|内|线|来|涨幅|跌幅|累计|平均|以上|以内)")  # "5日涨幅" is five days' gain


# "NEW YORK, June 11 (Xinhua) --": a dateline dates the report, not its figures
_DATELINE_AFTER = re.compile(r"\s*\((?:[A-Z][\w.]*\s?){1,3}\)")
_MONTH_HINTS = ("月", "日", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def dates_in(sentence: str) -> list[tuple[int, tuple[int, int]]]:
    """The calendar days a sentence names, with where they stand: ``(position, (month, day))``; not a dateline."""
    if not any(hint in sentence for hint in _MONTH_HINTS):
        return []
    found = []
    for pattern in (_EN_DATE, _ZH_DATE):
        for m in pattern.finditer(sentence):
            if _DATELINE_AFTER.match(sentence, m.end()):
                continue
            if m.groupdict().get("bare"):
                found.append((m.start(), (0, int(m["bare"]))))  # month 0: the month of the day being read
                continue
            month = m["month"]
            found.append((m.start(), (int(month) if month.isdigit() else MONTHS[month.lower()], int(m["day"]))))
    return sorted(found)


def is_day(named: tuple[int, int], day: date) -> bool:
    """True when a (month, day) from ``dates_in`` is ``day`` (month 0: a day of ``day``'s month)."""
    return named[1] == day.day and named[0] in (0, day.month)


def names_other_day(sentence: str, day: date) -> bool:
    """True when the sentence opens by dating what it says to a day other than ``day`` ("On August 22, ...").

    A date later in the sentence dates only its own clause's figures (``moments``): "Ayala Land, which had
    dropped 3 percent on July 4, added 0.9 percent" still states the day's 0.9 percent."""
    found = dates_in(sentence)
    return bool(found) and opens_sentence(sentence, found[0][0]) and not is_day(found[0][1], day)


# (after a source's attribution too: "Wind数据显示，4月2日，…", "据统计，…", "According to Wind data, on April 2, …")
_OPENING = re.compile(r"\W*(?:(?:[\w\u4e00-\u9fff]{1,12}?(?:数据|資料|统计|統計)?(?:显示|顯示|表明)|据[^，,。；;]{0,12}?(?:统计|統計|数据|數據)|"
                      r"According to [\w\s]{1,30}?(?:data|figures))\s*[，,]\s*)?(?:(?:On|on|As of|as of|By|截至|截止|在)\s*)?")


def opens_sentence(sentence: str, at: int) -> bool:
    """True when the words at ``at`` open the sentence: "On August 22, ...", "8月22日，..." (not "星河材料7月4日...")."""
    return bool(_OPENING.fullmatch(sentence, 0, at))
