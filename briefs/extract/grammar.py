"""A small grammar of figure, clause and list: which percentages are moves, and whose.

A sentence is read on its folded view (``fold``). Every percentage, or run of percentages
joined by a list word ("3.32%, 3.23% and 2.58%", "0.23%及0.13%"), is a *figure group*. A group
is a move when a direction stands next to it:

- a direction word before it, with only a gap of bound and filler words between
  ("rose 1.1%", "down 169 points or 0.7%", "涨幅均超过3%", "分别下跌0.23%及0.13%");
- a direction after it ("以6.42%的涨幅领涨", "a 1.36% gain", "0.5% higher");
- a sign ("+4.38%");

and no word of its clause makes it something else (a rate, a weight, revenue growth).

The group's subject is read from the *region* before the direction: the text back to the
previous figure or the clause's start. The region is cleared of filler words (adverbs,
session words, "shares"), split into list items (",", "and", "、", "和", "及"), and each item
gives one name: a name the reference knows, else a name by its shape (a run of capitalised
words or an ALL-CAPS short name with its share-class suffix and bracketed code; a run of
Chinese characters after the last 的). A region with no name falls back on a pointing phrase
("It", "the index", "二者", "these ETFs") or on the subject of the sentence's previous figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefs.extract.names import CONSEQUENCE_VERBS
from briefs.extract.windows import QUALIFIERS

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\s?\d+)?"
_QUAL_EN = (r"(?:as much as|as high as|up to|more than|over|above|at least|just over|a little over|slightly over|"
            r"nearly|almost|about|around|approximately|roughly|close to|some|an estimated|less than|just under|"
            r"a little under|slightly under|upwards of)")
_QUAL_ZH = r"(?:超过|超|逾|近|约|接近|达到|高达|达|不足|不到)"
# one percentage, possibly signed and bounded
_JOIN = re.compile(rf"^\s*(?:,\s*and|,|and|及|和|、|与|以及|or)\s*(?:{_QUAL_EN}\s+|{_QUAL_ZH})?\s*$", re.I)
_RANGE = re.compile(rf"(?:{NUM})\s*%?\s*(?:-|~|至|到|to)\s*(?:近|约|逾|超|接近|about|nearly|around)?\s*$")
# the start of a range: "跌3%至近5%", "rose 2% to 3%" (each name's own figure lies somewhere between)
_RANGE_AHEAD = re.compile(r"\s*(?:-|~|至|到|to)\s*(?:近|约|逾|超|接近|about|nearly|around)?\s*[\d.]+\s*(?:%|percent|per cent)")

_UP_EN = (r"rose|rise|rises|rising|risen|up|gained|gains|gaining|gain|surged|surges|surging|surge|soared|soars|soaring|"
          r"jumped|jumps|jumping|jump|climbed|climbs|climbing|added|adds|adding|advanced|advances|advancing|"
          r"rallied|rallies|rallying|increased|inclined|put on|puts on|putting on|edged up|edging up|ticked up|ticking up|inched up|inching up|spiked|"
          # a verb of slow motion before its direction: "bucked the trend, inching higher by 0.1%", "drifted lower"
          r"inching higher|inched higher|edging higher|edged higher|ticking higher|ticked higher|drifting higher|"
          r"drifted higher|creeping higher|crept higher|nudging higher|nudged higher|moving higher|"
          r"heading higher|headed higher|drifting up|drifted up|creeping up|crept up|nudging up|"
          r"nudged up|popped|rebounded|"
          r"rebounding|increasing|increases|higher|ahead|leapt|leaped|shot up|skyrocketed|zoomed|perked up|"
          r"rebounds|leaps|spikes|spiked|pops|popped|skyrockets|soars|edges up|ticks up|inches up|recovers|recovered|"
          r"extends gains|extended gains|firmer|stronger|went up|goes up|go up|going up|gone up|"
          # older wire verbs: "firmed 1.9 pct", "tacked on 2.4 pct"
          r"firmed|firming|tacked on|tacks on|tacking on|strengthened|strengthens|bounced|bounces|"
          r"moved up|moves up|moved higher|moves higher|picked up|picks up|notched up|"
          r"rocketed|rockets|rocketing|"  # AASTOCKS: "CITIC SEC rocketed 8.9%"
          r"perked|collected|accelerated|improved|"  # RTTNews: "Tencent perked 0.52 percent, Alibaba collected 1.85"
          r"returned")  # ("SOXX has returned 11.4% so far this year": a fund's return, signed as written)  # "firmer by 0.3%": how wires write a currency's or index's rise
_DOWN_EN = (r"fell|falls|falling|fallen|fall|down|sunk|dropped|drops|dropping|drop|declined|declines|declining|decline|slid|"
            r"lowered|"  # ("Bank of East Asia … lowered 1.5 percent", as Xinhua wrote a fall)
            r"slides|sliding|tumbled|tumbles|tumbling|retreated|retreating|shed|sheds|shedding|lost|loses|losing|"
            r"decreased|decreasing|decreases|plunged|plunges|plunging|sank|sinks|sinking|slumped|slumps|slumping|edged down|edging down|"
            r"ticked down|ticking down|inched down|inching down|dipped|"
            r"inching lower|inched lower|edging lower|edged lower|ticking lower|ticked lower|drifting lower|"
            r"drifted lower|creeping lower|crept lower|nudging lower|nudged lower|moving lower|"
            r"heading lower|headed lower|drifting down|drifted down|creeping down|crept down|"
            r"nudging down|nudged down|dips|dipping|eased|eases|easing|slipped|slips|slipping|lower|off|"
            r"dived|dives|diving|dove|sagged|skidded|tanked|crashed|plummeted|plummeting|sliding|"
            r"retreats|plummets|tanks|sags|skids|crashes|edges down|ticks down|inches down|weakens|weakened|"
            r"extends losses|extended losses|gave up|give up|gives up|giving up|given up|weaker|softer|went down|goes down|go down|going down|gone down|"
            r"softened|softens|moved down|moves down|moved lower|moves lower|pulled back|pulls back|receded|recedes|"
            # AASTOCKS' falls: "ZHONGSHENG HLDG eroded 3%", "LI NING faded over 2%", "PING AN wobbled over 2%"
            r"eroded|erodes|faded|fades|wobbled|wobbles|"
            r"stumbled|surrendered|gave away|forfeited")  # RTTNews: "Li Ning stumbled 1.12 percent"  # "gave up 2%" is a fall
# the English verbs of a move, one pattern: "surged by the daily limit" reads its direction from here too
EN_MOVE_VERB = re.compile(rf"\b(?P<up>{_UP_EN})\b|\b(?P<down>{_DOWN_EN})\b", re.I)
_NOUN_UP = r"gains?|rises?|jumps?|increases?|advances?|rall(?:y|ies)|surges?|climbs?"
_NOUN_DOWN = r"drops?|falls?|declines?|loss(?:es)?|slides?|slumps?|plunges?|decreases?|sell-?offs?|tumbles?|retreats?|pullbacks?|dips?"
# (涨跌幅 says no direction: the figure's own sign does, "涨跌幅-0.21%"; it stands first so that 跌幅 is not read in it)
_UP_ZH = (r"涨跌幅|漲跌幅|最大涨幅|最大升幅|涨幅|升幅|升值|上涨|上升|上扬|走高|反弹|大涨|暴涨|飙升|攀升|收涨|收高|高开|拉升|领涨|急涨|翻红|冲高|走强|"
          r"急升|大升|高收|抽升|弹升|飙涨|劲升|劲扬|劲涨|涨|升|扬|漲|飙|弹")
# (急升, 大升, 高收, 飆, 勁升 and 彈 before its figure: how Hong Kong papers write a rise)
_DOWN_ZH = (r"最大跌幅|跌幅|降幅|贬值|跌去|下跌|下降|下挫|下滑|走低|回落|回调|大跌|暴跌|收跌|收低|低开|跳水|领跌|重挫|急跌|翻绿|走弱|"
            r"急挫|大挫|低收|回吐|倒跌|急泻|插水|劲跌|跌|降|挫|泻")  # 回吐, 倒跌, 急瀉, 瀉, 插水: Hong Kong papers' falls
# the gap between a direction word and its figure: "by", bounds, "N points, or", 分别/均/都 ... (and spaced
# figures in Chinese copy: "跌 213 點或 0.83%")
# how big a move was, said between its article and its figure: "added a modest 0.3%", "posted a solid 2%", "rose a more
# modest 1.3%", "a far steeper 4% drop"
_SIZE_WORDS = (r"(?:(?:more|less|far|much|even|relatively|comparatively|still)\s+)?(?:further|combined|cumulative|total|"
               r"respective|modest|slight|marginal|solid|strong|sharp|hefty|small|big|robust|healthy|impressive|whopping|"
               r"meagre|meager|additional|extra|mere|muted|subdued|steep|steeper|sharper|smaller|bigger|larger|milder|"
               r"stronger|weaker|respectable|decent|outsized|massive|staggering|paltry|scant)\s+")
_GAP_EN = re.compile(
    # ("slumped by the 10 percent daily limit"; "with the Properties sub-index falling the most by 0.52 percent")
    rf"\s*(?:on\s+the\s+(?:day|session)\s+)?(?:(?:the\s+)?(?:most|least)\s+(?=by\b))?(?:by\s+(?:the\s+)?)?"
    rf"(?:an?\s+{_SIZE_WORDS}|another\s+)?"
    # ("dropped 268.51, or 0.6%": the points without their word, as AP writes a close)
    # ("gaining about 412 points, or 1%": a bound on the points is none on the percent after them, but "as
    # much as 410 points, or 1.5%" is the day's high in both)
    rf"(?:(?:(?P<pqual>{_QUAL_EN})\s+)?(?:{NUM})\s*(?:(?:points?|pts?|cents?)\s*,?\s*(?:or\s+)?|,\s*or\s+))?(?:(?P<qual>{_QUAL_EN})\s+)?",
    re.I,
)
_GAP_ZH = re.compile(
    r"(?:\s*[\d,.]+\s*点\s*[,，]?\s*(?:或\s*)?)?(?:幅)?(?:度)?\s*(?:(?:最大|最小|居前|居首|靠前|第一)\s*[,，]?\s*)?"
    # ("盘中最高涨至15%": the move as it reached its figure)
    r"(?:均|都|各|亦|也|则|分别|一度|盘中|早盘|录得|为|在|了|是|有|已|仅|只|(?:扩大|收窄|缩小|缩窄|回落|回升)?至|"
    rf"(?P<qual>{_QUAL_ZH}))*\s*"
)
# a move resized later in the session: "trimming its advance to 2.6%", "pared losses to 1%"; the figure
# after "to" is the move as it then stood
_RESIZED_BEFORE = re.compile(r"\b(?:par(?:e|es|ed|ing)|trim(?:s|med|ming)?|narrow(?:s|ed|ing)?|cut(?:s|ting)?|"
                             r"extend(?:s|ed|ing)?|widen(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|deepen(?:s|ed|ing)?|"
                             # "taking its gain this year to 180%", "bringing its year-to-date gain to 45%"
                             r"tak(?:e|es|ing)|took|bring(?:s|ing)?|brought)\s+"
                             # "extended URA's year-to-date gain to 64%": the owner of the move may be named
                             r"(?:(?P<owner>(?-i:[A-Z][\w.&\-]*)(?:\s+(?-i:[A-Z][\w.&\-]*)){0,3})['’]s\s+)?"
                             r"(?:(?:its|their|the|some|most|much|all|early|earlier|initial|morning|weekly|monthly|"
                             r"year-to-date|annual|(?:this|the)\s+(?:year|week|month)['’]s|"
                             # "trimming its March decline to about 6%": the month's move
                             r"January|February|March|April|May|June|July|August|September|October|November|December|"  # "extending this year's gain"
                             r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)-(?:day|session|week|month|year))\s+)*$",
                             re.I)  # "extending its three-day gain to 2.4 per cent"


def resized_owner(view: str, start: int, verb_at: int) -> tuple[int, int] | None:
    """Where the owner a resized move names stands ("extended URA's year-to-date gain to 64%": URA), or None."""
    window = max(start, verb_at - 60)
    if "'s" not in view[window:verb_at] and "’s" not in view[window:verb_at]:
        return None  # (an owner is named with its 's: most figures have none, and the pattern tries every start)
    found = _RESIZED_BEFORE.search(view, window, verb_at)
    return found.span("owner") if found and found["owner"] else None


# "extending their losses for the week to 7%": a window may stand between the resized move and its figure
_RESIZED_WINDOW = r"(?:\s+(?:for|over|on)\s+the\s+(?:week|month|year|session)|\s+(?:this|so far this)\s+(?:week|month|year)|" \
                  r"\s+year[- ]to[- ]date)?"
_GAP_RESIZED = re.compile(rf"{_RESIZED_WINDOW}\s+to\s+(?:(?P<qual>{_QUAL_EN})\s+)?", re.I)
_TO_AFTER_RESIZED = re.compile(rf"{_RESIZED_WINDOW}\s+to\s", re.I)
_DIR_AFTER_ZH = re.compile(r"^\s*(?P<bound>以上|左右|多)?\s*(?:的)?(?P<zh>涨幅|跌幅|升幅|降幅|涨|跌)")
# "1.1% up at HK$512", "0.3% down to 4,120", "2% up at lunch": a price, a level or a moment after the direction
_AT_PRICE = (r"\s+(?:(?:at|to)\s+(?:[\d$€£¥]|(?:HK|US|NT|S|A|C)\$|RMB|HKD|USD|CNY|EUR|JPY)|"
             r"(?:at|by|in|on|into|during|before|after)\s+(?:the\s+)?(?:lunch|midday|noon|close|open|break|early|late|"
             r"afternoon|morning|mid-?morning|mid-?afternoon|mid-?day|day|session|week|month|quarter|year)\b)")
# ("ended 212 points, or 0.8 percent, higher at 26,102": the points-or form may set the figure off with a comma)
_DIR_AFTER_EN = re.compile(rf"^\s*(?:,\s*(?=(?:higher|lower)\b))?(?P<verb>higher|lower|firmer|stronger|weaker|softer|in the red|in the green|down(?=\s*[.,;]|\s*$|{_AT_PRICE})|up(?=\s*[.,;]|\s*$|{_AT_PRICE})|gain|gains|rise|jump|increase|advance|rally|surge|"
                           r"drop|fall|decline|loss|slide|slump|plunge|decrease|"
                           # "building on a 14% climb over the past five sessions"
                           r"climb|rebound|bounce|run-up|runup|pop|spike|selloff|sell-off|tumble|retreat|pullback|dip)\b", re.I)
_BOUND_AFTER = re.compile(r"^\s*以上|^多(?![股只家个支档])|^有余")  # "涨2%多" is over 2%; "收涨2.13% 多股涨停" is no bound
_ABOUT_AFTER = re.compile(r"^\s*左右")

_DOWN_WORDS = re.compile(rf"^(?:{_DOWN_EN}|{_NOUN_DOWN}|{_DOWN_ZH})$", re.I)
_INTERVAL_ZH = re.compile(r"(?P<verb>涨|跌)\s*$")

# a sector's lower-case name after a figure's noun, ending its clause: "followed by a 1.2% gain in technology" (not a
# time, a volume or a value: "a 1.2% gain in early trade")
_AFTER_SECTOR = re.compile(r"\s*in\s+(?:the\s+)?(?P<names>[a-z][a-z\-]*(?:\s+(?:and\s+)?[a-z][a-z\-]*){0,2})"
                          r"(?:\s+(?:stocks|shares|sector))?\s*(?=[,.;]|$)")
_NOT_A_SECTOR = re.compile(r"(?:(?:early|late|afternoon|morning|midday|overnight|extended|premarket|after-hours|heavy|"
                           r"light|thin|active|volatile)\s+)?(?:trade|trading|deals|session|hours|volume)|"
                           r"(?:the\s+)?(?:morning|afternoon|week|month|year|quarter|day|past|end)|value|price|prices|"
                           r"(?:its|their)\s+\w+", re.I)


def sector_after(view: str, at: int) -> tuple[int, int] | None:
    """The span of a sector's lower-case name following ``at`` ("... gain in technology."), or None ("a 4.5% increase
    in comparable sales" is the company's sales, no sector)."""
    found = _AFTER_SECTOR.match(view, at)
    if not found or _NOT_A_SECTOR.fullmatch(found["names"]) or _NOT_A_MOVE_NOUN.search(found["names"]):
        return None
    return found.span("names")


