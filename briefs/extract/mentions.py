"""Instrument mentions in a sentence: known names and aliases, and codes in the text."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from briefs.extract.reference import Instrument, Reference

# "(589520)", "（688041）", "(688256.SH)", "(00981)", "(NVDA)"
# what follows a one-character conjunction (并, 和, 及, 与) that is one: a verb or an adverb; before anything else it
# opens a name (并行科技, 和而泰)
# the market an index is of, opening its name as Xinhua writes it ("法国巴黎股市CAC40指数"): no part of the name
ZH_MARKET_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,6}股市(?=[\u4e00-\u9fffA-Za-z0-9《]{2})")
ZH_AFTER_CONJUNCTION = r"[带创涨跌升降领均各在于以且一将成获也亦则再又更还仍都同其、\s]"
# (a venue abroad before a code says its market: "Advantest Corp. (TYO:6857)", as Investing.com writes it)
# (Yicai writes mainland codes in square brackets after its venue: "SMIC [SHA: 688981]", "[SHE: 300750]")
CODE_IN_PARENS = re.compile(
    r"\s*[（(\[]\s*(?:(?:代码|代号|股票代码|港|北|HK|Symbol|NYSE|NASDAQ|Nasdaq|ticker|"
    r"(?P<mainland>沪|滬|深|SH|SZ|SS|SHA|SHE)|(?P<venue>TYO|TSE|KRX|KOSPI|KOSDAQ|TPE|TWSE|ASX|NSE|BSE))\s*[:：]\s*)?"
    # ("Techtronic (0669:HK)": MT Newswires writes the exchange after a colon)
    r"(?P<code>\d{6}|\d{5}|\d{1,4}(?=[.:]HK)|(?<=[:：])\d{4}|H\d{5}|[A-Z]{1,5})(?:[.:](?P<exchange>SH|SZ|BJ|HK|US|CSI|O|N))?"
    r"(?:\s*[,，]\s*\d{5,6}(?:\.[A-Z]{2})?)*\s*[)）\]]"
)
# a code written bare after a name, as wire copy writes a listing's code ("Tencent 0700.HK", "China Vanke 000002.SZ",
# "Nvidia NVDA.O", "Zijin Mining 601899.SS"): read as a bracketed one (no venue word, the exchange always given)
_BARE_SUFFIXES = r"HK|SS|SH|SZ|BJ|O|N|T|KS|KQ|TW|AX"
BARE_CODE = re.compile(rf"\s+(?P<code>\d{{4,6}}|[A-Z]{{1,5}})\.(?P<exchange>{_BARE_SUFFIXES})(?![\w.])"
                       r"(?P<venue>(?!))?(?P<mainland>(?!))?")
_BARE_EXCHANGE = re.compile(rf"\.(?:{_BARE_SUFFIXES})(?![\w.])")
# a Hong Kong code as quote lists print it, without its leading zeros: "SMIC (981)", "Xiaomi (1810)" (read only where
# it settles which listing a known name is: a number in brackets may be a year)
_SHORT_HK_CODE = re.compile(r"\s*[（(]\s*(?P<code>\d{1,4})\s*[)）]")
# a ticker after a company's legal name, as MarketWatch prints it ("Baidu Inc. BIDU", "Alibaba Group Holding Ltd.
# BABA"): it settles which listing a known name is (a New York one, when the reference lacks the ticker)
_LEGAL_NAME_TICKER = re.compile(r"(?:\s+Group)?(?:\s+Holdings?)?(?:,?\s+(?:Inc|Corp|Co|Ltd|Limited|plc|PLC|N\.V|S\.A|SE|AG)\.?)+"
                                r"\s+(?P<code>(?!(?:CEO|CFO|ADRS?|ADS|ETFS?|IPO|AI|EVS?|US|UK|HK|EU|USD|HKD|RMB|CNY)\b)[A-Z]{2,5})"
                                r"(?=[\s,;:]|$)(?P<exchange>(?!))?(?P<venue>(?!))?(?P<mainland>(?!))?")
# a name the reference does not know, right before a code: "Loongson Technology (688047)"
# ("iShares 20+ Year Treasury Bond ETF (TLT)": a fund's name may hold "20+"; it may run to nine words: "Global X Hang
# Seng High Dividend Yield ETF (3110.HK)")
# ("Nitori Holdings Co., Ltd. (TYO:9843)": a corporate suffix after a comma ends it)
_EN_NAME_BEFORE = re.compile(r"((?:[A-Z]|[a-z](?=[A-Z]))[\w&'.\-]*(?:\s+(?:(?:[A-Z0-9]|[a-z](?=[A-Z]))[\w&'.\-+]*|of|and|&)){0,8}"
                             r"(?:,\s+(?:Ltd|Inc|Limited|Corp|PLC|plc|LLC)\.?)?)\s*$")
_ZH_NAME_BEFORE = re.compile(r"([\u4e00-\u9fffA-Za-z0-9\-]{2,16})\s*$")
# capitals in brackets that are no ticker: "Tencent (HK)", "(ADR)", "(USD)"
_NOT_TICKERS = frozenset(("ADR", "ADRS", "ETF", "USD", "HKD", "CNY", "RMB", "CEO", "CFO", "IPO"))
# two letters in brackets that say where a listing is, not which ("Tencent (HK)")
_MARKET_MARKS = frozenset(("HK", "US", "CN", "SH", "SZ", "BJ", "UK", "JP", "KR", "TW", "SG", "AU", "IN", "EU"))
_MODIFIER_AFTER = re.compile(r"-(?:style|like|type|based|listed|linked|related|focused|heavy|dominated|driven|"
                             r"backed|owned|led|centric|sized)\b", re.I)
# "Gold stocks rose", "gold miners": a commodity's word naming the companies that produce it; "Zijin Gold
# International": a company's name with the commodity's word inside it
_PRODUCERS_AFTER = re.compile(r"\s*(?:stocks?|shares|miners?|mining|producers?|companies|names|equities|sector|"
                              r"industry|板块|概念|股)", re.I)
NAME_WORD_BEFORE = re.compile(r"(?<![\w.])(?!(?:January|February|March|April|May|June|July|August|September|"
                              r"October|November|December|U\.S|US|Spot|COMEX|ICE|LME|NYMEX|The|"
                              # (a figure's own words opening a sentence: "Net southbound purchases reached …")
                              r"Net|Total|Combined|Cumulative|Daily|Weekly|Monthly|Record)\b)(?:[A-Z]|[a-z](?=[A-Z]))[\w&'.\-]*\s+$")
# the families of funds listed in New York, whose names may end in a Shanghai or Shenzhen fund's English short name
_US_FUND_FAMILY_BEFORE = re.compile(r"\b(?:KraneShares|iShares|Invesco|Vanguard|SPDR|Global X|VanEck|WisdomTree|Franklin(?: FTSE)?|"
                                    r"Direxion|ProShares|Xtrackers|Schwab|First Trust|Amplify|Roundhill|ARK)\b[\w\s&\-]{0,30}$")
_LEADING_WORDS = re.compile(r"^(?:The|the|With|Among|As|Shares of|Stocks like|(?:Constituent|Component)(?:s| stocks?)?)\s+|"
                            r"^(?:今日|今天|昨日|当日|当天|盘中|早盘|午后|尾盘|截至收盘|收盘时|其中|"
                            r"(?:板块|行业|概念股|个股|成分股|成份股|权重股)(?:内|中)|"
                            # "成分股华虹公司(688347)上涨9.02%": what the stock is to the index, said before its name
                            r"(?:成分股|成份股|权重股|龙头股|个股)(?=[\u4e00-\u9fff]{2}))")  # "板块内长川科技（300604）"  # "今日港股通创新药ETF（159570）"


@dataclass(frozen=True)
class Mention:
    """A span of a sentence that names an instrument, resolved or not."""

    start: int
    end: int
    subject: str  # as written
    instrument: Instrument | None
    code_text: str = ""  # a code written beside it, even one the reference lacks
    candidates: tuple[str, ...] = ()  # an ambiguous name's possible codes (one company, two listings)
    shared: bool = False  # a short name several funds carry (芯片ETF): known, but naming none of them

    @property
    def known(self) -> bool:
        """True when the reference knows the name or a code is printed beside it, as against a name read
        from the shape of the text alone."""
        return self.instrument is not None or bool(self.code_text or self.candidates) or self.shared


@cache
def _automaton(ref: Reference):
    """An Aho-Corasick automaton of every alias: one pass over a sentence finds them all."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in ref.spellings:
        automaton.add_word(name, (len(name), name))
        if name[:1].islower() and name.isascii():  # "chip stocks" also opens a sentence: "Chip stocks fell"
            automaton.add_word(name[0].upper() + name[1:], (len(name), name))
        if name.isascii() and len(name) > 3 and name.upper() != name and automaton.get(name.upper(), None) is None:
            automaton.add_word(name.upper(), (len(name), name))  # AAStocks writes names in capitals: "MEITUAN-W"
        if name.isascii() and " " not in name and name[:1].isupper() and any(c.isupper() for c in name[1:]) and \
                not name.isupper() and automaton.get(name[0] + name[1:].lower(), None) is None:
            # a name written with capitals inside ("XPeng", "PetroChina") is also written without them: "Xpeng"
            automaton.add_word(name[0] + name[1:].lower(), (len(name), name))
    automaton.make_automaton()
    return automaton


