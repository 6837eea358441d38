"""Who a figure is about: the name(s) before it in its clause, a pronoun-like phrase, or nothing.

Rules, in order:

1. the nearest mention before the figure's words in the same clause (within
   ``MAX_SUBJECT_GAP`` characters), with any names listed right before it
   ("Tencent, Kuaishou-W and Bilibili-W gained over 2%");
2. a name the reference lacks, right before the verb ("Chipanalog gained 4%"):
   kept as written, with no code;
3. "the ETF", "the index", "该股" and the like: the last instrument of that kind
   the article named;
4. a second figure right after the first ("... and is currently up 2.8%") keeps
   the first one's subject.

Otherwise the figure has no subject and is dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from briefs.extract.fold import fold
from briefs.extract.mentions import ZH_MARKET_OPENING, Mention, unresolved_market
from briefs.extract.names import is_sector_word, names_a_group, sector_words
from briefs.resources import data_dir

MAX_SUBJECT_GAP = 90
# amounts often close a long clause: "X rose 2%, with a price of 1.01 yuan, amounting to 20 million yuan"
MAX_AMOUNT_SUBJECT_GAP = 160
MAX_CONTINUATION_GAP = 50
_LIST_JOINER = re.compile(r"^\s*(?:,|，|、|and|or|as well as|和|及|与|以及|, and)\s*$")
_EN_UNKNOWN = re.compile(
    r"(?<![\w'])((?:[A-Z][\w&'\-]*)(?:\s+(?:[A-Z0-9][\w&'.\-]*|of|&)){0,5})(?:'s)?(?:\s+shares)?\s*$"
)
# ("《金融时报》100种股票平均价格指数": a title in book brackets may be part of an index's name)
_ZH_UNKNOWN = re.compile(r"([\u4e00-\u9fffA-Za-z0-9《》]{1,22}(?:ETF|指数|板块))\s*$")
# a short run of Chinese right after punctuation and right before the verb: a stock name the
# reference lacks ("，五粮液跌超3%"), once words that are not names are taken off its front
_ZH_UNKNOWN_NAME = re.compile(r"(?:^|[，,、；;：:\s（(])([\u4e00-\u9fff]{2,10}(?:-[A-Z]{1,2})?)\s*$")
_ZH_LEADING = re.compile(r"^(?:个股方面|板块方面|成分股|权重股|龙头股|个股|其中|此外|另外|同时|随后|午后|早盘|尾盘|盘中|"
                         r"全天|全日|今日|当日|截至收盘|截至发稿|收盘时?|午间|消息面上|热门股|概念股)")
_ZH_NOT_NAME = re.compile(r"(?:继续|一度|持续|全线|集体|纷纷|普遍|大幅|小幅|微|均|各|也|则|再度|逆势|股价|指数|板块|市场|行业|"
                          r"概念|方向|资金|主力|整体|全天|全日|今日|当日|盘中|早盘|午后|尾盘|累计|单日|日内)$|"
                          r"^(?:截至|其中|随后|此外|同时|公司|该|其|某|周[一二三四五六日]|本周|上周|当周|今年|年内)")
_NOT_NAMES = {"It", "This", "That", "They", "Shares", "Stocks", "The", "Its", "He", "She", "We", "Which", "A", "An",
              "Meanwhile", "However", "Also", "And", "But", "Index", "ETF", "Fund"}
# "the benchmark index", "the main gauge": the main index of the article's market (``ArticleContext.lookup``)
# ("The city's benchmark has gained 14% this year": the place that owns it is the article's)
BENCHMARK_POINTER = r"\bthe\s+(?:(?:city|country|nation|market|island)['’]s\s+)?(?:benchmark|main|key)(?:\s+(?:stock\s+)?(?:index|gauge))?"
# phrases that point back at the last instrument of a kind
ANAPHORA = [
    (re.compile(r"(?:^|[.;]\s*)It\b(?:\s+has|\s+had|\s+was|\s+is)?", re.I), "any"),
    (re.compile(r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:ETF|fund)\b|该ETF|该基金|其(?=\s*(?:盘中|涨|跌|收))", re.I), "etf"),
    # "The benchmark index has gained 28 per cent this year": the market's main index, which an article names first
    (re.compile(rf"{BENCHMARK_POINTER}\b(?!\s+[A-Z\d])|基准指数|大盘指数", re.I), "benchmark"),
    (re.compile(r"\b(?:the|this|that)\s+(?:benchmark\s+|main\s+)?index\b|该指数|指数(?=涨|跌|收)", re.I), "index"),
    (re.compile(r"\b(?:the|this|that)\s+(?:company|stock|chipmaker|chip designer|firm)(?:'s shares)?\b|"
                r"\bits shares\b|该股|公司股价", re.I), "stock"),
]


@dataclass
class ArticleContext:
    """What an article named so far: the last instrument of each kind (for "the ETF" and "该股")
    and which markets its instruments trade in (for ambiguous names).

    Sentences without figures are read for names only when a pointing phrase needs them.
    """

    ref: Any = None  # the Reference, to read skipped sentences on demand
    last: dict[str, tuple[int, Mention]] = field(default_factory=dict)
    markets: dict[str, int] = field(default_factory=dict)
    first_index: dict[str, tuple[int, Mention]] = field(default_factory=dict)  # by market, the first index named
    unread: list[tuple[int, str]] = field(default_factory=list)
    board: str | None = None  # the one A-share board the title is about ("北交所午评": "bse"), for codeless limits
    position: int = 0  # the sentence being read
    report_window: str = ""  # "monthly" for a monthly report ("3月港股通月报"): its figures said without a moment
    default_qualifier: str = ""  # "intraday" for a midday report: figures not said to be closes
    timed: bool = False  # the article's publication has a clock time (its default moment then says when it was)
    midday_report: bool = False  # the title says so (午评, 半日總結, "at Midday"): its 收報 is the morning's close
    # by market, what the publication time says of a figure in it ("intraday" before that market's close), found
    # when first asked (an article names two or three of the markets); None when the title says the moment for
    # every market (a midday report)
    session_moment_of: Any = None
    session_moments: dict[tuple[str, bool], str | None] = field(default_factory=dict)
    weekday: int | None = None  # the day's weekday (Monday 0), for "after falling 3% on Monday" on a Tuesday
    # without a day to build, the publication's weekday in each market the article names: 05:10 on Saturday in Beijing
    # is Friday afternoon in New York
    local_weekdays: frozenset = frozenset()
    day: Any = None  # the day's date, for "which had dropped 3 percent on July 4"
    last_window: str = ""  # the window the article's last figure over one had, for "同期" (over the same period)
    # the window of the piece before, when it ended in "；": "上周科创芯片ETF涨4.3%；煤炭ETF跌2.1%" are both the week's
    piece_window: str = ""
    # +1 or -1 after a heading ("the following stocks led gains for the day:"), for the verbless lines it lists
    heading_sign: float = 0.0
    listing: str | None = None  # the market whose listings the title says the article is about ("中概股": us)
    # the stock a one-stock report's title names before its colon ("寒武纪(688256)：股价连续三日上涨…"): the body's
    # "主力资金净流入5.62亿元" are that stock's main funds, not the market's
    topic: Any = None
    # names the article printed with a code ("科创50ETF(588000)"), by their folded spelling; None when it printed
    # one name with two codes
    coded: dict[str, Mention | None] = field(default_factory=dict)
    # the market of the last known instrument a move was about: an Asian wrap's "Toyota Motor jumped 3.1%" after
    # "Tokyo's Nikkei 225 gained 1.2%" trades in Tokyo, whatever market the article names most
    last_market: str = ""
    # the moves the sentence just before stated ("寒武纪…涨7.12%。成交额达98.6亿元。": whose turnover the next one says)
    moved_before: list = field(default_factory=list)
    # the name the piece before stated figures of, when it ended in "；": "恒指…最多升236點；半日升189點或0.73%"
    # continues its subject
    carried: list = field(default_factory=list)

    def moment_in(self, market: str, index: bool = False) -> str | None:
        """What the publication time says of a figure in ``market`` (an ``index``'s, when its indices open later
        than its stocks trade); None when it says nothing (no hours known for the market, or the title says the
        moment)."""
        if self.session_moment_of is None or not market:
            return None
        if (market, index) not in self.session_moments:
            self.session_moments[(market, index)] = self.session_moment_of(market, index)
        return self.session_moments[(market, index)]

    def remember(self, mentions: list[Mention], position: int) -> None:
        """Note the instruments a sentence at ``position`` names."""
        for mention in mentions:
            if mention.instrument is not None or mention.code_text:  # a code beside a name: a security
                own = mention.instrument.kind if mention.instrument else infer_kind(mention.subject)
                for kind in (own, "any"):
                    if kind not in self.last or self.last[kind][0] <= position:
                        self.last[kind] = (position, mention)
                market = mention.instrument.market if mention.instrument else ""
                if own == "index" and market and (market not in self.first_index or
                                                  position < self.first_index[market][0]):
                    self.first_index[market] = (position, mention)

    def note_codes(self, mentions: list[Mention]) -> None:
        """Note the names a sentence prints with a code, for the same names without one anywhere in the article."""
        for mention in mentions:
            if mention.code_text:
                key = fold(mention.subject)
                held = self.coded.get(key, mention)
                same = held is not None and (held.instrument, held.code_text) == (mention.instrument, mention.code_text)
                self.coded[key] = mention if same else None

    def coded_as(self, mention: Mention) -> Mention:
        """A name without a code, as the article printed it with one before ("科创50ETF" after
        "科创50ETF(588000)"): a name several funds share is this article's fund."""
        if mention.instrument is not None and not mention.shared or mention.code_text:
            return mention
        held = self.coded.get(fold(mention.subject))
        if held is None:
            return mention
        return Mention(mention.start, mention.end, mention.subject, held.instrument, held.code_text)

    def remember_subjects(self, mentions: list[Mention]) -> None:
        """Note the subjects of a move, known or not, for "the stock" and "it" later on."""
        for mention in mentions:
            kind = mention.instrument.kind if mention.instrument else infer_kind(mention.subject, mention.code_text)
            for key in (kind, "any"):
                # (at the sentence being read: a name in an earlier sentence without figures, read later for a
                # pointer, is no later than this one)
                self.last[key] = (max(self.last.get(key, (0, None))[0], self.position), mention)

    def count_markets(self, mentions: list[Mention]) -> None:
        """Count the markets of a sentence's instruments towards the article's home market; a code the
        reference lacks counts by its form ("Robotics ETF (159770)" trades in China)."""
        for mention in mentions:
            if mention.instrument is not None:
                market = mention.instrument.market
            else:
                market = unresolved_market(mention)
            if market not in ("", "global"):
                self.markets[market] = self.markets.get(market, 0) + 1

    def skip(self, position: int, sentence: str) -> None:
        """A sentence without figures: read for names only if "the ETF" ever needs it."""
        self.unread.append((position, sentence))

    def lookup(self, kind: str) -> Mention | None:
        """The last instrument of ``kind`` named so far."""
        if self.unread and self.ref is not None:
            from briefs.extract.mentions import find_mentions

            for position, sentence in self.unread:  # (read folded, as every sentence is: "恒生指數" is 恒生指数)
                self.remember(find_mentions(fold(sentence), self.ref, sentence), position)
            self.unread.clear()
        if kind == "benchmark":  # the home market's first index, else the last index named
            home = self.home_market()
            found = self.first_index.get(home) if home else None
            return found[1] if found else self.lookup("index")
        found = self.last.get(kind)
        return found[1] if found else None

    def home_market(self) -> str | None:
        """The market most of the article's named instruments trade in."""
        if not self.markets:
            return None
        ranked = sorted(self.markets.items(), key=lambda item: -item[1])
        return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