# words of a clause that make its percentages something other than a price move
NOT_A_MOVE_EN = (
    "revenue", "revenues", "profit", "profits", "earnings", "income", "orders", "sales", "expenditure",
    "expenditures", "capex", "spending", "turnover", "weight", "weights", "weighting", "market share", "stake",
    "stakes", "margin", "margins", "gdp", "cpi", "ppi", "pmi", "yield", "yields", "unemployment",
    "inflation", "population", "volume", "volumes", "year-on-year", "year on year", "shipments", "deliveries",
    "output", "production", "occupancy", "probability", "chance", "odds", "percentile", "ratio", "rate", "rates",
    "premium", "discount", "dividend", "payout", "start-ups", "startups", "eps", "account for", "accounts for",
    "share of", "tariff", "tariffs", "wage", "wages", "salaries", "price index", "prices index", "home prices",
    "house prices", "price target", "target price", "price-to-earnings", "p/e", "outstanding units",
    "units outstanding", "shares outstanding", "units were destroyed", "units were created", "of its units",
    "units destroyed", "units created",  # "where 14,550,000 units were destroyed, or a 1.7% decrease": the fund's size
    # economic series and estimates: "Export prices decreased 0.3%", "a 1.75% beat from Home Depot"
    "export prices", "import prices", "producer prices", "consumer prices", "mortgage", "mortgages",
    "annualized", "annualised")  # "an annualized return of 12.4% since inception"
