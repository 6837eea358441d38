"""Money, share and stock-count figures: turnover, net inflows, premiums, prices, breadth.

Amounts are normalised to plain numbers in their currency: "2.55 trillion yuan",
"2.06万亿元", "1830亿元", "63.51 million yuan" and "37.1 billion Hong Kong dollars"
all become floats with unit CNY or HKD. The metric comes from the words right
before the amount in the same clause (成交额 -> turnover, 净流入 -> net_inflow, ...);
an amount that is a change ("64 billion more than on Monday", "放量640亿元") or a
figure with no metric word is not read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefs.extract.hints import hint_pattern
from briefs.extract.moments import with_bound
from briefs.extract.windows import opening_window, QUALIFIERS, window_of

NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
EN_SCALES = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9,
             "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "trln": 1e12}  # (bln, mln, trln: wires' older copy)
ZH_SCALES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4}
CURRENCIES = {
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "cny": "CNY", "元": "CNY", "人民币": "CNY",
    "hong kong dollars": "HKD", "hk dollars": "HKD", "hkd": "HKD", "hk$": "HKD", "港元": "HKD", "港币": "HKD",
    "us dollars": "USD", "dollars": "USD", "usd": "USD", "us$": "USD", "$": "USD", "美元": "USD",
    "shares": "shares", "股": "shares", "份": "shares",
    # ("Foreign investors net sold 2.1 trillion won of Korean shares": Seoul's and Tokyo's flows in their own money)
    "won": "KRW", "韩元": "KRW", "yen": "JPY", "日元": "JPY",
}
# (the look-ahead at its first character lets the scan skip, cheaply, every position no amount can start at: with the
# optional prefix first, the whole pattern was tried at each one)
EN_AMOUNT = re.compile(
    r"(?=[\d$HUCRhucr\s])(?P<pre>HK\$|US\$|\$|RMB|CNY|HKD|USD)?\s?" + NUM +
    r"\s*(?P<scale>thousand|million|billion|trillion|mln|bln|trln|trn|mn|bn|tn|m|b)?\b\s*"
    r"(?P<cur>Hong Kong dollars|HK dollars|US dollars|dollars|yuan|RMB|renminbi|CNY|HKD|USD|shares|won|yen)?",
    re.IGNORECASE,
)
# "超百亿元": a magnitude word alone, after a bound, is one of its unit (the bound says "over")
ZH_AMOUNT = re.compile(r"(?P<neg>-)?(?:" + NUM + r"|(?<=[超逾近约破足])(?=万亿|千亿|百亿))"
                       r"\s*(?P<scale>万亿|千亿|百亿|亿|千万|百万|万)?\s*(?P<cur>元|人民币|港元|港币|美元|韩元|日元|股|份)?")

# money put into something, right before its amount: "Investors poured $2.3 billion into SPY"
_POURED = (r"\b(?:poured|pumped|plowed|ploughed|channell?ed|funnell?ed)\s+(?:(?:about|nearly|some|more than|over|"
           r"almost|a record)\s+)?")
# metric words, nearest before the amount wins; the sign says inflow (+1) or outflow (-1)
METRIC_WORDS = [
    (re.compile(r"net (?:inflows?|buying|buys?\b|bought|purchases?|purchased|subscriptions?|buyers of)|"
                r"(?:poured|pumped|put|channelled|funneled|bought|purchased|snapped up)\s+(?:a\s+)?net|"
                # how fund-flow reports write money into a fund: "QQQ took in $1.2 billion", "inflows of $640 million"
                r"\b(?:took|raked|pulled|drew|brought|hauled|taking|raking|pulling|drawing|bringing|hauling)\s+in\b|\b(?:attracted|gathered)\b|\binflows?\s+(?:of|totall?ing)\b|"
                r"\bled\s+(?:the\s+)?inflows?\s+with\b|"  # "SPY led inflows with $4.2 billion"
                # "The Vanguard S&P 500 ETF (VOO) added $1.3 billion": a fund's money in, right before the amount (a
                # company's "added $200 billion in market value" is its worth: below)
                # ("…, followed by the Vanguard Total Bond Market ETF (BND), which added $2.1 billion")
                r"(?:\b(?:ETFs?|Funds?|Trusts?)|\([A-Z]{2,5}\))(?:,\s*which)?\s+added\s+(?:(?:US)?(?=\$)|$)|" +
                # "Investors poured $2.3 billion into SPY": money put into a fund, which follows "into"
                _POURED + r"(?:(?:US|HK)?(?=\$)|$)|"
                # "Tencent drew the most southbound buying, at HK$2.1 billion": the channel's buying is net
                r"\b(?:southbound|northbound)\s+(?:buying|purchases|inflows?|flows?)\b|"  # ("Southbound flows hit …")
                # "Purchases via the Shanghai link totalled a net HK$4.15 billion": "net" said before the amount
                r"\b(?:totall?ed|amounted\s+to|came\s+to|reached|were|was)\s+a\s+net(?=\s*(?:US|HK)?\$|\s*\d|\s*$)|"
                r"净流入|净买入|净申购|"
                # ("个股资金流向方面，腾讯控股（+8.2亿港元）、阿里巴巴-W（-3.1亿港元）": signed amounts under the flows' heading)
                r"净买额|吸金|资金流向", re.IGNORECASE), "net_inflow", 1.0),
    (re.compile(r"net (?:outflows?|selling|sells?\b|sold|redemptions?|sellers of)|(?:sold|offloaded|dumped)\s+(?:a\s+)?net|"
                # "Investors pulled $3.1 billion from SPY", "outflows of $2 billion"
                r"\b(?:pulled|withdrew|yanked|redeemed)\b(?!\s+in\b)|\b(?:outflows?|redemptions?)\s+(?:of|totall?ing)\b|"
                r"\bled\s+(?:the\s+)?(?:outflows?|redemptions?)\s+with\b|"  # "XLK led outflows with just over $3 billion"
                # "Redemptions from the SPDR Gold Shares (GLD) totaled $412 million": the fund follows the noun
                r"\b(?:redemptions|outflows)\s+(?:from|out of)\s+[^,;]{1,60}?\s+(?:totall?ed|reached|hit|amounted\s+to|"
                r"came\s+to|were|was)\s+(?:(?:about|nearly|some|more than|over|almost)\s+)?(?:(?:US)?(?=\$)|$)|"
                # "IWM shed $510 million": a fund's money out, right before the amount (market value is no flow: below)
                # (the sentence's test sees the amount after the word; the metric's search ends right before it)
                r"\b(?:shed|bled)\s+(?:(?:US|HK)?(?=\$)|$)|\b(?:southbound|northbound)\s+(?:selling|sales|outflows?)\b|"
                # "the Financial Select Sector SPDR Fund (XLF) lost $298 million": a fund's money out, as "added" is in
                r"(?:\b(?:ETFs?|Funds?|Trusts?)|\([A-Z]{2,5}\))(?:,\s*which)?\s+lost\s+(?:(?:US)?(?=\$)|$)|"
                r"净流出|净卖出|净赎回", re.IGNORECASE),
     "net_inflow", -1.0),
    # ("Volume on the two bourses rose to 1.61 trillion yuan": a volume in money is turnover; in shares it is kept out)
    # ("Trading in the Shanghai market accounted for 642.8 billion yuan": trading as the subject's head is turnover)
    (re.compile(r"turnover(?! rate)|trading (?:volume|value)|transaction volume|\bvolumes?\b|(?<![\w\-] )\btrading(?= (?:in|on) )|"
                r"\bvalue of (?:shares|stocks|equities) traded\b|"  # "The value of shares traded on the main board was"
                r"成交额|成交金额|交易额|成交(?!量)",
                re.IGNORECASE), "turnover", 1.0),
    # ("涨2.1%，报528.5港元": a price said right after a move, its clause opened by 报)
    (re.compile(r"(?:latest|closing|share|last) price|price of|最新价|(?<!招)股价|收报|现价|(?<=[，,])\s*报(?=\s*$|\s*[\d０-９])",
                re.IGNORECASE), "level", 1.0),
]
# a price a move is measured from: an offer, issue or target price
_BASE_PRICE = re.compile(r"(?:招股价|发行价|发售价|定价|目标价|offer price|IPO price|issue price|price target)\s*(?:为|of|at)?\s*$",
                         re.IGNORECASE)
# an amount that is a change of a figure, not the figure
_CHANGE_BEFORE = re.compile(
    r"(?<!to )(?<!of )(?<!at )(?<!reached )(?<!passed )(?<!hit )"
    # ("was a little more than 1.2 trillion yuan", "higher than": a bound on the figure, not a change of it)
    r"(?:increase|decrease|rise|drop|decline|up|down|more|less|higher|lower)(?!\s+than)\s+(?:of|by)?\s*"
    r"(?:(?:nearly|about|almost|roughly|around|over|more than)\s*)?$|"
    # "Turnover rose by more than HK$10 billion": a verb's "by" is its change
    r"\b(?:rose|fell|increased|decreased|grew|shrank|climbed|dropped|declined|jumped|slid|expanded|contracted)\s+by\s+"
    r"(?:(?:nearly|about|almost|roughly|around|over|more than|less than)\s*)?$|"
    # "较上一交易日缩量近1000亿元": a bound may stand between the change and its amount
    r"(?:增加|减少|放量|缩量|增长|下降|较上一?个?交易日|较前一?个?交易日|环比|同比|"
    # "较深股通多出约76亿元": how much more than another's, no flow of its own
    r"较[^，,；;。]{1,8}?(?:多出|少了|多了|高出|低出)|多出|高出)\s*(?:了)?\s*(?:近|约|超过|超|逾|接近|不足)?\s*$",
    re.IGNORECASE,
)
# "up from 201.3 billion in the previous session": the amount a figure moved from is another day's
# "rose to 1.28 trillion yuan from 1.05 trillion yuan on Monday": any amount right after "from" is where a figure began
# (a day's possessive may stand between: "dropped to HK$86.3 billion from Thursday's HK$107.63 billion")
_FROM_BEFORE = re.compile(r"(?:\b(?:compared|against)\s+with|\bfrom)(?:\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                          r"Friday|yesterday|(?:previous|prior)\s+(?:day|session|trading\s+day)|last\s+week)['’]s)?"
                          r"\s*(?:HK\$|US\$|\$)?\s*$", re.IGNORECASE)
# the base a figure is set against ("Turnover was HK$188.2 billion, versus HK$172.5 billion"): another day's, kept only
# when its day is said after it ("vs HK$212.3 bln previous session", "versus … on Monday"), which dates it
_VERSUS_BEFORE = re.compile(r"(?:\bcompared\s+to|\bversus|\bvs\.?|\bagainst|\(\s*(?:prev(?:ious)?|prior)\.?)\s*"
                            r"(?:HK\$|US\$|\$|RMB|HKD|USD)?\s*$",
                            re.IGNORECASE)
_DAY_SAID_AFTER = re.compile(r"\s*(?:(?:in|on|during|for)\s+)?(?:the\s+)?(?:previous|prior|last)\s+(?:session|trading day|"
                             r"day)|\s*(?:a|one)\s+(?:day|session|week|month|year)\s+(?:earlier|before|ago)|"
                             r"\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b|\s*yesterday\b", re.IGNORECASE)
# "amounting to 20.32 million yuan in trading volume": the metric named after the amount
# ("About HK$150 billion of shares changed hands": the market's turnover, said by its verb)
_METRIC_AFTER = re.compile(r"^\s*(?:in|of)\s+(?:trading volume|turnover|trading value)|"
                           r"^\s*(?:(?:worth\s+)?of\s+(?:shares|stocks?|equities)\s+)?chang(?:e[ds]?|ing)\s+hands|"
                           r"^\s*worth\s+of\s+(?:shares|stocks?|equities)\s+chang(?:e[ds]?|ing)\s+hands", re.IGNORECASE)
# ("stands out with a $3.1 billion inflow": the flow's noun may follow its amount straight away)
_FLOW_AFTER = re.compile(r"^\s*(?:(?:in|of)\s+|dollar\s+(?=inflow|outflow)|(?=(?:net\s+)?(?:inflow|outflow)s?\b))"
                         r"(?:(?:net\s+)?(?P<in>inflows?|new (?:assets|money|cash))|"
                         r"(?:net|southbound|northbound)\s+(?P<in2>purchases?|buying|subscriptions?)|"
                         r"(?:southbound|northbound)\s+(?P<out3>selling|sales)|"
                         r"(?:net\s+)?(?P<out>outflows?)|net\s+(?P<out2>selling|sales|redemptions?))",
                         re.IGNORECASE)
# a total said after the amounts it sums: "…, for a total of 1.61 trillion yuan", "…, a combined 1.61 trillion yuan"
TOTAL_BEFORE = re.compile(r",\s*(?:for\s+)?(?:a\s+)?(?P<word>combined|total)(?:\s+of)?\s*$", re.I)
_LESS = re.compile(r"decrease|drop|decline|down|less|lower|fewer|减少|缩量|下降|萎缩", re.IGNORECASE)
_MARKET_VALUE = re.compile(r"市值|估值|market (?:cap|value)|capitali[sz]ation|valuation", re.IGNORECASE)
# what a fund or a company holds, not what flowed or traded: "净流入12.5亿元，最新规模突破200亿元"
_SIZE = re.compile(r"规模|市值|估值|份额|净资产|总资产|资产净值|资产规模|market (?:cap|value)|capitali[sz]ation|"
                   r"assets under management|\bAUM\b|fund size|net assets|"
                   r"\b(?:its|their|the fund's|total)\s+assets\b", re.IGNORECASE)  # "lifting its assets to $4.2 billion"
# amounts of their own kind, said after a turnover or flow word in the same clause
_OTHER_AMOUNT = re.compile(r"沽空|卖空|做空|融资余额|融券|回购|募资|派息|分红|short[- ]?sell|short sales|short interest|"
                           r"buybacks?|repurchase|dividends?", re.IGNORECASE)
_VALUE_AFTER = re.compile(r"\s*(?:in|of)\s+(?:its\s+|their\s+)?(?:market (?:value|cap(?:itali[sz]ation)?)|value|"
                          r"valuation|wealth|net worth)\b", re.IGNORECASE)
_OTHER_BEFORE = re.compile(r"(?:short[- ]?sell(?:ing)?|short sales?|沽空|卖空|融资|融券)\s*$", re.IGNORECASE)
# a name and the bracket its amount stands in: "电子（+52.3亿元）", "银行（-12.3亿元）"
# a ranking by flows after a list of amounts: "…分别以36.12亿元、30.05亿元、28.47亿元位列资金流入前三"
_RANKED_FLOW_AFTER = re.compile(r"[^，,。；;]{0,40}?(?:位列|位居|居|排名|排在)(?:全市场)?(?:资金)?(?:净)?"
                                r"(?:(?P<in>流入|申购|吸金)|(?P<out>流出|赎回))(?:额)?(?:榜)?(?:前|第|首位|榜首)")
# a fund's signed flow in brackets with its ticker: "(SPY, +$11.2 billion)", "(QQQ, -$1.6 billion)"
_TICKER_FLOW = re.compile(r"\(\s*[A-Z]{2,5}\s*,\s*(?P<sign>[+\-−])\s*(?=\$)")
BRACKETED_ITEM = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,10})[（(]\s*(?P<sign>[+＋-])?\s*$|"
                            # "净流入前三的个股：宁德时代 8.2亿元，中际旭创 5.6亿元": an item of a list under a flow heading,
                            # its name and amount parted by a space
                            r"(?<=[：:，,、；;])\s*(?P<spaced>[\u4e00-\u9fffA-Za-z0-9]{2,10})[ \u3000]+(?P<sign2>[+＋-])?$")
_FLOW_HEADING = re.compile(r"净(?:流|买|卖)(?P<way>入|出)[^：:，,；;。]{0,12}[：:]")
# (or with a verb of having: ", while the Shenzhen exchange saw 931 billion yuan")
# ("Tencent attracted HK$3.2 billion of net purchases, while Alibaba drew HK$2.6 billion": the flow's words after the
# first amount and a plain verb of receiving before the second)
_GAPPED_AMOUNT = re.compile(r"(?:\s*\b(?:of|in)\s+(?:net\s+)?(?:purchases|buying|inflows?|outflows?|selling|sales))?"
                            r"\s*,?\s*(?:and\s+|while\s+|whereas\s+)?(?:the\s+)?[A-Z][\w&.'\-]*(?:\s+[A-Z][\w&.'\-]*){0,3}"
                            r"(?:\s+(?:exchange|market|bourse))?"
                            r"(?:\s+(?:saw|had|recorded|logged|posted|took|(?P<receiving>drew|received|got|attracted)))?\s*")
_BOUND_AFTER_AMOUNT = re.compile(r"\s*(?:(?P<below>以下|以内)|(?P<above>以上))")
_AVERAGE = re.compile(r"\baverag(?:e|es|ed|ing)\b|\bavg\b|\bmean\b|日均|均值|平均", re.IGNORECASE)  # (not "Meanwhile")
_INTO = re.compile(r"^\s*(?:into|to|in)\s+(?:shares of\s+)?", re.IGNORECASE)
_OF_NAME = re.compile(r"\s*of\s+(?:shares\s+(?:of|in)\s+)?(?=[A-Z])")
# "Investors added $9.8 billion to U.S.-listed ETFs": "added" is money put in when a fund follows "to" (not "added $70
# billion to its market value")
_ADDED_BEFORE = re.compile(r"\badded\s+(?:(?:about|nearly|some|more than|over|almost|a net)\s+)?(?:US|HK)?\$?\s*$",
                           re.IGNORECASE)
_ADDED_TO = re.compile(r"\s*(?:to|into)\s+(?!(?:its|their|the company's)\b)(?:[\w.\-&]+\s+){0,4}?"
                       r"(?:(?:ETFs?|funds?|exchange-traded funds?|ETPs?|trusts?)\b|\([A-Z]{2,5}\))", re.IGNORECASE)
# a running total after a flow: "…, bringing this year's total to a record HK$1.2 trillion", "lifting this year's net
# inflow to more than HK$1.3 trillion"; its period must be said, or it would stand as the day's flow
_RUNNING_TO = re.compile(r"\b(?:bringing|lifting|taking|pushing|raising|boosting)\s+[^,;:]{0,48}?\bto\s+"
                         r"(?:(?:a\s+)?(?:record|new high of|about|nearly|more than|over|almost|roughly)\s+)*"
                         r"(?:US|HK)?\$?\s*$", re.IGNORECASE)
_RUNNING_HINTS = hint_pattern("bringing", "lifting", "taking", "pushing", "raising", "boosting")
_PERIOD_HINTS = hint_pattern(" in 19", " in 20", " for 19", " for 20", "during 20", "first half", "first quarter", " h1",
                             " h2", " q1", " q2", " q3", " q4")
_CROSSED_BEFORE = re.compile(r"(?:升破|涨破|突破|站上|站稳|重上|升穿|(?P<below>跌破|失守|跌穿))\s*$")
_PRICE_CHANGE_BEFORE = re.compile(r"(?:升|跌|涨|挫|降|上涨|下跌|\bup|\bdown|\bgained|\blost|\brose|\bfell)\s*(?:了|近|约|逾)?\s*(?:HK|US)?\$?\s*$",
                                  re.IGNORECASE)
_EXTREME_DAY = re.compile(r"最高单日|单日最高|最大单日|单日最大|最高单周|最高单月")
_PERIOD_AFTER = re.compile(r"[^,;.，；。]{0,40}?\b(?:in|for|during)\s+(?:(?P<year>(?:19|20)\d\d)\b|the\s+first\s+(?:half|quarter)|"
                           r"(?:H1|H2|Q[1-4])\b)", re.IGNORECASE)
_POURED_BEFORE = re.compile(_POURED + r"(?:US|HK)?\$?\s*$", re.IGNORECASE)
_OUT_OF = re.compile(r"^\s*(?:from|out of)\s", re.IGNORECASE)  # "pulled $3.1 billion from SPY": the fund follows
_CHANGE_AFTER = re.compile(r"^\s*(?:more|less|higher|lower|fewer)\s+than|^\s*from the previous", re.IGNORECASE)
_QUALIFIER_BEFORE = [
    # English bounds are whole words: "turnover HK$152b" ends in "over" and states no bound
    (re.compile(r"(?:\b(?:over|more than|above|exceeded|exceeds|exceeding|surpassed|surpasses|topped|tops|at least)|"
                r"超过|超|逾|突破)\s*$",
                re.IGNORECASE), "at_least"),
    (re.compile(r"(?:\b(?:nearly|almost|about|around|approximately|roughly|close to)|近|约|接近)\s*$", re.IGNORECASE),
     "about"),
    (re.compile(r"(?:\b(?:less than|under|below)|不足|不到|低于)\s*$", re.IGNORECASE), "at_most"),
]
# "326.2 billion yuan (about 49.7 billion US dollars)": a conversion of the amount before, not a figure
# ("245.8 billion HK dollars (about 31.6 billion U.S. dollars)": the words of the unit before the bracket may be several)
_CONVERSION = re.compile(r"[\d.]\s*(?:[A-Za-z.$]+\s*){0,3}(?:yuan|dollars|元|港元)?\s*[(（]\s*(?:about|around|approximately|roughly|约|合)?\s*$",
                         re.IGNORECASE)
PREMIUM = re.compile(r"(?:premium(?: rate)?|溢价率)\D{0,25}?" + NUM + r"\s*%", re.IGNORECASE)
DISCOUNT = re.compile(r"(?:discount(?: rate)?|折价率)\D{0,25}?" + NUM + r"\s*%", re.IGNORECASE)
TURNOVER_RATE = re.compile(r"(?:turnover rate|换手率)\D{0,15}?" + NUM + r"\s*%", re.IGNORECASE)
EN_COUNT = re.compile(
    r"(?P<qual>over|more than|nearly|about|around|almost)?\s*" + NUM +
    r"\s+(?:A-share\s+|individual\s+|listed\s+)?(?:stocks|shares|companies|issues)\s+"
    r"(?P<what>rose|gained|advanced|closed higher|ended higher|rallied|fell|declined|dropped|closed lower|"
    r"ended lower|hit (?:the )?(?:daily )?limit[- ]up|hit (?:the )?daily limit|hit limit[- ]down|were limit[- ]up)",
    re.IGNORECASE,
)
# ("两市超5000股下跌": 股 alone counts stocks when a direction follows)
ZH_COUNT = re.compile(r"(?P<qual>超|逾|近|约|超过)?" + NUM + r"\s*(?:(?:只|家|个)(?:个股|股票|股)?|股)\s*"
                      r"(?P<what>上涨|下跌|涨停|跌停|收涨|收跌|飘红|翻红|飘绿|收绿|收红|翻绿)")
ZH_COUNT_AFTER = re.compile(r"(?P<what>上涨|下跌|涨停|跌停)(?:个股|股票)?(?:数|家数|数量)?(?:达|为|有)?\s*(?P<qual>超过|超|逾|近|约)?"
                            + NUM + r"\s*(?:只|家)")


@dataclass(frozen=True)
class Amount:
    """A figure found in a sentence, before its subject is known."""

    start: int  # where the words it belongs to begin
    end: int
    number_at: int  # where the figure itself stands (its subject is named before this)
    metric: str
    value: float
    unit: str  # CNY, HKD, USD, shares, %, stocks_up, ...
    qualifier: str
    currency_missing: bool = False  # "2.34 trillion" with no currency: the subject's market decides
    subject_after: bool = False  # "a net 1.1 billion yuan into Cambricon": the subject follows
    subject_of: bool = False  # …after "of": "a net HK$1.2 billion of Tencent" (a stock's, else the sentence's subject)
    only_after: bool = False  # "poured $2.3 billion into SPY": only a fund named after it owns it, never the pourer
    local_yuan: bool = False  # "元" in Chinese text: a Hong Kong price or turnover in 元 is in Hong Kong dollars
    local_dollar: bool = False  # a bare "$": Hong Kong dollars in a Hong Kong report ("Turnover $112.6B")
    running: bool = False  # "…, bringing this year's total to HK$1.2 trillion": the flow before's running total
    year: int = 0  # the year a total is said to be of ("HK$808 billion in 2025"): another year's is an earlier figure
    part: bool = False  # "with the Shanghai link accounting for 108.4 billion yuan": a part's, named right before it


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _qualifier(before: str) -> str:
    for pattern, name in _QUALIFIER_BEFORE:
        if pattern.search(before):
            return name
    return ""


# a part's share of a whole said before it: "with the Shanghai link accounting for", "and the Shenzhen link for"
_SHARE_BEFORE = re.compile(r"\b(?:accounting|accounted|accounts|making up|made up|contributing|contributed)(?:\s+for)?\s*$|"
                           r"\b(?:link|connect|market|exchange|bourse|board)\s+for\s*$", re.I)
# a second action of the buyers after a flow, in a clause of its own: "…, after selling HK$1.2 billion the previous day"
_OTHER_ACTION = re.compile(r"[,;]\s*(?:after|before|while|having|following|compared\s+with)\s+(?P<net>net\s+)?"
                           r"(?P<verb>selling|sold|buying|bought|purchasing|purchased|offloading|dumping)\b", re.I)


def _metric_before(text: str) -> tuple[str, float, int] | None:
    """The metric word nearest the end of ``text``: (metric, sign, its start)."""
    best = None
    for pattern, metric, sign in METRIC_WORDS:
        for m in pattern.finditer(text):
            if best is None or m.start() > best[2]:
                best = (metric, sign, m.start())
    return best


# cheap tests before the expensive patterns: most sentences hold none of these words
_ANY_METRIC_WORD = re.compile("|".join(p.pattern for p, _, _ in METRIC_WORDS) +
                              r"|in trading volume|\b(?:in|of)\s+(?:net\s+)?(?:inflows?|outflows?|new (?:assets|money|cash))"
                              r"|\bdollar\s+(?:inflow|outflow)|\bchang(?:ed|ing)\s+hands"
                              r"|(?:billion|million|bn|mn)\s+(?:net\s+)?(?:inflow|outflow)s?\b"
                              r"|\badded\s+(?:[a-z]+\s+){0,2}(?:US|HK)?\$[\d.,]+\s*[a-z]*\s+(?:to|into)\s",
                              re.IGNORECASE)
_RATE_WORDS = hint_pattern("premium", "discount", "turnover rate", "溢价", "折价", "换手率")
_COUNT_WORDS = re.compile(r"stocks|shares|companies|issues|只|家|个|股(?=上涨|下跌|涨停|跌停|收涨|收跌|飘红|翻红|飘绿|收绿|收红|翻绿)",
                          re.IGNORECASE)
# substrings every metric word holds: a plain ``in`` test before the large pattern (most sentences fail it)
_METRIC_HINTS = hint_pattern("net", "southbound", "northbound", "volume", "turnover", "poured", "pumped", "plowed", "ploughed", "channel", "funnel", "trading",
                             "transaction", "成交", "交易额", "净", "吸金", "资金流向", "price", "价",
                             "收报", "，报", ",报", "flow", "took in", "raked in", "drew in", "brought in", "taking in", "raking in",
                             "drawing in", "bringing in", "pulling in", "hauling in", "attracted", "pulled", "gathered", "hauled in",
                             "shed", "bled", "added",
                             "withdrew", "yanked", "redeemed", "redemption", "new assets", "new money", "new cash", "changed hands", "changing hands", " traded")
_COUNT_HINTS = hint_pattern("stock", "share", "compan", "issue", "只", "家", "个", "股上涨", "股下跌", "股涨停", "股跌停",
                            "股收涨", "股收跌", "股飘红", "股翻红", "股飘绿", "股收绿", "股收红", "股翻绿")


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause holding ``at`` ends: its next comma, semicolon or full stop, else the sentence's end."""
    ends = [i for i in (sentence.find(c, at) for c in ",;，；。") if i >= 0]
    return min(ends, default=len(sentence))