# "Crude oil", "Natural gas futures", "Bitcoin", "原油": what no company is called (the whole name, tested first)
_COMMODITY_NAME = re.compile(r"(?:the\s+)?(?:(?:U\.?S\.?|US|benchmark)\s+)?(?:crude(?:\s+oil)?|oil|natural\s+gas|iron\s+ore|"
                             r"palladium|platinum|alumin(?:i)?um|nickel|zinc|lithium\s+carbonate|wheat|corn|soybeans?|coffee|"
                             r"sugar|cocoa|cotton|bitcoin|ether(?:eum)?)(?:\s+(?:futures|prices?|contracts?))?|"
                             r"(?:国际)?(?:原油|油价|天然气|铁矿石|比特币|沪金|沪银|沪铜|沪铝|沪镍|沪锡|沪锌|螺纹钢|焦煤|焦炭|"
                             r"碳酸锂|工业硅|豆粕|棕榈油)(?:期货|主力合约)?", re.I)
# a commodity's name ending a clause's subject ("after iron ore futures fell 2.5%", "Lithium carbonate futures jumped
# 6%"): the commodity is the subject, not a capitalised word before it or the name a shorter reading leaves
COMMODITY_AT_END = re.compile(rf"(?<![\w\-])(?:{_COMMODITY_NAME.pattern})\s*$", re.I)
COMMODITY_OPENING = re.compile(rf"(?:{_COMMODITY_NAME.pattern})(?=\s+[a-z])", re.I)
COMMODITY_LAST_WORDS = frozenset(("crude", "oil", "gas", "ore", "palladium", "platinum", "aluminium", "aluminum", "nickel",
                                  "zinc", "carbonate", "wheat", "corn", "soybean", "soybeans", "coffee", "sugar", "cocoa",
                                  "cotton", "bitcoin", "ether", "ethereum", "futures", "price", "prices", "contract",
                                  "contracts"))