NOT_A_MOVE_CASED = ("holding", "holdings", "target")  # lower case only: "Yum China Holdings", "Target" are names
# the same words as the noun a figure's "in" phrase names: "a 4.5% increase in comparable sales" is no sector's move
_NOT_A_MOVE_NOUN = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in NOT_A_MOVE_EN) + r")\b", re.I)
# words common in a clause about something else ("slid on valuation worries, with Nvidia down 3%") that make a
# figure no move only as the head of its subject, right before its verb: "Harbor Lights' implied volatility jumped 20%"
_NOT_A_MOVE_HEAD = re.compile(r"\b(?:market value|market cap(?:itali[sz]ation)?|valuation|short interest|open interest|"
                              r"volatility|shares outstanding|share count|borrowing costs|margin debt)"
                              r"(?:\s+[a-z]+){0,2}\s*$")
NOT_A_MOVE_ZH = (
    "营收", "收入", "利润", "净利", "订单", "占比", "权重", "份额", "比例", "比重", "换手率", "振幅", "波幅", "炸板率",
    "溢价", "折价", "贴水", "升水", "成交额", "成交量", "市值", "规模", "出货", "目标价", "同比", "环比", "减产", "增产",
    "产量", "销量", "概率", "收益率", "利率", "股息", "分红", "仓位", "持股", "增速", "增长率", "毛利", "净值增长", "负债",
    "业绩", "预告", "预期", "预计", "有望", "或将", "料将", "预测", "渗透率", "开工率", "胜率", "回撤", "融资余额", "融券余额", "两融余额", "股东户数",
    "比率", "沽空",  # ("沽空比率升至18.5%": the short-selling ratio, no move)
    # a fund's record over its life: "最长连涨涨幅为59.57%", "最高单月回报为15.34%"
    "连涨涨幅", "连跌跌幅", "回报", "超额收益",
    "年化")  # "基日以来年化表现：年化涨幅为10.1%": a yearly rate since the index began, no move


# results named as a time ("after earnings,", "业绩公布后"): what follows them, and (in English) what opens them
_RESULTS_AS_TIME_AFTER = re.compile(r"(?:\s+(?:report|reports|release|announcement|call|season))?\s*[,，]|"
                                    r"(?:公布|发布|披露|出炉)?后")