@cache
def _common_nouns(ref: Reference) -> frozenset[str]:
    """The aliases the reference writes in lower case: common nouns that name an instrument only standing alone."""
    return frozenset(name for name in ref.spellings if name.islower())


@cache
def _lowercase_automaton(ref: Reference):
    """Latin names of several words in lower case: "the Hang Seng tech index" is the Hang Seng TECH Index,
    not the Hang Seng Index a shorter alias would give. Single words stay case-sensitive ("MU", "ARM")."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in ref.spellings:
        if name.isascii() and " " in name.strip():
            automaton.add_word(name.lower(), (len(name), name))
    automaton.make_automaton()
    return automaton


# a kind of share opening the names it describes: "芯片股华虹半导体", "光模块龙头新易盛" (not 芯原股份)
ZH_DESCRIPTOR = re.compile(r"^(?!港股|美股|[ABH]股)(?:[\u4e00-\u9fffA-Z0-9]{1,5}龙头|[\u4e00-\u9fff]{1,4}(?<![港美])股(?![份东票价指市通]|ETF|LOF|基金|板块|概念))"
                           r"(?=\*?[\u4e00-\u9fffA-Z]{2})")


def _alias_matches(sentence: str, ref: Reference) -> list[tuple[int, int, str]]:
    """Leftmost-longest, non-overlapping alias matches; Latin names only at word boundaries."""
    found = []
    lowered = sentence.lower()
    hits = list(_automaton(ref).iter(sentence))
    if " " in sentence and len(lowered) == len(sentence):  # names of several words; lower case as long
        hits += _lowercase_automaton(ref).iter(lowered)
    for end, (length, name) in hits:
        start = end - length + 1
        if name.isascii():
            before = sentence[start - 1] if start > 0 else " "
            after = sentence[end + 1] if end + 1 < len(sentence) else " "
            if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
                continue  # "Dow" inside "shadow"
            if after == "-" and _MODIFIER_AFTER.match(sentence, end + 1):
                continue  # "China's Nasdaq-style board": a likeness, not the Nasdaq
        found.append((start, end + 1, name))
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    chosen: list[tuple[int, int, str]] = []
    for start, end, name in found:
        if chosen and start < chosen[-1][1]:
            # "The Dow Jones Industrial Average": a longer name that starts inside the one before and reaches
            # past it is the name meant ("The Dow" is only its first words)
            if end > chosen[-1][1] and end - start > chosen[-1][1] - chosen[-1][0]:
                chosen[-1] = (start, end, name)
            continue
        chosen.append((start, end, name))
    return chosen


# capitalised words that may end a longer name before its code: " ETF", " Trust", " Index Fund"
_NAME_WORDS_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w&.\-]*|ETF|Trust|Fund)){1,4}(?=\s*[（(])")


# a fund's name ends in one of these words: "iShares Core S&P 500 ETF (IVV)" is a ticker whatever we know of it
_FUND_NAME = re.compile(r"\b(?:ETF|Trust|Fund)$")


def _infer_market(code: str, exchange: str | None) -> str:
    if exchange in _SUFFIX_MARKET:
        return _SUFFIX_MARKET[exchange]
    if exchange in ("SH", "SZ", "BJ", "CSI"):
        return "cn"
    if exchange == "HK" or len(code) in (4, 5) and code.isdigit():
        return "hk"
    if exchange in ("US", "O", "N") or code.isalpha():
        return "us"
    return "cn"


_VENUE_SUFFIX = {"TYO": "T", "TSE": "T", "KRX": "KS", "KOSPI": "KS", "KOSDAQ": "KQ", "TPE": "TW", "TWSE": "TW",
                 "ASX": "AX", "NSE": "NS", "BSE": "BO"}
_SUFFIX_MARKET = {"T": "jp", "KS": "kr", "KQ": "kr", "TW": "tw", "AX": "au", "NS": "in", "BO": "in"}


def _code_text(paren: re.Match) -> str:
    """A code as written in brackets, with its exchange suffix: "688256.SH", "00981", "6857.T" for "(TYO:6857)";
    Shanghai's suffix as Reuters and Yahoo write it, ".SS", is the reference's ".SH"."""
    if paren["venue"]:
        return f"{paren['code']}.{_VENUE_SUFFIX[paren['venue']]}"
    exchange = "SH" if paren["exchange"] == "SS" else paren["exchange"]
    if not exchange and paren["mainland"]:  # "[SHE: 000799]", "（滬：６８８２５６）": the exchange named before the code
        exchange = "SZ" if paren["mainland"] in ("深", "SZ", "SHE") else "SH"
    return paren["code"] + (f".{exchange}" if exchange else "")


def _code_beside(sentence: str, end: int, bracketed: bool, bare: bool) -> re.Match | None:
    """The code written right after a name that ends at ``end``, bracketed or bare ("Tencent 0700.HK")."""
    return (CODE_IN_PARENS.match(sentence, end) if bracketed else None) or \
        (BARE_CODE.match(sentence, end) if bare else None)


# a wire's bare instrument code after a name: "the Shanghai Composite index .SSEC", "South Korea's KOSPI .KS11"
_BARE_WIRE_CODE = re.compile(r"(?<=\s)\.([A-Z][A-Z0-9]{1,14})(?![\w.])")  # (".MIAPJ0000PUS" is twelve)
_WORDS_BEFORE = re.compile(r"((?:[\w&'’\-]+\s+){1,5})$")


def without_wire_codes(view: str, ref: Reference) -> str:
    """``view`` with the bare wire codes blanked (same length) that name nothing the reference knows, or that follow
    a name it knows ("Hang Seng index .HSI"): the name before reads as the subject, not the code. A code the
    reference knows after a description keeps its say ("Tech sub-index .HSTECH")."""
    if " ." not in view:
        return view

    def blank(code: re.Match) -> str:
        if ref.resolve_alias(code[1]) is None:
            return " " * len(code[0])
        words = _WORDS_BEFORE.search(view, max(0, code.start() - 60), code.start())
        said = words.group(1).split() if words else []
        # (the name before, or its last words: "Japan's Nikkei index", "the Hang Seng Index")
        named = any(ref.resolve_alias(" ".join(said[i:])) is not None or
                    ref.resolve_alias(" ".join(said[i:-1])) is not None for i in range(len(said)) if said[i:-1] or i)
        return " " * len(code[0]) if named else code[0]
    return _BARE_WIRE_CODE.sub(blank, view)


_CORPORATE_AFTER = re.compile(r"\s+(?:Bank|Inc\b|Group|Holdings?|Corp\b|Corporation|Company|Co\b|Ltd|Limited|Securities|"
                              r"Insurance|Properties|Capital|Global)\b")
# the characters right before a shared fund name that open a longer name: a run of Han characters after the last
# function word or punctuation ("方面，星河" gives 星河; "的半导体ETF", "和半导体ETF" give none)
_ZH_NAME_PREFIX = re.compile(r"(?<![\u4e00-\u9fff])(?:[^\W\d_a-zA-Z的和与及在将为是于从对等、]){2,6}$|"
                             r"(?<=[的和与及在将为是于从对等、，,：:；;\s])(?:[^\W\d_a-zA-Z的和与及在将为是于从对等、]){2,6}$")


def find_mentions(sentence: str, ref: Reference, written: str | None = None) -> list[Mention]:
    """Every mention in order of position; a code beside a name settles which instrument it is.

    ``sentence`` is the folded view matched against; subjects are cut from ``written`` (the
    sentence as the article has it, same length) when given.
    """
    written = sentence if written is None else written
    bracketed = "(" in sentence or "（" in sentence or "[" in sentence  # a plain test before the code pattern
    bare = "." in sentence and bool(_BARE_EXCHANGE.search(sentence))
    mentions: list[Mention] = []
    # "Amgen Inc (NASDAQ:AMGN)": a venue inside a code's brackets names no index (a fund's ticker there is its own)
    brackets = [m.span() for m in CODE_IN_PARENS.finditer(sentence)] if bracketed else []
    aliased: list[tuple[int, int]] = []  # known names right before a code the reference lacks
    ticked: list[tuple[int, int]] = []  # known names with the ticker after their legal name
    for start, name_end, name in _alias_matches(sentence, ref):
        end = name_end
        instrument = ref.resolve_alias(name)
        if brackets and instrument is not None and instrument.kind in ("index", "market") and \
                any(a <= start and name_end <= b for a, b in brackets):
            continue
        if instrument is not None and instrument.kind == "index" and _CORPORATE_AFTER.match(sentence, name_end):
            continue  # "Dow Inc", "Hang Seng Bank", "Nasdaq Inc.": an index's name opening a company's is the company's
        code_text = ""
        paren = _code_beside(sentence, end, bracketed, bare)
        if paren:
            code_text = _code_text(paren)
            by_code = ref.resolve_code(code_text, name)
            if by_code is None and instrument is not None and not paren["code"].isdigit() and \
                    instrument.code in ref.codes_for(paren["code"]):
                # "Contemporary Amperex Technology (CATL)": the short name the company goes by, no ticker
                by_code, code_text = instrument, ""
            if by_code is not None:
                instrument = by_code
            elif paren["code"].isdigit() or len(paren["code"]) >= 3 and paren["code"] not in _NOT_TICKERS or \
                    len(paren["code"]) == 2 and paren["code"].isupper() and paren["code"] not in _MARKET_MARKS and \
                    instrument is not None and instrument.kind == "stock" and instrument.market != "us":
                # ("Li Auto (LI)": a two-letter ticker beside a company the reference knows only elsewhere is its New
                # York listing, never its Hong Kong one)
                # an unknown code: the alias is part of a longer name the reference lacks ("星河芯片ETF（159999）",
                # "KraneShares CSI China Internet ETF (KWEB)") or another listing of it; the code decides, so the
                # alias gives none (read below, or by the name's shape)
                aliased.append((start, name_end))
                continue
            end = paren.end()
        elif bracketed and (short := _SHORT_HK_CODE.match(sentence, end)) and \
                f"{short['code'].zfill(5)}.HK" in (ref.codes_for(name) if instrument is None else (instrument.code,)):
            instrument, code_text, end = ref.instruments[f"{short['code'].zfill(5)}.HK"], short["code"], short.end()
        elif name.isascii() and (ticker := _LEGAL_NAME_TICKER.match(sentence, end)):
            by_code = ref.resolve_code(ticker["code"], name)
            if by_code is None and instrument is not None and instrument.market == "us":
                by_code = instrument  # "Tesla Inc. TSLA": the ticker of the listing the name gives already
            # ("JD.com Inc. JD": a New York listing the reference lacks, not the Hong Kong one its name resolves to)
            instrument, code_text, end = by_code, ticker["code"], ticker.end()
            ticked.append((start, end))
        elif bracketed and name.isascii():
            words = _NAME_WORDS_AFTER.match(sentence, end)
            later = CODE_IN_PARENS.match(sentence, words.end()) if words and _FUND_NAME.search(words.group(0)) else None
            if later and ref.resolve_code(_code_text(later), name) is not instrument:
                continue  # "iShares Core S&P 500 ETF (IVV)": the alias opens a fund's name, whose code is another's
        # a common noun the reference spells in lower case ("gold", "tech index") after a capitalised name word is
        # that name's tail ("Harbor Gold", "Harbor Tech index"); a commodity before "miners" is their kind
        if instrument is not None and not code_text and (
                (instrument.kind == "commodity" or name.lower() in _common_nouns(ref)) and
                NAME_WORD_BEFORE.search(sentence, max(0, start - 30), start) or
                instrument.kind == "commodity" and _PRODUCERS_AFTER.match(sentence, end)):
            continue
        candidates = () if instrument is not None or code_text else ref.codes_for(name)
        shared = instrument is None and not code_text and ref.is_shared(name)
        if shared and NAME_WORD_BEFORE.search(sentence, max(0, start - 30), start):
            continue  # "the Tallow Chip ETF": a short name many funds share, after a word of a longer name, is that name's
        prefix = _ZH_NAME_PREFIX.search(sentence, max(0, start - 8), start) if shared and start else None
        if prefix:
            # "星河半导体ETF": so in Chinese, the characters before it opening the fund's longer name (read as written:
            # the article may print it with its code, which then names the fund)
            mentions.append(Mention(prefix.start(), name_end, written[prefix.start():name_end], None, shared=True))
            continue
        if instrument is not None and instrument.kind == "etf" and instrument.market == "cn" and not code_text and \
                _US_FUND_FAMILY_BEFORE.search(sentence, max(0, start - 40), start):
            continue  # "The KraneShares CSI China Internet ETF": a New York fund (KWEB), not the Shanghai one (513050)
        mentions.append(Mention(start, end, written[start:name_end], instrument, code_text, candidates, shared))
    # codes beside names the reference does not know
    coded = [*(CODE_IN_PARENS.finditer(sentence) if bracketed else ()), *(BARE_CODE.finditer(sentence) if bare else ())]
    for paren in coded:
        if any(m.start <= paren.start() < m.end for m in mentions):
            continue
        if not paren["code"].isdigit() and len(paren["code"]) < 2:
            continue
        before = sentence[: paren.start()]
        found = [m for m in (_EN_NAME_BEFORE.search(before), _ZH_NAME_BEFORE.search(before)) if m]
        if not found:
            continue
        named = min(found, key=lambda m: m.start(1))  # the longer name: "科创芯片ETF", not "ETF"
        subject = _LEADING_WORDS.sub("", named.group(1)).strip()
        if "的" in subject:  # "跟踪该指数的芯片ETF(159995)": the name follows the last 的
            subject = subject.rsplit("的", 1)[1]
        subject = re.sub(rf"^(?:、|以及|其中|包括|以|如|对|在|将|由|被|把|从|向|为|是(?=\w{{4}})|"
                         rf"(?:与|和|及|并)(?={ZH_AFTER_CONJUNCTION}))+", "", subject)
        if re.search(r"[)）]\s*$", before[:named.end(1) - len(subject)]):
            # "中芯國際(00981.HK)及華虹半導體(01347.HK)": a conjunction right after the item before's code joins a list
            subject = re.sub(r"^(?:以及|及|和|与|并)", "", subject)
        if not subject.isascii():
            subject = ZH_DESCRIPTOR.sub("", subject)  # "芯片股星河半导体（688999）": the kind of share is no part of it
        if not subject:
            continue
        code_text = _code_text(paren)
        instrument = ref.resolve_code(code_text, subject)
        start = named.end(1) - len(subject)
        # (a CSI index code, "（H30184）", is a code whatever we know of it; so are letters after a company's known
        # name: "Tencent Holdings (TCEHY)" is its US quote, a listing the reference lacks)
        # (an exchange's suffix makes letters a ticker: "Harbor Lights HBL.N", "(TLW.O)")
        if instrument is None and not paren["code"].lstrip("H").isdigit() and not _FUND_NAME.search(subject) and \
                not paren["venue"] and not paren["exchange"] and not any(start <= a < named.end(1) for a, _ in aliased):
            continue  # "(HSL)", "(AI)": letters in brackets are not a ticker we know, unless a fund's name ends there
        # a known name inside the coded one is part of it: "iShares Core S&P 500 ETF (IVV)" is no S&P 500
        mentions = [m for m in mentions if not start <= m.start < m.end <= named.end(1)]
        mentions.append(Mention(start, paren.end(), written[start:named.end(1)], instrument, code_text))
    mentions.sort(key=lambda m: m.start)
    # ("Alibaba Group Holding Ltd. BABA": the ticker, a name of its own too, is read with the name before it)
    return [m for m in mentions if not any(a < m.start and m.end <= b for a, b in ticked)] if ticked else mentions


# an exchange named as where a listing is ("在港交所主板挂牌上市", "listed on the Nasdaq", "debut on the Hong Kong stock
# exchange"): the venue, never the subject of the listed stock's figures
_VENUE_BEFORE = re.compile(r"(?:在|于|登陆|赴|登录)\s*$|\b(?:listed|listing|list|debut(?:ed|s)?|trading|IPO)\s+(?:on|in)\s+"
                           r"(?:the\s+)?$", re.I)
_VENUE_AFTER = re.compile(r"\s*(?:主板|创业板|科创板|北交所)?\s*(?:挂牌|上市|招股|发行)")
LISTING_WORDS = re.compile(r"上市|挂牌|\blist(?:ed|ing)?\b|\bdebut|\bIPO\b", re.I)


def names_a_venue(view: str, mention: Mention) -> bool:
    """True when a mention is the exchange a listing is on, not an instrument the sentence's figures are about."""
    return bool(_VENUE_BEFORE.search(view, max(0, mention.start - 12), mention.start)) and (
        bool(_VENUE_AFTER.match(view, mention.end)) or mention.instrument is None or
        mention.instrument.kind in ("index", "market", "stock"))