def find_amounts(sentence: str, zh: bool, clause_start) -> list[Amount]:
    """Turnover, flows, prices, premiums, turnover rates and breadth counts of one sentence."""
    found: list[Amount] = []
    pattern = ZH_AMOUNT if zh else EN_AMOUNT
    lowered = sentence.lower()
    has_metric = bool(_METRIC_HINTS.search(lowered)) and bool(_ANY_METRIC_WORD.search(sentence)) or \
        not zh and (", +$" in sentence or ", -$" in sentence) or \
        zh and ("流入" in sentence or "流出" in sentence) and _RANKED_FLOW_AFTER.search(sentence) is not None
    # ("(SPY, +$11.2 billion)": a flow report's signed flows; "…分别以36.12亿元、…位列资金流入前三": a ranking by flows)
    for m in pattern.finditer(sentence) if has_metric else ():
        if not m.group(0):
            continue  # the empty match a bound before nothing leaves
        num, num_at = (m["num"], m.start("num")) if m["num"] else ("1", m.start())
        currency = (m["cur"] or "").lower() or (m.groupdict().get("pre") or "").lower()
        scale_word = (m["scale"] or "")
        scale = ZH_SCALES.get(scale_word, 1.0) if zh else EN_SCALES.get(scale_word.lower(), 1.0)
        if not currency and not scale_word:
            continue  # a bare number
        if not zh and scale_word.lower() in ("m", "b") and not currency:
            continue  # "5m" alone is too ambiguous
        if sentence[m.end():m.end() + 1] == "%":
            continue
        if currency == "股" and _COUNT_AFTER_SHARES.match(sentence, m.end()):
            continue  # "两市超5000股下跌": a count of stocks, no amount of shares
        start = clause_start(sentence, m.start())
        if start > 0 and sentence[start - 1] in ":：" and not sentence[start:m.start()].strip(" $HKUSDRMB"):
            start = clause_start(sentence, start - 1)  # "Mainboard turnover: HK$210.5bn": the label before the colon
        before = sentence[start:m.start()]
        change = _CHANGE_BEFORE.search(before[-30:]) or _CHANGE_AFTER.match(sentence[m.end():m.end() + 30])
        if change:
            # a change against another day is not the day's figure; of turnover it is a figure of its own
            metric = _metric_before(before[-80:])
            if metric is not None and metric[0] == "turnover" and currency in ("", "元", "yuan", "rmb", "cny", "港元",
                                                                                  "hkd", "hk$", "$", "usd", "us$"):
                down = bool(_LESS.search(change.group(0)))
                word_at = start + max(0, len(before) - 80) + metric[2]
                unit = CURRENCIES.get(currency, "")
                # ("较前一交易日减少近900亿元": the change keeps its bound)
                bound = _qualifier(change.group(0)) if change.re is _CHANGE_BEFORE else ""
                found.append(Amount(word_at, m.end(), num_at, "turnover_change",
                                    (-1.0 if down else 1.0) * _number(num) * scale, unit, bound,
                                    currency_missing=not unit, local_yuan=zh and currency == "元"))
            continue
        if _CONVERSION.search(sentence[max(0, m.start() - 40):m.start()]) or \
                _FROM_BEFORE.search(sentence[max(0, m.start() - 24):num_at]):
            continue
        if ("vs" in sentence or "ersus" in sentence or "gainst" in sentence or "compared to" in sentence or
                "(prev" in sentence or "(prior" in sentence) and \
                _VERSUS_BEFORE.search(sentence[max(0, m.start() - 24):num_at]) and not _DAY_SAID_AFTER.match(sentence, m.end()):
            continue
        metric = _metric_before(before[-80:])
        if metric is not None and metric[0] == "net_inflow" and not zh and \
                (other := _OTHER_ACTION.search(before[-80:], metric[2])) is not None:
            # "bought a net HK$6.3 billion, after selling HK$1.2 billion the previous day": the amount is the later
            # verb's; "net" makes it a flow of its own direction, else it may be gross and is no flow
            metric = ("net_inflow", -1.0 if other["verb"].lower().startswith(("sel", "sol", "off", "dump")) else 1.0,
                      other.start("verb")) if other["net"] else None
        if _METRIC_AFTER.match(sentence[m.end():m.end() + 30]):
            # "a latest price of 1.01 yuan ..., amounting to 20.32 million yuan in trading volume": the metric named
            # right after the amount is its own, whatever an earlier one in the clause was
            metric = ("turnover", 1.0, len(before[-80:]))
        flow_after = _FLOW_AFTER.match(sentence[m.end():m.end() + 30]) if metric is None else None
        if flow_after:  # "2.8 billion yuan in net inflows"
            metric = ("net_inflow", -1.0 if flow_after["out"] or flow_after["out2"] or flow_after["out3"] else 1.0,
                      len(before[-80:]))
        bracketed = BRACKETED_ITEM.search(sentence, max(0, m.start() - 14), m.start()) if metric is None and zh else None
        if bracketed is not None and (bracketed["sign"] or bracketed["sign2"]) != "-":
            # "主力资金净流入前三的行业：电子（+52.3亿元）、计算机（+31.2亿元）": each item's flow, its direction the
            # heading's unless a sign is printed
            heading = None
            for heading in _FLOW_HEADING.finditer(sentence, 0, m.start()):
                pass
            if heading is not None:
                signed = sentence[max(0, m.start() - 1):m.start()] in ("+", "＋") or bool(m.groupdict().get("neg"))
                metric = ("net_inflow", 1.0 if signed or heading["way"] == "入" else -1.0, len(before[-80:]))
        ranked = _RANKED_FLOW_AFTER.match(sentence, m.end()) if metric is None and zh else None
        if ranked:
            # "A、B、C分别以36.12亿元、30.05亿元、28.47亿元位列资金流入前三": the ranking after the list names the metric
            metric = ("net_inflow", -1.0 if ranked["out"] else 1.0, len(before[-80:]))
        ticker_flow = _TICKER_FLOW.search(sentence, max(0, m.start() - 14), m.start() + 1) \
            if metric is None and not zh and "(" in before else None
        if ticker_flow:
            # "SPDR S&P 500 ETF (SPY, +$11.2 billion) took in more than half of the money": a fund flow report's
            # signed flow beside the fund's ticker
            metric = ("net_inflow", -1.0 if ticker_flow["sign"] in ("-", "−") else 1.0, len(before[-80:]))
        added_to = metric is None and not zh and bool(_ADDED_BEFORE.search(before[-16:])) and \
            bool(_ADDED_TO.match(sentence, m.end()))
        if added_to:  # "Investors added $9.8 billion to U.S.-listed ETFs": money put into the funds named after "to"
            metric = ("net_inflow", 1.0, len(before[-80:]) - len(_ADDED_BEFORE.search(before[-80:]).group(0)))
        running = _RUNNING_TO.search(sentence, max(0, m.start() - 90), m.start()) \
            if not zh and found and _RUNNING_HINTS.search(lowered) else None
        if running and _SIZE.search(running.group(0)):
            continue  # "…, lifting its assets to $62 billion": what the fund holds, no flow
        if metric is None and running and found[-1].metric == "net_inflow":
            # "…net buyers of HK$9.6 billion…, bringing this year's total to a record HK$1.2 trillion": the flow's
            # running total over the window its words say
            metric = ("net_inflow", 1.0 if found[-1].value >= 0 else -1.0, len(before[-80:]))
        share = _SHARE_BEFORE.search(before[-40:]) if not zh else None
        if share and metric is not None:  # the part's own words, not the whole's metric word, open its amount
            metric = (metric[0], metric[1], len(before[-80:]) - len(before[-40:]) + share.start())
        if share and metric is None and found:
            # "…, with the Shanghai link accounting for 108.4 billion yuan and the Shenzhen link for 107.2 billion
            # yuan": each part's figure of the same metric as the whole said before
            metric = (found[-1].metric, 1.0 if found[-1].value >= 0 else -1.0, len(before[-80:]))
        gap = _GAPPED_AMOUNT.fullmatch(sentence, found[-1].end, m.start()) if metric is None and found and not zh \
            else None
        if gap or metric is None and found and not zh and \
                TOTAL_BEFORE.search(sentence, max(0, m.start() - 24), m.start()):
            # "with Tencent receiving HK$1.1 billion and Xiaomi HK$650 million": the verb said once, for both, and so
            # its direction ("net selling of HK$410 million and Xiaomi HK$200 million": both out) unless a verb of
            # receiving says in; so for the total after them ("…, for a total of 1.61 trillion yuan")
            inward = gap is not None and gap["receiving"] or found[-1].value >= 0
            metric = (found[-1].metric, 1.0 if inward else -1.0, len(before[-80:]))
        if metric is None:
            continue
        if _VALUE_AFTER.match(sentence, m.end()):
            continue  # "Nvidia shed $200 billion in market value": a company's worth, no flow or turnover
        name, sign, at = metric
        if name == "turnover" and not currency and before[-80:][at:at + 6].lower() == "volume":
            continue  # "Volume … was 17.9 billion shares, compared with the 18.6 billion average": money only with its currency
        if _AVERAGE.search(before[-80:][max(0, at - 30):]):
            continue  # "a one-month average turnover of 36.11 million": not the day's figure
        unit = CURRENCIES.get(currency, "")
        if name == "turnover" and unit == "shares":
            continue  # "成交金额达13,512.6亿元，成交量为1,026亿股": the volume said after the turnover is no turnover
            # (a fund's net subscription in units, "净申购2.1亿份", stays its flow in units)
        if name == "level" and (unit == "shares" or scale_word):
            continue  # a price is never counted in shares, nor in millions
        if name == "level" and _PRICE_CHANGE_BEFORE.search(before[-6:]):
            continue  # "報59.2元，跌2.5元": how much the price moved, no price
        if name == "level" and _BASE_PRICE.search(before[-16:]):
            continue  # "较招股价18.0港元高开42%": the offer price the move is measured from, not a price of the day
        if name == "level" and _MARKET_VALUE.search(before[-80:][at:]):
            continue  # "股价再创新高，总市值突破5000亿元": a market value, not a price
        if zh and name == "net_inflow" and _STOCK_COUNT_BEFORE.search(before[-80:], 0, at):
            continue  # "5股净流入超5亿元": several stocks' threshold, no one's flow
        if zh and (_EXTREME_DAY.search(re.split(r"[，,；;]", before[-24:])[-1]) or
                   name == "net_inflow" and "杠杆资金" in sentence[:m.start()]):
            # "最高单日获得1.12亿元净流入": the largest day of a run, no day's flow; "获杠杆资金净买入": margin buying,
            # no flow of the fund's own
            continue
        if name != "level" and _SIZE.search(before[-80:], at):
            continue  # "净流入12.5亿元，最新规模突破200亿元": a fund's size after its flow is no flow
        if name != "level" and (_OTHER_AMOUNT.search(before[-80:], at) or
                                _OTHER_BEFORE.search(before[-80:], max(0, at - 24), at)):
            # "成交额1,980亿港元，沽空金额312亿港元", "HK Short Selling Turnover Recorded $31.2B": an amount of its own
            # kind, not turnover
            continue
        # a minus printed before the amount is the flow's sign whatever the word: "净流入-678.73亿元" and "遭净流出，
        # 分别为-95.3亿港元" are both outflows (never a double negative)
        value = -_number(num) * scale if m.groupdict().get("neg") else sign * _number(num) * scale
        word_at = start + max(0, len(before) - 80) + at  # the metric word's position in the sentence
        number_at = m.start("pre") if m.groupdict().get("pre") else num_at
        # "bought a net HK$1.2 billion of Tencent": the stock after "of"
        of_name = name == "net_inflow" and not zh and bool(_OF_NAME.match(sentence, m.end()))
        into = name == "net_inflow" and bool(_INTO.match(sentence[m.end():m.end() + 12]) or
                                             value < 0 and _OUT_OF.match(sentence[m.end():m.end() + 12]) or of_name)
        poured = name == "net_inflow" and not zh and bool(_POURED_BEFORE.search(before[-40:]) or
                                                          added_to)
        if poured and not into:
            continue  # "poured $3 billion" into nothing named: no flow
        # "gathered $310 million in net inflows over the past month": the window follows the flow's own words
        said_after = flow_after or _FLOW_AFTER.match(sentence[m.end():m.end() + 30])
        # ("poured $2.3 billion into SPY last week": a flow into a fund named after it may say its window after the name)
        said_to = _clause_end(sentence, m.end()) if into else said_after.end() + m.end() if said_after else m.end()
        window = window_of(sentence, (word_at, said_to)) or opening_window(sentence)
        said_window, period = bool(window), None
        if not window and not zh and _PERIOD_HINTS.search(lowered) and (period := _PERIOD_AFTER.match(sentence, m.end())):
            # "Southbound net purchases amounted to HK$808 billion in 2025", "…in the first half": a year's or a
            # half's total, never the day's (a year other than the day's is made "earlier" where the day is known)
            window = "ytd" if period["year"] else "earlier"
        if running and name == "net_inflow" and not window:
            window = window_of(sentence, (running.start(), m.end()))
            if not window:
                continue  # "…, taking the tally to HK$800 billion": a running total over a period not said
        # "上周股票型ETF净流入超300亿元": the week's, and at least
        bound = _qualifier(before[-12:])
        if name == "level" and not bound and (crossed := _CROSSED_BEFORE.search(before[-6:])):
            bound = "at_most" if crossed["below"] else "at_least"  # "股价升破1300元": a level crossed, no price
        after_bound = _BOUND_AFTER_AMOUNT.match(sentence, m.end()) if zh and not bound else None
        if after_bound:  # "兩市成交亦萎縮至1000億元以下": below it, a bound said after the amount
            bound = "at_most" if after_bound["below"] else "at_least"
        qualifier = with_bound(window, bound) if window else bound
        found.append(Amount(word_at, m.end(), number_at, name, value, unit, qualifier,
                            currency_missing=not unit, subject_after=into, subject_of=of_name, only_after=poured,
                            local_yuan=zh and currency == "元",
                            local_dollar=currency == "$", running=bool(running) and name == "net_inflow",
                            year=int(period["year"]) if not said_window and period and period["year"] else 0,
                            part=share is not None))
    if zh and has_metric:
        found.extend(_shared_unit_lists(sentence, found, clause_start))
    rates = [(PREMIUM, "premium", 1.0), (DISCOUNT, "premium", -1.0), (TURNOVER_RATE, "turnover_rate", 1.0)] \
        if _RATE_WORDS.search(lowered) else []
    for regex, rate, sign in rates:
        for m in regex.finditer(sentence):
            found.append(Amount(m.start(), m.end(), m.start(), rate, sign * _number(m["num"]), "%",
                                _qualifier(sentence[max(0, m.start("num") - 12):m.start("num")])))
    if _COUNT_HINTS.search(lowered) and _COUNT_WORDS.search(sentence):
        found.extend(_counts(sentence, zh))
    return found