_RESULTS_AS_TIME_BEFORE = re.compile(r"\b(?:after|following|ahead of|before|post-?)\s+(?:[\w\-']+\s+){0,3}$")
# what makes a capitalised word a company's name: its code in brackets, or a corporate word
_NAMED_AFTER = re.compile(r"\s*[(（]\s*(?:[A-Za-z]+\s*[:：]\s*)?\^?[A-Z0-9][A-Z0-9.]{0,9}\s*[)）]|\s+(?:Corp|Corporation|Inc|Co|Ltd|Group|Holdings)\b")
_KIND_OF_COMPANY = re.compile(r"\s+(?:retailers?|stores?|chains?|grocers?|brokers?|brokerages?|airlines?|carriers?|"
                              r"brands?|carmakers?|automakers?|apparel|fashion|retail|department)\b")
_DESCRIBED_HOLDING = re.compile(r"(?:top|largest|biggest|major|key)\s+$")


@cache
def _not_a_move_automaton():
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in NOT_A_MOVE_EN + NOT_A_MOVE_ZH:
        automaton.add_word(word, (word, False))
    for word in NOT_A_MOVE_CASED:
        automaton.add_word(word, (word, True))
    automaton.make_automaton()
    return automaton


def not_a_move_spans(view: str) -> list[tuple[int, int]]:
    """Where the words that make a percentage something other than a move stand (rates, weights,
    revenue growth, 振幅 ...), found in one Aho-Corasick pass over the sentence."""
    lowered = view.lower()
    if len(lowered) != len(view):
        lowered = view
    spans = []
    for end, (word, cased) in _not_a_move_automaton().iter(lowered):
        start = end - len(word) + 1
        if cased and view[start:end + 1] != word:
            continue
        if cased and _DESCRIBED_HOLDING.search(lowered, max(0, start - 10), start):
            continue  # "Top holding Exxon Mobil rose 1.6%": a description of the name, not a weight
        if word.isascii() and (start > 0 and lowered[start - 1].isascii() and lowered[start - 1].isalpha()
                               or end + 1 < len(lowered) and lowered[end + 1].isascii() and lowered[end + 1].isalpha()):
            continue  # inside a longer word: "rates" in "generates"
        if view[start].isupper() and _NAMED_AFTER.match(view, end + 1):
            continue  # "Target (TGT) stock sank 3.1%", "Target Corp": a company's name, not a price target
        if word == "权重" and view.startswith("股", end + 1):
            continue  # "权重股星河材料涨3.1%": heavyweight stocks, not a weight
        if word in ("discount", "premium") and _KIND_OF_COMPANY.match(lowered, end + 1):
            continue  # "Shares of the discount retailer jumped 6.8%", "premium carmaker": what the company is, no rate
        if lowered.endswith(("post-", "pre-", "after-"), 0, start):
            continue  # "extended its post-earnings slide": the results say when, not what moved
        if _RESULTS_AS_TIME_AFTER.match(lowered, end + 1) and (not word.isascii() or _RESULTS_AS_TIME_BEFORE.search(
                lowered, max(0, start - 40), start)):
            continue  # "After earnings, X fell 3%", "美团业绩后挫5%": the results say when, not what moved
        spans.append((start, end + 1))
    return spans


# a figure right after which these words stand is a growth figure: "12% year on year", "5%的份额"
NOT_A_MOVE_AFTER = re.compile(
    r"^\s*(?:year[- ]on[- ]year|yoy|y/y|from a year|compared (?:to|with) a year|"
    # an estimate's surprise, or a target's distance: "a 1.75% beat from Home Depot", "20% upside"
    r"(?:earnings\s+|revenue\s+|sales\s+)?(?:beat|miss|surprise|upside|downside)\b|"
    r"(?:over|in) the same (?:period|quarter|month) (?:a year|last year|of (?:the previous|last) year)|"
    r"of (?:the|global|total|its|their|all)|in (?:[a-z\-]+\s+){0,2}(?:revenue|sales|profit|net profit|earnings|orders|"
    r"shipments|deliveries)\b|stake|chance|probability|同比|环比|的(?:份额|权重|股份|股权)|股权|的概率|"
    # "a 0.4% increase week over week in outstanding units": the fund's size, no price move
    r"(?:increase|decrease|rise|drop)?\s*(?:week over week\s+)?in (?:outstanding units|units outstanding|shares outstanding)|"
    # the gain since listing: no move of any session
    r",?\s*since (?:its|their) (?:IPO|listing|debut|market debut)\b)",
    re.I,
)
# "The stock is up 45% year on year": a price's change over twelve months, no growth (``windows`` names it yearly)
_YEAR_ON_YEAR = re.compile(r"\s*(?:year[- ]on[- ]year|yoy|y/y)\s*$", re.I)
_PRICE_SUBJECT = re.compile(r"\b(?:the|its|their)\s+(?:stock|shares)\b|\b(?:stock|share)\s+price\b|^\s*shares\b|股价|该股", re.I)
# the distance from a peak or a listing price ("trades 15% below its January peak", "is down 20% from its record
# high"); after a verb of the day ("The S&P 500 slipped 0.3% from its all-time high") "from" is the day's move
_FROM_PEAK_AFTER = re.compile(r"^\s*(?P<word>from|below|off|under|above|since)\s+(?:its|their|the)\s+(?:[\w\-']+\s+){0,3}"
                              r"(?:highs?|peaks?|record|tops?|lows?|bottom|IPO price|listing price|offer price)\b", re.I)
_STATE_BEFORE = re.compile(r"\b(?:is|are|remains?|sits?|stands?|trades?|has|have|now|still)\b", re.I)
# "较年内高点回落20%", "距历史高点已下跌35%": the distance from a peak, said before the figure
_FROM_PEAK_BEFORE = re.compile(r"(?:较|距|距离|相比于?|相较)[^，,。；;%]{0,10}(?:高点|高位|峰值|高峰|低点|低位|发行价)|"
                               r"\bsince (?:its|their|the) (?:IPO|listing|debut|flotation)\b|上市以来", re.I)


@dataclass(frozen=True)
class Group:
    """A run of percentages and the direction that makes them a move."""

    start: int  # where the direction phrase begins (the region of subjects ends here)
    end: int  # where the group (and a direction after it) ends
    values: tuple[float, ...]  # signed
    bound: str  # "at_least", "about", "intraday_high" or ""
    verb: str  # the direction word as folded ("rose", "涨幅", "+")
    subject_after: bool = False  # "gains of 3.5% each in Goldman Sachs and UnitedHealth"
    range_: bool = False  # "slipped 0.3-1%": not one figure
    # a verbless list item ("followed by the Commerce and Industry 0.10 percent"): its name's span and code
    item_from: int = -1
    item_end: int = -1
    item_code: str = ""