# a capital, then lower-case words ending in a sector's word: a group of companies ("Coal miners", "Chinese tech")
_EN_GROUP = re.compile(r"[A-Z][a-z]+(?:\s+[a-z][a-z\-]*){1,2}")
# a group of stocks named by its kind and 股: "内房股", "券商股" (not a company's "…控股", "…股份", nor a listing's "A股")
_ZH_GROUP = re.compile(r"[\u4e00-\u9fff]{1,5}(?<![控ABH港美个])股")
_KIND_BY_NAME = [
    # one board or exchange of a market: "沪市", "科创板", "北交所", "the STAR Market"
    # (or a flow channel or one of its legs: "港股通（沪）", "沪市港股通", "沪股通"; one anchor for all, searched at the
    # start only)
    (re.compile(r"^(?:(?:沪市|深市|滬市|上交所|深交所|科创板|创业板|北交所|港股主板|STAR Market|Shanghai market|"
                r"Shenzhen market)(?:主板)?|(?:沪市|深市)?港股通(?:[（(][沪深][）)])?|沪股通|深股通)$", re.I), "market"),
    # (the fund families whose name is only ever a fund's: "iShares Gold Trust (IAU)", "SPDR Gold Shares")
    (re.compile(r"ETF|\bfund\b|基金|(?-i:\b(?:iShares|SPDR|ProShares|Direxion|WisdomTree|KraneShares)\b)", re.I), "etf"),
    # "HSI", "PSEi", "FTSE Bursa Malaysia KLCI": an index's code; not "Nitori", nor AASTOCKS's capitals "HUA HONG SEMI"
    (re.compile(r"\b(?:index|sub-?index|average|composite|gauge)\b|指数$|指數$|指$|综指|綜指|成指|(?<=[\u4e00-\u9fff])全A$|"  # ("万得全A": the whole A-share market's index)
                r"(?-i:^[A-Z]{2,5}[Ii]$|(?<=[a-z] )[A-Z]{2,5}[Ii]$)|"
                # the index families wraps name without the word: "the Russell 2000", "FTSE 100", "DAX", "CAC 40"
                r"(?-i:^(?:Russell \d{4}|FTSE(?: \d{2,3}| All-Share)|DAX|CAC 40|(?:Euro )?(?:Stoxx|STOXX)(?: Europe)? \d{2,3}|"
                r"Straits Times|Jakarta Composite|KLCI|PSEi|Ibovespa|S&P/TSX(?: Composite)?)$)|"
                # a market's city alone, as AFP names the market ("London gained 0.2 percent")
                r"(?-i:^(?:London|Paris|Frankfurt|Madrid|Milan|Zurich|Amsterdam|Singapore|Wellington|Jakarta|Manila|"
                r"Kuala Lumpur|Bangkok|Sydney|Mumbai|Taipei|Seoul|Tokyo|Toronto|Sao Paulo)$)", re.I), "index"),
    (re.compile(r"\b(?:sector|stocks|shares|industry|producers|makers)\b|板块|概念|行业", re.I), "sector"),
    # ("food and beverage producers", "healthcare": no capital, no company; "iShares Gold Trust", "eBay" are names)
    (re.compile(r"^(?![a-z]+[A-Z])[a-z]"), "sector"),
]