# "分别为480.3、193.3和40.6亿元": the unit is written once, after the last number
# (and a flow: "5股净流入超5亿元" is five stocks, each over 500 million yuan)
_COUNT_AFTER_SHARES = re.compile(r"\s*(?:上涨|下跌|涨停|跌停|收涨|收跌|飘红|翻红|飘绿|收绿|收红|翻绿|(?:获|遭)?(?:主力)?(?:资金)?净(?:流入|流出|买入|卖出))")
# a count of stocks before a flow's words: the amount is each one's threshold, no one's figure
_STOCK_COUNT_BEFORE = re.compile(r"(?<![\d.])\d+\s*(?:只|家)?(?:个)?股\s*(?:获|遭)?(?:主力)?(?:资金)?$")
_ZH_LIST = re.compile(r"(?P<nums>(?:\d+(?:\.\d+)?\s*(?:、|和|及|,(?!\d{3})|，)\s*)+)(?P<last>\d+(?:\.\d+)?)\s*"
                      r"(?P<scale>万亿|亿|万)(?P<cur>元|港元|美元)?")


def _shared_unit_lists(sentence: str, found: list[Amount], clause_start) -> list[Amount]:
    """The leading numbers of a list whose unit is written once, with the last one's metric and unit."""
    extra = []
    for m in _ZH_LIST.finditer(sentence):
        last = next((a for a in found if a.number_at == m.start("last") or a.end == m.end()), None)
        if last is None:
            continue
        scale = ZH_SCALES[m["scale"]]
        for n in re.finditer(r"\d+(?:\.\d+)?", m["nums"]):
            at = m.start("nums") + n.start()
            value = (1.0 if last.value >= 0 else -1.0) * float(n.group(0)) * scale
            extra.append(Amount(last.start, at + len(n.group(0)), at, last.metric, value, last.unit, last.qualifier,
                                last.currency_missing))
    return extra