def _number(text: str) -> float:
    return float(text.replace(",", "").replace(" ", ""))


@dataclass(frozen=True)
class Percent:
    """One percentage as written: "+4.38%", "1.1 percent"."""

    start: int
    end: int
    num: str
    sign: str | None

    def __getitem__(self, name: str) -> str | None:
        return self.num if name == "num" else self.sign


# (not "1.2 percentage points", "pct points": a rate's change, no move)
_UNIT = re.compile(r"%|(?:percent|per cent|pct)\b(?!\s*(?:points?|pts)\b)")
_NUM_BEFORE = re.compile(rf"(?:(?<![\d.%])(?P<sign>[+\-])\s?)?(?<![\d,.])(?P<num>{NUM})\s*$")
_NUMBER_CHARS = frozenset("0123456789,. ")


def percent_runs(view: str) -> list[tuple[int, int, list[Percent]]]:
    """Percentages of a folded sentence, joined into runs by list words.

    Found from their units backwards (a percent sign is rare, a digit is not): this is the
    extractor's hottest loop.
    """
    runs: list[tuple[int, int, list[Percent]]] = []
    if "成" in view:  # "涨近半成" is 5%, "跌逾两成" 20%: tenths after a direction word
        for m in _TENTHS.finditer(view):
            tenths = _TENTHS_VALUE[m["n"]]
            runs.append((m.start("n"), m.end(), [Percent(m.start("n"), m.end(), f"{tenths:g}", None)]))
    if "%" not in view and "per" not in view and "pct" not in view:
        return runs
    for unit in _UNIT.finditer(view):
        at = unit.start()
        while at > 0 and view[at - 1] in _NUMBER_CHARS:  # back to where the number starts, however long
            at -= 1
        number = _NUM_BEFORE.search(view, max(0, at - 2), unit.start())
        if not number:
            continue
        item = Percent(number.start(), unit.end(), number["num"], number["sign"])
        if runs and _JOIN.match(view[runs[-1][1]:item.start]):
            start, _, items = runs[-1]
            runs[-1] = (start, item.end, items + [item])
        else:
            runs.append((item.start, item.end, [item]))
    if "成" in view:
        runs.sort(key=lambda run: run[0])  # tenths found first stand in the sentence's order
    return runs


# a bracketed figure after a name, in a list a ranking word closes: "综合(3.45%)、有色金属(1.12%)领涨"
_BRACKETED_RANK = re.compile(r"[)）](?:[、,，和及与]?[\u4e00-\u9fffA-Za-z0-9]{1,12}[(（][+\-]?[\d.]+%[)）])*[、,，]?\s*"
                             r"(?:板块|行业|等板块|等行业)?\s*(?:(?P<up>领涨|涨幅居前|居前|走强|领先)|(?P<down>领跌|跌幅居前|走弱))")
# the same list under a heading that ranks it: "行业板块涨幅前五：半导体(3.45%)、通信设备(2.98%)"
_RANK_HEADING = re.compile(r"(?:(?P<up>涨幅(?:前[\d一二三四五六七八九十]+名?|居前|榜|靠前))|(?P<down>跌幅(?:前[\d一二三四五六七八九十]+名?|居前|榜|靠前)))"
                           r"\s*[:：]\s*(?:[\u4e00-\u9fffA-Za-z0-9]{1,12}[(（][+\-]?[\d.]+%[)）][、,，和及与]?\s*)*"
                           r"[\u4e00-\u9fffA-Za-z0-9]{1,12}[(（]$")
# a list item that is only a name, and a code: ", TIANQI LITHIUM (09696.HK) ", "followed by the Commerce and Industry "
# (not after ";": a headline's "; AIA Plummets 8%" holds a verb in capitals, not a name)
_VERBLESS_ITEM = re.compile(r"(?:^|[,:]|\bfollowed by|\bled by|\band|\bthen)\s*(?:the\s+)?"
                            # (an index's number ends its name: "the S&P 500 0.5% and the Dow 0.2%")
                            r"(?:(?P<name>[A-Z][\w&.'\-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w&.'\-]*)*(?:\s+\d{2,4}(?=\s))?)"
                            r"(?:\s*\((?P<code>[^()]{2,14})\))?|"
                            r"(?<=followed by )(?:the\s+)?(?P<lower>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}))\s*$")
# a Chinese line of a list under a heading: "星河科技（301999） 8.1%" (the heading says which way)
_ZH_LINE_ITEM = re.compile(r"\W*(?:\d{1,2}[.、]\s*)?(?P<name>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z\-]{1,11})\s*"
                           r"(?:[（(](?P<code>[A-Za-z0-9.]{2,12})[)）])?\s*(?P<lower>)$")
# a gapped item after a semicolon: "; financials, 0.8%"
_GAPPED_ITEM = re.compile(r";\s*(?:and\s+)?(?:the\s+)?(?P<name>[A-Za-z][\w&.'\-]*(?:\s+[\w&.'\-]+){0,3}),\s*$")
# the nouns of moves a list of names with bracketed figures follows, and words that make such figures shares instead
_BRACKETS_NOUN = re.compile(r"\b(?:(?P<up>gains|gainers|advancers|advances|winners|outperformers|rose|gained|advanced|"
                            r"climbed|rallied|jumped)|"
                            r"(?P<down>losses|losers|decliners|declines|laggards|underperformers|fell|declined|dropped|"
                            r"slid|slipped|retreated|lost))\b", re.I)
_HOLDING_WORDS = re.compile(r"\b(?:holdings?|weights?|weighting|stakes?|accounts?|portfolio|allocation)\b", re.I)
LIST_ITEM = "list item"  # the verb of a figure with none: its item's name is one name, "and" and all
_CLAUSE_CLOSE = re.compile(r"\s*(?:higher|lower)?\s*[,:;]")
_TENTHS = re.compile(r"(?:涨|跌|升|降|涨幅|跌幅|上涨|下跌|跌去)(?:近|逾|超|约|超过|接近|达)?(?P<n>半|[一二两三四五六七八九1-9])成"
                     r"(?![交本分员功立长为绩])")
_TENTHS_VALUE = {"半": 5.0, "一": 10.0, "二": 20.0, "两": 20.0, "三": 30.0, "四": 40.0, "五": 50.0, "六": 60.0,
                 "七": 70.0, "八": 80.0, "九": 90.0, **{str(n): 10.0 * n for n in range(1, 10)}}  # ("升近1成": digits too)


def _bound_of(word: str | None) -> str:
    return QUALIFIERS.get((word or "").lower().strip(), "")


_LIMIT_AFTER = re.compile(r"\s*,?\s*(?:to|hitting|and hit|hitting)\s+(?:the|its)\s+(?:daily\s+)?(?:upper\s+|lower\s+)?"
                          r"(?:trading\s+)?limit(?:\s+(?:up|down))?|"
                          r"\s+daily\s+(?:trading\s+)?limit\b", re.I)  # "slumped by the 10 percent daily limit"