# an index's futures: "S&P 500 futures", "Futures tied to the Dow", "恒指夜期", "A50期指"
FUTURES_AFTER = re.compile(r"\s*(?:index\s+)?(?:futures|contracts?)\b|\s*(?:指数)?(?:期货|夜期|期指|日期)", re.I)
# ("contracts for Hong Kong's Hang Seng Index": a place may own the index)
_FUTURES_BEFORE = re.compile(r"\b(?:futures|contracts?)\s+(?:(?:tied|linked|pegged)\s+to|on|for|tracking)\s+(?:the\s+)?"
                             r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+)?$", re.I)


def names_futures(view: str, mention: Mention) -> bool:
    """True when a mention of an index names its futures, not the index: a futures figure is never the
    index's move or level."""
    if mention.instrument is None or mention.instrument.kind not in ("index", "market"):
        return False
    return bool(FUTURES_AFTER.match(view, mention.end) or
                _FUTURES_BEFORE.search(view, max(0, mention.start - 30), mention.start))


# a variant of an index, which is another index: "the equal-weight S&P 500", "the S&P 500 equal weight index",
# "标普500等权重指数" (its move is no move of the index the name holds)
_VARIANT_BEFORE = re.compile(r"\b(?:equal|equally)[- ]weight(?:ed)?\s+$", re.I)
_VARIANT_AFTER = re.compile(r"\s*(?:equal[- ]weight(?:ed)?(?:\s+index)?|等权重?(?:指数)?)", re.I)


def as_variant(view: str, mention: Mention) -> Mention:
    """A mention of an index that is part of the name of one of its variants (its equal-weight version) made the
    variant's: the whole name as written, an index of the same market with no code; any other mention as it is."""
    if mention.instrument is None or mention.instrument.kind != "index":
        return mention
    before = _VARIANT_BEFORE.search(view, max(0, mention.start - 20), mention.start)
    after = _VARIANT_AFTER.match(view, mention.end)
    if not before and not after:
        return mention
    start, end = before.start() if before else mention.start, after.end() if after else mention.end
    name = view[start:end]
    variant = Instrument(code="", market=mention.instrument.market, kind="index", board="", sector="",
                         name_en=name, name_zh=name)
    return replace(mention, start=start, end=end, subject=name, instrument=variant, code_text="", candidates=())


def unresolved_market(mention: Mention) -> str:
    """The market a code's form implies, for a code the reference does not list."""
    if not mention.code_text:
        return ""
    code, _, exchange = mention.code_text.partition(".")
    return _infer_market(code, exchange or None)