@cache
def _zh_industries() -> frozenset[str]:
    lines = (data_dir("sources") / "industries_zh.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def _taxonomy_names() -> frozenset[str]:
    """The project's own sector names, in English (lower case) and Chinese ("robotics & machinery", "机器人与机械")."""
    import csv

    with (data_dir("sources") / "sectors.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return frozenset(name for row in rows for name in (row["name_en"].lower(), row["name_zh"]) if name)


def infer_kind(name: str, code: str = "") -> str:
    """The kind of an instrument the reference lacks, from its name: "... ETF", "... Index"/"...指数", an industry
    ("电子", "通信行业", "Utilities", "Coal miners", the taxonomy's own "Robotics & machinery"), a commodity, else a
    stock."""
    if not code and ((name.lower() if name.isascii() else name) in _taxonomy_names() or name == "IT"):
        return "sector"  # ("IT" in capitals: information technology, as sub-index lists write it)
    if _COMMODITY_NAME.fullmatch(name):
        return "commodity"
    name = fold(name) if not name.isascii() else name  # "電子板塊", "恒生內地地產指數": read as simplified
    if not code and name.removesuffix("行业").removesuffix("板块") in _zh_industries():
        return "sector"
    if not code and _ZH_GROUP.fullmatch(name):
        return "sector"  # "内房股", "券商股", "濠赌股": a group of stocks, no company
    if not code and name.isascii() and (is_sector_word(name) or names_a_group(name)) and (
            name.lower() in sector_words() or _EN_GROUP.fullmatch(name)):
        # "Utilities", "Real Estate", "Chinese tech", "Coal miners", "Macau casino operators": a sector or a group,
        # no company
        return "sector"
    for pattern, kind in _KIND_BY_NAME:
        if pattern.search(name):
            return kind
    return "stock"


# a market's word standing for its main index: Hong Kong papers' 大市, the mainland's 大盘
_MARKET_AS_INDEX = re.compile(r"(?P<hk>(?<![港股])大市|港股大市)|(?P<cn>(?<!沪市)大盘(?!股))")
_MARKET_INDEX = {"hk": "HSI.HK", "cn": "000001.SH"}


def market_as_index(view: str, sentence: str, start: int, end: int, ref) -> Mention | None:
    """The market's main index where 大市 or 大盘 stands for it in ``view[start:end]`` ("大市今日高開157點…收市報26629點，
    升310點，升幅1.18%"), as a mention of the words; None when neither is there or the reference lacks the index."""
    market = _MARKET_AS_INDEX.search(view, start, end)
    index = ref.instruments.get(_MARKET_INDEX[market.lastgroup]) if market is not None and ref is not None else None
    return Mention(market.start(), market.end(), sentence[market.start():market.end()], index) if index else None


def list_before(mentions: list[Mention], last: int, sentence: str) -> list[Mention]:
    """The mention at ``last`` and any listed right before it."""
    group = [mentions[last]]
    i = last
    while i > 0 and _LIST_JOINER.match(sentence[mentions[i - 1].end: mentions[i].start]):
        i -= 1
        group.insert(0, mentions[i])
    return group


# the Chinese words of a net flow: a name is never one, and one never opens a name
ZH_FLOW_WORDS = "净流入|净流出|净买入|净卖出|净申购|净赎回"
_ZH_FLOW_WORD = re.compile(rf"^.*?(?:{ZH_FLOW_WORDS}|资金流入|资金流出)")
_ZH_FLOW_ALONE = re.compile(rf"(?:累计|合计)?(?:{ZH_FLOW_WORDS})")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|that|whose)\b[^,]*,\s*$")


def unknown_subject(prefix: str, zh: bool, offset: int) -> Mention | None:
    """A name the reference lacks, ending right where ``prefix`` ends (a relative clause may follow it)."""
    prefix = _RELATIVE_CLAUSE.sub("", prefix) if not zh else prefix
    m = (_ZH_UNKNOWN if zh else _EN_UNKNOWN).search(prefix)
    if not m and zh:
        return _zh_unknown_name(prefix, offset)
    if not m:
        return None
    if zh:  # "主力资金净流入电子板块": the flow word before the name is not part of it
        run = m.group(1)
        # ("法国巴黎股市CAC40指数": the market the index is of, as Xinhua opens its name, is no part of it)
        name = ZH_MARKET_OPENING.sub("", _ZH_FLOW_WORD.sub("", run))
        if len(name) < 2:
            return None
        start = offset + m.end(1) - len(name)
        return Mention(start, start + len(name), name, None)
    name = re.sub(r"^(?:The|the)\s+", "", m.group(1)).strip()
    name = re.split(r"['’]s\b", name)[0].strip()  # "TSMC's US shares": the name is TSMC
    if not name or name in _NOT_NAMES or len(name) < 2:
        return None
    return Mention(offset + m.start(1), offset + m.end(1), name, None)


def _zh_unknown_name(prefix: str, offset: int) -> Mention | None:
    m = _ZH_UNKNOWN_NAME.search(prefix)
    if not m:
        return None
    run = m.group(1)
    name = _ZH_LEADING.sub("", run)
    if not 2 <= len(name) <= 6 or _ZH_NOT_NAME.search(name) or _ZH_FLOW_ALONE.fullmatch(name):
        return None  # ("北向资金午后加速流入 全天净买入62亿元": the flow's word names nobody)
    start = offset + m.start(1) + (len(run) - len(name))
    return Mention(start, start + len(name), name, None)


def anaphora(prefix: str, context: ArticleContext | None) -> list[Mention]:
    """The instrument "the ETF" / "该指数" in ``prefix`` points back at, if the article named one."""
    if context is None:
        return []
    best = None
    for pattern, kind in ANAPHORA:
        for m in pattern.finditer(prefix):
            if best is None or m.start() > best[0]:
                best = (m.start(), kind)
    found = context.lookup(best[1]) if best else None
    return [found] if found else []


def subjects_for(start: int, mentions: list[Mention], seg_start: int, sentence: str, zh: bool,
                 previous: list[Mention], context: ArticleContext | None = None,
                 max_gap: int = MAX_SUBJECT_GAP) -> list[Mention]:
    """The subject(s) of a figure whose words begin at ``start``; empty when nobody is named."""
    between = sentence[seg_start:start]
    if previous and re.search(r"\bthe latter\b|后者", between):
        return previous[-1:]
    if previous and re.search(r"\bthe former\b|前者", between):
        return previous[:1]
    candidates = [i for i, m in enumerate(mentions) if m.start >= seg_start and m.end <= start]
    if candidates and start - mentions[candidates[-1]].end <= max_gap:
        return list_before(mentions, candidates[-1], sentence)
    prefix = sentence[seg_start:start]
    unknown = unknown_subject(prefix, zh, seg_start)
    if unknown is not None:
        return [unknown]
    pointed = anaphora(prefix[-40:], context)
    if pointed:
        return pointed
    if previous and start - seg_start <= MAX_CONTINUATION_GAP:
        return previous
    return []