_BY_ALONE = re.compile(rf"\bby\s+(?:(?P<qual>{_QUAL_EN})\s+)?$", re.I)


@dataclass(frozen=True)
class Direction:
    """A direction word found in a sentence: "rose", "gains of", "涨幅"."""

    start: int
    end: int
    word: str  # lower-case, as listed
    kind: str  # "verb", "noun" (followed by "of") or "zh"


def _words(*alternations: str) -> list[str]:
    """The plain words of regex alternations, "gains?" read as "gain" and "gains"."""
    words = []
    for w in (w for alternation in alternations for w in alternation.split("|") if w and "(" not in w):
        words += [w[:-2], w[:-1]] if w.endswith("s?") else [w]
    return words


@cache
def _direction_automaton():
    import ahocorasick

    automaton = ahocorasick.Automaton()
    nouns = set(_words(_NOUN_UP, _NOUN_DOWN)) | {"rise", "rises", "gain", "gains", "rally", "rallies", "loss",
                                                  "losses", "increase", "increases", "decrease", "decreases"}
    for word in _words(_UP_EN, _DOWN_EN):
        automaton.add_word(word, (word, "verb", word in nouns))
    for word in nouns:
        if automaton.get(word, None) is None:
            automaton.add_word(word, (word, "noun", True))
    for word in _words(_UP_ZH, _DOWN_ZH):
        automaton.add_word(word, (word, "zh", False))
    automaton.make_automaton()
    return automaton


_OF_AFTER = re.compile(r"\s+of(?![A-Za-z])")


def direction_words(view: str) -> list[Direction]:
    """Every direction word of a folded sentence, leftmost-longest, in one Aho-Corasick pass."""
    lowered = view.lower()
    if len(lowered) != len(view):
        lowered = view  # a character whose lower case is longer: match as written
    found: list[Direction] = []
    for end, (word, kind, may_be_noun) in _direction_automaton().iter(lowered):
        start = end - len(word) + 1
        end += 1
        if kind != "zh":
            if start > 0 and lowered[start - 1].isascii() and lowered[start - 1].isalpha():
                continue
            if end < len(lowered) and lowered[end].isascii() and lowered[end].isalpha():
                continue
            if may_be_noun:
                of = _OF_AFTER.match(lowered, end)
                if of:
                    kind, end = "noun", of.end()
                elif kind == "noun" and not (_TO_AFTER_RESIZED.match(lowered, end) and  # (an owner is capitalised)
                                             _RESIZED_BEFORE.search(view, max(0, start - 60), start)):
                    continue  # a bare noun is a move only when resized: "trimming its advance to 2.6%"
        found.append(Direction(start, end, word, kind))
    found.sort(key=lambda d: (d.start, -d.end))
    kept: list[Direction] = []
    for d in found:
        if not kept or d.start >= kept[-1].end:
            kept.append(d)
    return kept


_PLACE_THEN_AND = re.compile(r"\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*,?\s+and\s+")
# "Down 6.2%, Dollar General was the worst performer": a figure opening the sentence, its subject after the comma
_FRONTED = re.compile(r",\s+(?:the\s+)?[A-Z]")