_COUNT_UNITS = [
    (re.compile(r"limit[- ]?down|跌停", re.IGNORECASE), "stocks_limit_down"),
    (re.compile(r"limit|涨停", re.IGNORECASE), "stocks_limit_up"),
    (re.compile(r"fell|declined|dropped|lower|下跌|收跌|飘绿|收绿|翻绿", re.IGNORECASE), "stocks_down"),
]


def _count_unit(what: str) -> str:
    for pattern, unit in _COUNT_UNITS:
        if pattern.search(what):
            return unit
    return "stocks_up"


# what "个" alone may count besides stocks, said before it: sectors, industries, indices, concepts, funds
_NOT_STOCKS_BEFORE = re.compile(r"板块|版块|行业|指数|概念|主题|基金|ETF|市场|交易所", re.I)


def _counts(sentence: str, zh: bool) -> list[Amount]:
    out = []
    patterns = (ZH_COUNT, ZH_COUNT_AFTER) if zh else (EN_COUNT,)
    for regex in patterns:
        for m in regex.finditer(sentence):
            if regex is ZH_COUNT and sentence[m.end("num"):m.start("what")].strip() == "个" and \
                    _NOT_STOCKS_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
                continue  # "11个板块中9个上涨": nine sectors, no count of stocks
            qual = QUALIFIERS.get((m["qual"] or "").lower(), "")
            out.append(Amount(m.start(), m.end(), m.start(), "count", _number(m["num"]), _count_unit(m["what"]), qual))
    return out
