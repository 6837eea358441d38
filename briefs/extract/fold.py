"""A view of a sentence for matching: one character for one, so offsets stay the sentence's own.

Patterns run on the folded view, while subjects and evidence are cut from the sentence as
written: full-width digits, letters and signs become ASCII ("１﹒１４％" reads as "1.14%"), and
traditional characters become simplified ones ("漲幅超過" reads as "涨幅超过", "上證綜指" finds
the reference's "上证综指"). Only one-to-one character pairs are used, so nothing moves.
"""
from __future__ import annotations

import re
from functools import cache

# "fell 0.8pc", "shed 0.9 pc": the percent as some outlets abbreviate it, folded to the sign (same length)
_PC = re.compile(r"(?<=\d)(\s?)pc\b")
# "The Hang Seng index (.HSI)", "CSI300 index (.CSI300)": a wire's instrument code for an index, which names
# nothing the reference keys on; blanked so the name before it reads as a name (same length)
_RIC = re.compile(r"\(\.[A-Z0-9]{2,10}\)")
# a wire's code for a futures contract or a currency after its name ("U.S. crude CLc1", "the euro EUR=", "Spot gold
# XAU=", "the yuan CNY=CFXS"): blanked, so the name before it reads as the subject
# a quote page's ticker with the symbol lost in copying: "Alibaba (HK:) (NYSE:) rose 3.32%" (blanked, same length)
_EMPTY_TICKER = re.compile(r"\s?\((?:HK|NYSE|NASDAQ|Nasdaq|OTC|AMEX|SZ|SH|SS|LON|TYO|ETR|EPA|TSX|ASX|KRX):\s*\)")
_BARE_CONTRACT_RIC = re.compile(r"(?<=\s)(?:[A-Z]{1,4}c\d{1,2}|[A-Z]{3,6}=[A-Z]{0,6})(?=[\s,.;)]|$)")


# "Tencent (0700.HK, +1.2%)": a code and the name's move in one pair of brackets, read as "(0700.HK) +1.2% "
_CODE_AND_FIGURE = re.compile(r"(?P<open>[(（])(?P<code>[A-Z0-9][A-Z0-9.]{0,11})(?P<sep>\s*[,;，；]\s*)"
                              r"(?P<figure>[+\-−]?\d+(?:\.\d+)?\s*[%％])(?P<close>[)）])")


def _code_then_figure(m: re.Match) -> str:
    close = ")" if m["open"] == "(" else "）"
    return f"{m['open']}{m['code']}{close}{' ' * (len(m['sep']) - 1)}{m['figure']}{' ' * len(m['close'])}"


@cache
def _table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}  # full-width ASCII
    table.update({ord("\u3000"): " ", ord("﹒"): ".", ord("﹪"): "%", ord("﹣"): "-", ord("−"): "-",
                  ord("﹢"): "+", ord("\u00a0"): " ",
                  ord("丨"): "|"})  # "港股异动丨翰森制药…": the character titles use as a bar is a bar
    import json
    from importlib.util import find_spec
    from pathlib import Path

    # zhconv's own table, read without importing zhconv (which imports pkg_resources, 0.1 s) and
    # with the file closed after reading (zhconv's loader leaves it open)
    spec = find_spec("zhconv")
    assert spec is not None and spec.submodule_search_locations, "zhconv is a dependency"
    folder = Path(next(iter(spec.submodule_search_locations)))
    pairs = json.loads((folder / "zhcdict.json").read_text(encoding="utf-8"))["zh2Hans"]
    for traditional, simplified in pairs.items():
        if len(traditional) == 1 and len(simplified) == 1:
            table.setdefault(ord(traditional), simplified)
    # keep the Chinese forms of these: the sentence splitter and clause rules read them
    for keep in "，；：（）！？":
        table.pop(ord(keep), None)
    return table


# "Tencent put on three percent", "slumped almost three percent": a number of one word before the percent, folded to
# its digits (the rest of the word blank, same length); "one" to "ten", as outlets spell small figures out
_WORD_PERCENT = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:percent|per cent)\b)", re.I)
_HYPHENED_PERCENT = re.compile(r"(?<=\d)-(?=per(?:cent|[- ]cent)\b)|(?<=\dper)-(?=cent\b)|(?<=\d-per)-(?=cent\b)", re.I)
_WORD_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                 "nine": "9", "ten": "10"}


def _word_number(m: re.Match) -> str:
    digits = _WORD_NUMBERS[m[1].lower()]
    return " " * (len(m[1]) - len(digits)) + digits  # (blank first: "three percent" reads "    3 percent")


def fold(text: str) -> str:
    """``text`` with full-width ASCII and traditional characters folded, "pc" read as "%", a percent's number in one
    word as its digits ("three percent"), a wire's index, futures
    and currency codes ("(.HSI)", "CLc1", "EUR=") blanked, and a code with a figure in one pair of brackets parted
    ("(0700.HK, +1.2%)"), same length."""
    if "pc" in text:
        text = _PC.sub(lambda m: m[1] + "% ", text)
    if "%)" in text or "%）" in text or "％）" in text:
        text = _CODE_AND_FIGURE.sub(_code_then_figure, text)
    if "(." in text:
        text = _RIC.sub(lambda m: " " * len(m[0]), text)
    if ":)" in text:
        text = _EMPTY_TICKER.sub(lambda m: " " * len(m[0]), text)
    if "-percent" in text or "-per" in text:
        text = _HYPHENED_PERCENT.sub(" ", text)  # "the 20-percent daily limit", "a 3-per-cent gain": "20 percent"
    if "percent" in text or "per cent" in text:
        text = _WORD_PERCENT.sub(_word_number, text)
    if "=" in text or "c1" in text or "c2" in text:
        text = _BARE_CONTRACT_RIC.sub(lambda m: " " * len(m[0]), text)
    if text.isascii():
        return text
    return text.translate(_table())