def read_group(view: str, start: int, end: int, items: list[Percent], floor: int,
               previous_sign: float = 0.0, directions: list[Direction] | None = None) -> Group | None:
    """The move a run of percentages states, or None when it states none.

    ``floor`` is where the text this run may read begins (the previous run's end); ``directions``
    are the sentence's direction words (``direction_words``), found once.
    """
    first = items[0]
    values = [_number(m.num) for m in items]
    ranged = bool(_RANGE.search(view[max(floor, start - 16):start])) or bool(_RANGE_AHEAD.match(view, end))
    after = view[end:end + 40]  # (" in the green"; " down on the week", whose last word the match must see whole)
    # a sign: "+4.38%", "-0.3%"; a direction word before it ("跌幅最大，为-1.85%") leaves the sign as written
    if first["sign"] and len(items) == 1:
        sign = -1.0 if first["sign"] == "-" else 1.0
        before = [d for d in (directions or direction_words(view)) if max(floor, start - 24) <= d.start and d.end <= start
                  and d.kind == "zh" and _GAP_ZH.fullmatch(view, d.end, start)]
        return Group(before[0].start if before else start, end, (sign * values[0],), "",
                     before[0].word if before else first["sign"])
    # a direction word before, with only a gap between
    window_from = max(floor, start - 60)
    best = None
    if directions is None:
        directions = direction_words(view)
    for d in directions:
        if d.start < window_from or d.end > start:
            continue
        g = (_GAP_ZH if d.kind == "zh" else _GAP_EN).fullmatch(view, d.end, start)
        if g is None and d.kind != "zh":
            g = _GAP_RESIZED.fullmatch(view, d.end, start)
            # ("extended losses to 2.4%": the resizing verb may be the direction phrase's own)
            g = g if g and (d.word.lower().startswith("extend") or
                            _RESIZED_BEFORE.search(view, max(0, d.start - 30), d.start)) else None
        if g:
            best = (d, g)
            break  # the earliest direction whose gap reaches the figure: "涨幅均超过" over "超"
    if best is not None:
        d, g = best
        verb = d.word
        if verb == "up" and view[d.end:d.end + 3].lower() == " to":
            return None  # "up to 5%" alone is a bound, not a move
        if d.kind == "zh" and view[d.start - 1:d.start] in ("增", "减"):
            return None  # 增长/减少 are not price moves
        sign = -1.0 if _DOWN_WORDS.match(verb) else 1.0
        bound = _bound_of(g["qual"]) or ("intraday_high" if g.re is _GAP_EN and _bound_of(g["pqual"]) == "intraday_high"
                                          else "")
        if bound == "intraday_high" and sign < 0:
            bound = "intraday_low"
        if _BOUND_AFTER.match(after):
            bound = "at_least"
        elif _ABOUT_AFTER.match(after):
            bound = "about"
        group_end = end
        limit = _LIMIT_AFTER.match(view, end)
        if limit:  # "surged 20% to the daily limit"
            bound = "limit_up" if sign > 0 else "limit_down"
            group_end = limit.end()
        subject_after = d.kind == "noun" and bool(re.match(r"^\s*(?:each\s+)?in\s+(?:the\s+)?[A-Z]", view[end:end + 20])) \
            or _FRONTED.match(view, group_end) is not None and verb in ("up", "down") and not view[:d.start].strip(" *-•")
        return Group(d.start, group_end, tuple(sign * v for v in values), bound, verb, subject_after, ranged)
    by = _BY_ALONE.search(view, max(floor, start - 24), start)
    if by and previous_sign:  # "... increasing by 13.67% and Haiguang Information (688041) by 10.32%"
        return Group(by.start(), end, tuple(previous_sign * v for v in values), _bound_of(by["qual"]), "by")
    if previous_sign and floor and _PLACE_THEN_AND.fullmatch(view, floor, start):
        # "indexes rose 0.8% in Tokyo and 0.6% in Seoul": the verb said once, for a figure in each place
        return Group(start, end, tuple(previous_sign * v for v in values), "", "in")
    if view[start - 1:start] == "(" and view[end:end + 1] == ")" and len(items) == 1:
        # "Notable gains came from heavyweights such as Kweichow Moutai (2.1%), Ping An Insurance (3.3%)": a figure
        # in brackets after a name takes the direction of the moves' noun the sentence said before it
        noun = None
        for noun in _BRACKETS_NOUN.finditer(view, max(0, start - 200), start):
            pass
        if noun is not None and not _HOLDING_WORDS.search(view, noun.end(), start):
            sign = 1.0 if noun["up"] else -1.0
            return Group(start - 1, end + 1, tuple(sign * v for v in values), "", noun.group(0).lower())
    bracketed = _BRACKETED_RANK.match(view, end) if view[start - 1:start] in ("(", "（") else None
    if bracketed and len(items) == 1:  # "非银金融(3.45%)、有色金属(1.12%)领涨": the ranking word after the list
        sign = -1.0 if bracketed["down"] else 1.0
        return Group(start - 1, end, (sign * values[0],), "", bracketed["down"] or bracketed["up"])
    headed = _RANK_HEADING.search(view, max(0, start - 200), start) \
        if view[start - 1:start] in ("(", "（") and len(items) == 1 and "幅" in view else None
    if headed:  # "行业板块涨幅前五：半导体(3.45%)、通信设备(2.98%)": the ranking word heads the list
        sign = -1.0 if headed["down"] else 1.0
        return Group(start - 1, end, (sign * abs(values[0]),), "", headed["down"] or headed["up"])
    # a direction after: "以6.42%的涨幅", "a 1.36% gain", "0.5% higher", "213 pts (0.8%) lower"
    if view[start - 1:start] in ("(", "（") and after[:1] in (")", "）"):
        after = after[1:] + view[end + 40:end + 41]
        end += 1
    zh = _DIR_AFTER_ZH.match(after)
    en = _DIR_AFTER_EN.match(after)
    hit = zh or en
    if hit:
        verb = (hit["zh"] if zh else hit["verb"]).lower()
        # ("ended 0.4% in the red": a loss, in the colour quote screens give it)
        sign = -1.0 if _DOWN_WORDS.match(verb) or verb in ("lower", "weaker", "softer", "跌", "down", "in the red") else 1.0
        bound = "at_least" if zh and zh["bound"] in ("以上", "多") else "about" if zh and zh["bound"] == "左右" else ""
        lead = re.search(rf"(?:(?P<qual>{_QUAL_EN})\s+|(?P<zq>{_QUAL_ZH}))$", view[max(floor, start - 16):start], re.I)
        if lead:
            bound = _bound_of(lead["qual"] or lead["zq"]) or bound
        head = start - (len(lead.group(0)) if lead else 0)
        if en and verb not in ("higher", "lower", "up", "down", "firmer", "stronger", "weaker", "softer", "in the red", "in the green"):
            # "a 5% rise", "led by SMIC's 5% jump": the noun needs its article or its owner
            # ("trailing the 1.5% decline in the Hang Seng Index": the named move of a comparison)
            article = re.search(rf"(?:\b(?:a|an|with a|with an|the)\s+(?:{_SIZE_WORDS})?|(?<=\w)['’]s\s+)$",
                                view[max(floor, head - 40):head], re.I)
            if not article:
                return None  # "5% rise" needs its article: "a 5% rise"
            head -= len(article.group(0))
            rest = end + hit.end()
            subject_after = bool(_NAMED_AFTER_NOUN.match(view, rest, rest + 24)) or sector_after(view, rest) is not None
            return Group(head, rest, tuple(sign * v for v in values), bound, verb, subject_after, ranged)
        return Group(head, end + hit.end(), tuple(sign * v for v in values), bound, verb, False, ranged)
    # a figure right after a name in a list, no verb of its own ("rallied: TIANQI LITHIUM (09696.HK) 6.9%, ...",
    # "followed by the Commerce and Industry 0.10 percent"): the direction the sentence gave before it
    gapped = _GAPPED_ITEM.search(view, max(floor, start - 50), start) if previous_sign else None
    if gapped and not ranged and all(v >= 0 for v in values):
        # "technology rose 1.4%; financials, 0.8%; and utilities fell 0.3%": the verb said once, the comma for it
        return Group(start, end, tuple(previous_sign * v for v in values), "", LIST_ITEM,
                     item_from=gapped.start("name"), item_end=gapped.end("name"))
    named = _VERBLESS_ITEM.search(view, max(floor, start - 60), start) or \
        (_ZH_LINE_ITEM.match(view, 0, start) if previous_sign and floor == 0 else None)
    if named and not ranged and all(v >= 0 for v in values):
        sign = previous_sign or _last_direction(view, directions, named.start())
        if sign:
            at = named.start("name") if named["name"] else named.start("lower")
            return Group(start, end, tuple(sign * v for v in values), "", LIST_ITEM, item_from=at,
                         item_end=named.end("name") if named["name"] else named.end("lower"),
                         # ("Capital One (NYSE:COF) 5.62%": the ticker without its exchange)
                         item_code=(named["code"] or "").rsplit(":", 1)[-1].strip())
    return None


def _last_direction(view: str, directions: list[Direction], before: int) -> float:
    """The sign of the last direction word before ``before`` that closes its clause ("rallied:", "ended higher,")."""
    for d in reversed(directions):
        if d.end <= before and d.kind == "verb" and _CLAUSE_CLOSE.match(view, d.end):
            return -1.0 if _DOWN_WORDS.match(d.word) else 1.0
    return 0.0


def is_not_a_move(view: str, clause_from: int, group: Group, spans: list[tuple[int, int]] | None = None) -> bool:
    """True when the clause says the figure is a rate, weight, growth or other non-move.

    ``spans`` are the sentence's non-move words (``not_a_move_spans``), found once."""
    after = NOT_A_MOVE_AFTER.match(view[group.end:group.end + 40])
    if after and not (_YEAR_ON_YEAR.match(after.group(0)) and _PRICE_SUBJECT.search(view, clause_from, group.start)) or \
            _FROM_PEAK_BEFORE.search(view, clause_from, group.start):
        return True
    if _NOT_A_MOVE_HEAD.search(view, max(clause_from, group.start - 60), group.start):
        return True
    before = view[max(clause_from, group.start - 90):group.start]
    if (" to " in before or "ould " in before or " may " in before or " might " in before or " will " in before or
            " can " in before) and _FORECAST_BEFORE.search(before):  # (plain words first: most figures have none)
        return True  # "Goldman Sachs expects the S&P 500 to rise 8%", "shares could fall 10%": a forecast, no move
    peak = _FROM_PEAK_AFTER.match(view[group.end:group.end + 60])
    if peak and (peak["word"].lower() not in ("from", "since") or _STATE_BEFORE.search(view, clause_from, group.start)):
        return True
    limit = group.start + len(group.verb)
    spans = not_a_move_spans(view) if spans is None else spans
    # ", and Wells Fargo jumped 7.2%": a coordinate clause opens its own subject; "earnings" in the clause
    # before it ("after the bank topped earnings expectations") is not what the figure measures
    joined = None
    for joined in _COORDINATE.finditer(view, clause_from, limit):
        pass
    for consequence in _CONSEQUENCE.finditer(view, joined.end() if joined else clause_from, limit):
        joined = consequence  # "…after its revenue beat expectations, helping lift the PHLX Semiconductor Index by 2.5%"
    for resized in RESIZING_OPENING.finditer(view, joined.end() if joined else clause_from, limit):
        joined = resized  # "…after it raised its sales forecast, extending this year's gain to 180%"
    start = joined.end() if joined else clause_from
    # "The STAR50 index, which tracks tech startups, climbed 2.1%": a relative clause describes the name
    asides = [(m.start(), m.end()) for m in RELATIVE_ASIDE.finditer(view, start, limit)] if "," in view else []
    # "Tencent, the biggest weight in the index, rose 1.2%": so does a noun phrase in apposition
    asides += [(m.start(), m.end()) for m in _APPOSITIVE_ASIDE.finditer(view, start, limit)] if "," in view else []
    # "The ChiNext Index of startups rose 1.04%": so does an "of" phrase after an index's or a board's name
    asides += [(m.start(), m.end()) for m in _DESCRIBED_INDEX.finditer(view, start, limit)] if " of " in view else []
    # "Among its holdings, Tencent Holdings (TCEHY) is down about 2.3%": a scene set off by a comma says where, not what
    scene = _SCENE_OPENING.match(view, start)
    asides += [scene.span()] if scene else []
    # "the fund's largest holding at roughly 22% weight, jumped 7.1%": a word right after a figure is that figure's;
    # "reported a 42% jump in shipments and soared 7.1%": a word with a figure between it and this one is that one's
    return any(start <= a and b <= limit and not any(x <= a and b <= y for x, y in asides) and
               not (a < group.start and _FIGURE_BEFORE_WORD.search(view, max(0, a - 30), a)) and
               not (b < group.start and _PERCENT_BETWEEN.search(view, b, group.start)) for a, b in spans)


# the name a move's noun is of, after it: "a 16% advance in the S&P 500", "a 3.5% gain for the S&P 500" (not "for March")
_NAMED_AFTER_NOUN = re.compile(r"\s*(?:in|for(?!\s+(?:January|February|March|April|May|June|July|August|September|October|"
                               r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Q[1-4])\b))\s+(?:the\s+)?[A-Z]")


# a figure someone foresees: the verb of the move is governed by a forecast or a modal
_FORECAST_BEFORE = re.compile(r"\b(?:expects?|expected|expecting|forecasts?|forecasting|predicts?|predicted|predicting|"
                              r"projects?|projected|projecting|estimates?|estimated|anticipates?|anticipated|sees|see|"
                              r"targets?|targeting|aims?)\b[^.;]{0,60}?\bto\s+$|"
                              r"\b(?:could|may|might|would|will|should|can)\s+(?:\w+ly\s+)?$", re.I)
_CONSEQUENCE = re.compile(rf",\s+(?:{CONSEQUENCE_VERBS})\b", re.I)
# (", while bitcoin traded near $91,000, down about 1.8%": a contrast opens its own subject too)
# (a commodity written in lower case opens one too: "…rose 4 basis points, and bitcoin traded near $86,500, up 1%")
_COORDINATE = re.compile(r",\s+(?:(?:and|but)\s+(?=[A-Z]|(?:its|their|the)\s|(?:bitcoin|ether|gold|silver|copper|oil|crude|"
                         r"brent|platinum|palladium|iron ore|natural gas)\b)|(?:while|whereas)\s+)")
# a participle's clause that resizes the subject's move: ", extending this year's gain to 180%", ", taking its loss to 9%"
RESIZING_OPENING = re.compile(r",\s*(?:(?:extending|taking|bringing|pushing|lifting|paring|trimming|narrowing|widening|"
                              r"deepening)\s+(?:its|their|(?:this|the)\s+(?:year|week|month)['’]s|year-to-date)|"
                              # "…, erasing a gain of 0.85% made a day earlier": the subject's own earlier move
                              # "…, capping a weekly gain of 2.8 per cent", "…, marking its third straight loss"
                              r"(?:erasing|reversing|wiping out|undoing|extending|adding to|building on|capping|marking|"
                              r"notching|sealing|clinching|securing|booking|logging|posting|recording|rounding off|"
                              r"following|after)\s+(?:a|an|its|their|the)\b|"
                              # "…, giving back part of a 12% rally last week": the subject's own earlier move
                              r"(?:giving|handing) back(?:\s+(?:part|some|much|most|all|half)\s+of)?(?:\s+(?:a|an|its|their|the)\b|\s*$)|"
                              # (the article may open the figure's own group: ", building on a 14% climb")
                              r"(?:erasing|reversing|undoing|extending|adding to|building on|capping|following|after)\s*$)", re.I)
# a relative clause set off by commas: it describes the name before it ("The STAR50 index, which tracks tech startups,")
RELATIVE_ASIDE = re.compile(r",\s*(?:which|that|who|whose)\b[^,;]*,")
# a noun phrase in apposition after a name, with no figure of its own: "Tencent, the biggest weight in the index, rose"
_APPOSITIVE_ASIDE = re.compile(r"(?<=[A-Za-z)])\s*,\s*(?:the|a|an)\s+[^,;%\d]{2,60},")
_SCENE_OPENING = re.compile(r"\W*(?:among|within|across|of)\s+(?:its|their|the\s+fund's|the\s+ETF's)\s+[^,，%]{0,30}[,，]", re.I)
_FIGURE_BEFORE_WORD = re.compile(r"\d\s*%\s*(?:[a-z]+\s+(?:in|of)\s+)?$")  # ("a 42% jump in shipments")
_PERCENT_BETWEEN = re.compile(r"\d\s*(?:%|％)")
_DESCRIBED_INDEX = re.compile(r"\b(?:[Ii]ndex|[Bb]oard)\s+of\s+(?:[a-z][\w\-]*\s*){1,4}")
