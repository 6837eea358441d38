"""Names by the shape of the text: the subjects a region before a move names.

A region ("Elsewhere in tech, TENCENT (00700.HK), SMIC (00981.HK) and JD-SW (09618.HK)",
"湖南黄金、中金黄金、山东黄金") is cleared of filler, split into list items and read item by
item. An item gives the name the reference knows inside it, else a name by its shape:

- English: the trailing run of capitalised or ALL-CAPS words (with "&", "of", share-class
  suffixes such as -W/-SW, "Inc.", digits as in "S&P 500") and a bracketed code after it;
  a short lower-case phrase when it is one item of a list ("food and beverage producers").
- Chinese: the characters after the item's last 的, with an ST/*ST prefix, a -W/-SW suffix
  and a bracketed code (half- or full-width, "代码：", "沪：").

An item that is context rather than a name ("Elsewhere in tech", "In financials",
"其中") gives nothing.
"""
from __future__ import annotations

import re
from functools import cache

from briefs.extract.mentions import ZH_AFTER_CONJUNCTION, ZH_DESCRIPTOR, ZH_MARKET_OPENING, Mention
from briefs.extract.places import PLACE, TRADING_CITIES
from briefs.resources import data_dir

_CODE = (r"[（(]\s*(?:(?:代码|代號|代号|股票代码|沪|深|港|北|HK|SH|SZ|Symbol|NYSE|NASDAQ|Nasdaq|ticker|HKEX|SEHK)\s*[:：]\s*)?"
         r"(?P<code>\d{4,6}(?:\.[A-Z]{1,2})?|\d{1,3}\.HK|[A-Z]{1,5}(?:\.[A-Z]{1,2})?|\^[A-Z]{2,6})\s*[)）]")
_CODE_AT_END = re.compile(_CODE + r"\s*$")

# the verbs of a clause of consequence, whose object moved: "…, helping lift the PHLX Semiconductor Index by 2.5%"
CONSEQUENCE_VERBS = "helping|pushing|sending|dragging|lifting|leaving|pulling|driving"
_EN_TRAILING = re.compile(
    r"(?:\s+|^)(?:shares?|stocks?|futures|was|were|is|are|has|have|had|been|all|both|each|also|meanwhile|then|only|still|"
    r"now|currently|closed|ended|finished|settled|settling|closing|ending|finishing|opened|traded|trading|itself|too|"
    r"in turn|together|par(?:e|es|ed|ing)|trim(?:s|med|ming)?|"  # "helping the Kospi pare losses to 0.2%"
    r"(?-i:finish|close|end|settle)|"  # "helped the Nasdaq Composite finish 0.5% higher": the verb its helper governs
    r"(?-i:[A-Z]{1,3}00)|"  # "Oil futures CL00": MarketWatch's code of a continuous futures contract
    r"leading the (?:laggards|losers|decliners|gainers|gains|losses|advance|decline|way)|"
    r"on \w+day|in (?:early|late|afternoon|morning|midday|early afternoon|late morning) (?:trade|trading|deals)|"
    r"at (?:midday|the close|the open)|on the day|so far|in (?:Hong Kong|Shanghai|Shenzhen|New York)|"
    # "a gauge of Chinese tech stocks listed in the city": where they list describes them
    r"(?:listed|traded|quoted)\s+(?:in|on)\s+(?:the\s+)?(?:city|mainland|Hong Kong|Shanghai|Shenzhen|New York|U\.?S\.?|US)|"
    r"for [A-Z][a-z]+(?: \d{4})? delivery|for delivery in [A-Z][a-z]+(?: \d{4})?|"  # "Gold Futures for June delivery": the contract month, no part of the name
    r"respectively|which|that|who|would|will|could|'s|’s|'|led|lagged|trailed|outperformed|underperformed|"
    r"(?:gained|rose|advanced|climbed|rallied|jumped|fell|lost|dropped|declined|slid|sank|slumped)\s+the\s+most|"
    r"(?:fared|did|performed|held up|finished|ended)\s+(?:the\s+)?(?:worst|best|better|worse|poorly|well)|"  # "energy fared worst"
    r"(?:HK|US)?\$\s?\d[\d,]*(?:\.\d+)?|HKD\s?\d[\d,]*(?:\.\d+)?|"  # a table row's price: "SHK PPT (00016) $82.5 +1.9%"
    r"\d[\d,]*(?:\.\d+)?\s*(?:points|pts)\s*,?\s*or|"  # "ended 212 points, or 0.8 percent, higher": the figure's points
    r"with(?:\s+(?:a|an))?|"
    # "The Harbor index (formerly the Harbor Tech index) fell 2.1%": an aside in brackets, no code in it
    # (never a code's: "(Symbol: XLB)", "(NYSE: HBLT)", "(HK)", "(00700)")
    r"\((?![^()]*[\d:：])(?-i:(?![^()]*\b[A-Z]{2,5}\b))[^()]{2,40}\))\s*[,—–-]?\s*$",
    re.I,
)
_EN_LEADING = re.compile(
    r"^(?:and|or|while|whereas|with|as|but|led by|including|such as|like|among them|among|of which|why|how|"
    r"as well as|shares of|shares in|stock of|the|a|an|also|meanwhile|elsewhere,?|plus|then|even|only|"
    r"(?:stocks|shares|names|companies|sectors|industries|segments|concepts?|themes?)\s+"
    r"(?:related|linked|tied|connected|exposed)\s+to(?=\s+[a-z])|"  # "Stocks related to AI", "Sectors related to …"
    r"followed by|ahead of|behind|(?:its\s+)?(?:peers?|rivals?|competitors?)(?=\s+[A-Z])|"  # "Peer Tallow Mills Corp"
    # a clause of consequence: "Samsung rose 1.3%, helping the Kospi pare losses to 0.2%"
    rf"(?:{CONSEQUENCE_VERBS}|helped|pushed|sent|dragged|lifted|pulled|drove|outpacing|outperforming|underperforming|"
    r"lagging|trailing|beating|topping)(?=\s+(?:the\s+)?[A-Z])|"
    # (and before a sector's lower-case name: "helping lift the consumer discretionary sector by 1.1%")
    r"(?:help|helps|helping|helped)(?=\s+(?:lift|push|drag|pull|send|drive)\b)|"
    r"(?:lift|lifts|push|pushes|drag|drags|pull|pulls|send|sends|drive|drives)"
    r"(?=\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}(?:sector|sub-?index|index|group|stocks|shares)\b)|"
    # "a gauge of Chinese developers dropped 2.4%": what the gauge tracks names it
    r"(?:(?:a|an|the)\s+)?(?:gauge|measure|basket)\s+(?:of|tracking))\s+",
    re.I,
)
_GAUGE_OF = re.compile(r"(?:(?:a|an|the)\s+)?(?:gauge|measure|basket)\s+(?:of|tracking)\s", re.I)
_GAUGE_TRACKS = re.compile(r"[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}")
_GAUGE_QUOTED = re.compile(r"(?:the\s+)?[\"“](?P<name>[^\"”]{2,40})[\"”]\s*(?P<tail>(?:[a-z][a-z\-]*\s*){0,2})")
_EN_TOKEN = r"(?:[A-Z][\w.'’&\-*]*|\((?:Group|Holdings)\)|[a-z][A-Z][\w.'’&\-*]*|\d+[A-Za-z][\w.\-]*|S&P(?:/[A-Z]{2,5})?|[a-z]{2,3}-[A-Z][\w\-]*)"  # "ex-Japan" inside a name
_EN_CORPORATE_WORD = r"(?:Holdings?|Group|Company|Companies|Industries|Investments?)\b"
_EN_SUFFIX = r"(?:,?\s+(?:Inc|Ltd|Co|Corp|LLC|plc|PLC|SA|AG|NV|Limited|Holdings?)\.?)"
# (a hyphenated description may stand before it: "The Russell 2000 small-cap index")
_EN_HEAD = (r"(?:(?:\s+[a-z]+-[a-z]+)?\s+(?:sub-?index|index|sector|sub-?sector|industry|group|ETF|fund|shares|stock|names|"
            r"producers|makers|companies|index futures)|"
            # "The PHLX chip index", "The S&P 500 energy index": what an index tracks, said before it, is its name's
            r"(?:\s+[a-z][a-z\-]*){1,2}\s+(?:sub-?index|index))")
_EN_RUN = re.compile(
    rf"(?P<run>{_EN_TOKEN}(?:\s+(?:(?:of|de|&|for|and(?=\s+{_EN_CORPORATE_WORD})|"
    # "the Hang Seng Commerce and Industry Sub-index": "and" between an index's words
    rf"and(?=\s+[A-Z][\w\-]*\s+(?:[Ss]ub-?)?[Ii]ndex\b))\s+)?(?:{_EN_TOKEN}|\d{{2,4}}(?!\w|\.\d)))*"
    rf"{_EN_SUFFIX}?)(?P<head>{_EN_HEAD})?(?:['’]s)?\s*(?:{_CODE})?\s*$"  # "the Consumer Staples sector's gain"
)
_EN_NOT_NAMES = {
    "it", "its", "this", "that", "these", "those", "they", "their", "the", "a", "an", "shares", "stocks", "stock",
    "index", "etf", "fund", "meanwhile", "however", "also", "and", "but", "he", "she", "we", "which", "in", "on",
    "at", "of", "elsewhere", "among", "both", "all", "each", "some", "most", "others", "other", "overall",
    "u.s.", "us", "u.s", "chinese", "china", "asian", "european", "japanese", "american", "hong kong",
    "wall street", "mainland", "global", "world", "markets", "market", "investors", "traders", "analysts",
    "peers", "rivals", "competitors",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "year", "today", "yesterday", "overnight", "earlier", "later", "last", "next", "separately", "similarly", "tech", "etfs", "funds", "shares", "indices", "indexes", "sectors", "technology", "related news",
    "related stories", "reuters", "bloomberg", "regarding", "concerning", "despite", "following", "according",
    "including", "about", "after", "before", "as", "amid", "with", "for", "by", "from", "to", "over", "under",
    "while", "whereas", "although", "though",
    # a state said before a company's name: "Indebted China Evergrande Group", "Embattled developer Country Garden"
    "indebted", "embattled", "troubled", "beleaguered", "cash-strapped", "debt-laden", "debt-ridden", "struggling",
    "ailing", "distressed", "heavyweight", "index-heavyweight",
}
# words that may open a run of capitals without belonging to the name ("Meanwhile Tencent", "In Tencent");
# a nationality does belong to one ("China Life", "American Express") and is refused only as the whole name
_EN_LEADING_JUNK = _EN_NOT_NAMES - {"u.s.", "us", "u.s", "chinese", "china", "asian", "european", "japanese",
                                     "american", "hong kong", "wall street", "mainland", "global", "world", "tech",
                                     "technology"}
# a description a sentence may open with before the names it describes: "Chipmakers Hua Hong and SMIC rose ..."
_EN_DESCRIPTORS = frozenset(
    f"{word}{plural}" for word in ("chipmaker", "automaker", "carmaker", "drugmaker", "developer", "insurer", "lender",
                                   "bank", "broker", "brokerage", "miner", "airline", "peer", "rival", "heavyweight",
                                   "giant", "bellwether", "retailer", "refiner", "producer", "shipper", "operator",
                                   "utility", "name", "constituent", "component", "laggard", "gainer", "loser")
    for plural in ("s",)) | {"blue-chips", "constituent", "component"}
# plural only ("Giant Network", "Bank of Qingdao" are names), but for the two a fund flash writes in the singular
# ("Constituent Leader Drive (688017) surged 9.2%")
# one company's trade, said before its name at a sentence's start: "Chipmaker Hua Hong Semiconductor surged 8.3 per cent"
_EN_ROLE = re.compile(r"[a-z\-]*maker|insurer|lender|brokerage|retailer|refiner|carrier|developer|miner|brewer|"
                      r"airline|operator|conglomerate|distributor|supplier")
_MARKET_GROUP = re.compile(r"(?:Emerging|Frontier|Developed|Global|European|Asian)[- ]markets?(?:\s+(?:stocks|shares|equities))?")
_EN_LOWER_ITEM = re.compile(r"^(?:the\s+)?(?P<name>[A-Za-z][a-z\-]*(?:\s+(?:and\s+)?[a-z][a-z\-]*){0,4})$")
# ("The small-cap Russell 2000 bucked the trend": a hyphenated description may stand before the name)
_EN_LEADING_RUN = re.compile(rf"\s*(?:(?:The|the)\s+)?(?:[a-z]+-[a-z]+\s+)?(?P<run>{_EN_TOKEN}(?:\s+(?:(?:of|de|&)\s+)?(?:{_EN_TOKEN}|"
                             rf"\d{{2,4}}(?!\w|\.\d)))*(?:\s+(?:Index|ETF|index))?)(?:\s*\([^)]{{1,20}}\))?\s+[a-z]")
_LEADING_TICKER = re.compile(r"^(?:(?:shares|stock)\s+)?[A-Z]{2,5}(?=\s+[a-z])")
_PLACES = frozenset(("japan", "china", "korea", "south korea", "taiwan", "hong kong", "india", "australia", "germany",
                     "france", "britain", "singapore", "europe", "asia", "america", "the us", "us", "u.s.", "indonesia",
                     "vietnam", "thailand", "malaysia", "philippines", "new zealand", "canada", "brazil", "mexico",
                     "shanghai", "shenzhen", "tokyo", "seoul", "london", "frankfurt", "paris", "mainland china"))
# words a headline writes in capitals that no name holds: its verbs and what they take
_HEADLINE_WORDS = frozenset(
    "ends closes opens hits trims pares extends notches gains loses drops rises falls jumps slides sinks surges "
    "soars tumbles climbs rallies slips dips edges ticks inches sheds adds rebounds retreats records posts logs "
    "sees reaches touches tops breaks snaps plunges slumps skids tanks spikes plummets extend extending "
    "record week losses "
    # (a plural subject's: "Tech Stocks Rebound, MEITUAN-W Surges 5%")
    "rebound rally slump fall rise climb jump drop surge tumble retreat slide sink soar dip slip advance decline".split())
_EN_TRACKING = re.compile(r"\b(?:sub-?index|index|gauge)\b.*?\b(?:tracking|that tracks|which tracks)\s+"
                          r"(?P<name>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}?)(?:\s+(?:shares|stocks|companies|firms))?$")
# ("The broader Topix index of all issues on the Tokyo Stock Exchange": a description may open it)
_EN_INDEX_OF = re.compile(r"(?:[a-z][\w\-]*\s+){0,2}(?P<name>(?:[A-Z][\w&.'\-]*\s+){1,6}(?:[Ii]ndex|[Gg]auge))\s+(?:of|for|tracking)\s+[\w.\-]")
# an index named by the market it leaves out: "The MSCI Asia-Pacific index excluding Japan" (the whole, not "Japan")
_EN_INDEX_EXCLUDING = re.compile(r"(?:[a-z][\w\-]*\s+){0,2}(?P<name>(?:[A-Z][\w&.'\-]*\s+){1,6}(?:[Ii]ndex|[Gg]auge)\s+"
                                 r"(?:excluding|ex-|ex\s|outside(?:\s+of)?\s)\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)$")
_IN_TRADING = re.compile(r"^in (?:early |late |afternoon |morning |midday )?trad(?:e|ing)(?: today| on \w+day)?,?\s+", re.I)
_OWN_SUB_INDEX = re.compile(r"(?:its|their)\s+(?P<name>(?:[\w&\-]+\s+){1,4}(?:sub-?index|sub-?sector|sector|index))$", re.I)
# Xinhua's "the sub-index for commerce and industry": a sub-index named by what it tracks, after "for"
SUB_INDEX_FOR = re.compile(r"(?:^|\b)(?:the\s+)?sub-?index\s+for\s+(?:the\s+)?(?P<name>[A-Za-z][\w&\-]*(?:\s+(?:and\s+)?"
                           r"[\w&\-]+){0,4})\s*$", re.I)
_PROPER_WORD = re.compile(r"(?<![\w\-])[A-Z]")
_EN_OWNED_INDEX = re.compile(r"(?:[A-Z][\w&\-]*\s)*[A-Z][\w&\-]*['’]s\s+(?:[\w\-]+\s+){0,4}(?:index|gauge)\b")
_PRICES = re.compile(r"(?:HKD|USD|RMB|CNY|HK\$|US\$)\s?[\d.,]+")
_PRICE_TOKEN = re.compile(r"(?:HKD|USD|RMB|CNY|HK\$|US\$)\s?[\d.,]+$")
# a ticker written after a name without brackets, as some US outlets print it: "Home Depot Inc. HD",
# "the S&P 500 SPX", "the iShares China Large-Cap ETF FXI", "Alphabet Inc.'s Class A shares GOOGL" (after a word in lower case, a full stop or
# digits: a run of capitals such as "HANG LUNG PPT" is a name of its own; after a possessive, capitals are what
# is owned: "Germany's DAX"); a quote page's symbol for a futures contract or a yield has digits or a venue
# ("crude CL.1", "gold GC00", "Brent BRN00", "BX:TMUBMUSD10Y")
_INLINE_TICKER = re.compile(r"(?:(?<=[a-z.\d])|(?<=\bETF))(?<!['’]s)(?:['’]s\s+(?:stock|shares|(?:Class [A-C] )?shares))?\s+"
                            # (a region or a legal form closing a name is no ticker: "Budweiser Brewing Company APAC")
                            r"(?P<ticker>(?!(?:ETF|ETFs|ADR|ADS|IPO|CEO|CFO|USD|HKD|RMB|CNY|AI|EV|EVs|US|UK|HK|EU|APAC|"
                            r"EMEA|ASEAN|REIT|REITs|SPAC|PLC|AG|SE|NV|SA|AB|ASA|LLC|LP|II|III|IV)\b)"
                            r"[A-Z]{2,5}|[A-Z]{1,4}(?:\.\d|00)|[A-Z]{2}:[A-Z\d]{3,14})$")
_APPOSITIVE = re.compile(r"(?:the|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}\s+(?:of|behind|to|at|for)\s")
_RELATIVE = re.compile(r"(?:which|who|that|whose|where|when)\b", re.I)
_EN_DESCRIBED_INDEX = re.compile(r"^(?:blue-chip|benchmark|broader|broad|main|key|tech-heavy|wider|bellwether|"
                                 r"headline|composite|small-cap|large-cap|mid-cap)\s+(?:index|gauge)$", re.I)
_EN_LOWER_HEAD = re.compile(r"\b(?:sub-?index|sub-?indices|index|sector|sectors|stocks|shares)$")
_EN_LOWER_NOT = re.compile(
    r"^(?:it|its|they|them|their|he|she|shares?|stocks?|the (?:stock|index|company|shares)|prices?|investors|"
    r"meanwhile|however|also|too|though|instead|then|now|still|respectively|overall|together|in contrast|"
    r"elsewhere|others?|most|some|all|both|each|which|that|who|trading|trade|futures|markets?|volume|"
    r"turnover|sales|revenue|profits?|earnings|rates?|yields?|prices|the market|the benchmark|the gauge|"
    r"the blue-chip index|the company|the firm|led|and|or|the|"
    # "with the sector index surging 4.36 percent": the sector named before, pointed at, is no name of its own
    r"(?:the )?(?:sector|industry|group|sub-?index|sector(?:['’]s)? (?:index|gauge|sub-?index)))$|"
    r"\b(?:was|were|is|are|has|have|had|rose|fell|said|says|after|before|since|because|while|as|when|than|"
    r"from|with|for|to|by|in|on|at|of|on the|its|their|below|above|under|into|about|against|despite|amid|"
    r"than|over|more|less|up|down|intraday|currently|later|earlier|again|today|yesterday|sharply|slightly|further|"
    r"higher|lower|session|week|month|year|day|including|respectively|latter|former|led|leads|lead|leading|rose|"
    r"fell|gained|lost|said|saw|posted|made|did|took|hit|ended|closed|opened|traded|jumped|dropped|market|"
    r"outperformed|underperformed|lagged|trailed|weakest|strongest)\b"
)

_ZH_TRAILING = re.compile(
    # ("沪金主力合约", "碳酸锂期货": the contract after a commodity's name; an index's futures stay no index, as the
    # futures test on the name reads the words after it in the sentence)
    # ("香港证券指数（中证香港证券投资主题指数）下跌2.1%": a full or former name in brackets, no code in it)
    r"(?:[（(](?![^（）()]*[\d０-９:：])(?![^（）()]*[A-Z]{2})(?![A-Za-z.\s^]+[）)])[^（）()]{2,30}[）)]|主力合约|期货|表现(?:最|较)(?:好|差|佳|强|弱)|均|都|各|也|亦|则|分别|同步|盘中|一度|早盘|午后|尾盘|全天|全日|当日|当天|今日|今天|首日|股价|收盘|收市|逆市|逆势|继续|纷纷|"
    r"集体|大幅|小幅|窄幅|宽幅|横盘|整理|盘整|净值|单位净值|(?:涨停|跌停)或|普遍|全线|以|再度|续|日内|盘初|开盘|截至收盘|收盘时|收市时|上午|下午|午间|的|实现|触及|一度触及|"
    r"报收|单日|最终|终|再|又|更是|更|仍|跟|随后|今年以来|年内|本周|昨日|昨天|上日|前日|(?:前|上)一?个?交易日|此前|最高|最低|"
    r"盘中最高|直线|快速|迅速|迅猛|急速|一路|震荡|持续|强势|逆市上扬|(?:近|此前|之前|过去)(?:\d+|[一二两三四五六七八九十半]+)个?(?:交易日|年|月|周|日)|近一周|"
    r"过去一年|一年来|累[计积]|上周|本月|近期|近来|同样|同时段|同期|同一时间|同时|双双|齐齐|齐|区间|"
    r"(?:本月|本周|本年|上月|月初|年初|周初|\d{1,2}月)以来|(?:本周|本月|今年|年初|年内|本年)?至今|全周|整周|当周|全月|整月|"
    r"第[一二三四1-4]季度?|本季度?|上季度?|季内|累(?=$)|(?:业)?绩(?:公布|发布|披露|出炉)?后|"
    r"(?:复牌|停牌|上市|挂牌|公告)后|停牌前|上市(?=首日)|首日(?:上市|挂牌)?|"
    r"(?:高开|低开|平开|冲高|拉升|跳水|回落|开盘)后|"  # "美团股价高开后一度涨近9%": the open, then the move  # "N新恒汇上市首日涨285%": the debut, not the name  # "升能集团复牌后股价续跌32.5%": an event of the stock's, then its move  # "恒指第三季累升15%": the quarter and 累 are the move's
    r"等(?:多|\d+|[一二三四五六七八九十]+)?余?(?:只|股|家)?(?:个股|股票)?|\d{2}(?:cm|CM|Cm)|首板|反包|(?:以|涨|升)?(?:[12]0|30|5)\s*[%％]|"
    r"更是|已|此前|目前|当前|昨日更是|周[一二三四五六日]|仅|录得|缩量|放量|最新|"  # "沪指缩量震荡涨0.21%": volume, no name  # "收盘仅涨0.2%": only, an adverb
    # "此前一周累计上涨9.8%": a span of time, the move's window, not a name
    r"(?:前|过去)?[一两二三四五六七八九十\d]+个?(?:交易日|周|月|年|分钟|小时)(?:内|来)?|"  # ("5分钟内涨幅超过3%")
    r"连续[一两二三四五六七八九十\d]+个?(?:交易日|日|天)|"  # "快手连续三日累计上涨12%": a run, the move's window
    # a verb of motion before the one the figure takes: "午后拉升涨超3%", "冲高回落跌0.3%"
    r"拉升|冲高|走强|走高|走低|走弱|上扬|反弹|回落|下挫|跳水|翻红|翻绿|飘红|飘绿|异动|拉涨|高开|低开|"
    r"(?<=拉升|冲高|回落|跳水|走低|走高|翻红|翻绿)前|"  # "该股尾盘跳水前曾涨近8%": before the move, the same subject
    r"午(?=$)|回(?=$)|半日|半天|盘前|盘后|夜盘|暗盘|隔夜|午市|早市|中午|(?:股价)?较(?:前|昨日|上一?个?交易日)?收盘价?|集合竞价(?:阶段)?|(?:相?较|比)年初(?:以来)?|年初至今|曾经|曾|首次|首度|(?:\d+|[一二两三四五六七八九十]+)年来(?=首次|首度|最)|一字|晋级|封死|走出|收获|斩获|冲击|上演|演绎|迎来|(?:\d{4}年)?\d{1,2}月\d{1,2}日|封板|炸板|回封|(?<![\u4e00-\u9fff])现|由[涨跌]转[涨跌]|(?<!\d)\d{1,2}日|\s)+$"
)
_ZH_LEADING = re.compile(
    r"^(?:其中|另外|此外|同时|而|但|只有|仅有|仅|包括|如|像|例如|成分股里|成分股|成份股|个股方面|在(?:港股|A股|美股|香港)|"
    r"个股|权重股中|权重股|其余|其他|以及|还有|又有|另有|亦有|也有|消息面上|盘面上|具体来看|从个股看|从板块看|板块方面|热点方面|"
    r"下跌方面|上涨方面|涨幅方面|跌幅方面|行业方面|港股方面|A股方面|指数方面|截至收盘|截至发稿时?|截至午间收盘|"
    r"板块内|行业内|概念股中|个股中|区间|期间|同期|跟踪指数|标的指数|"  # "跟踪指数中证港股通互联网指数涨2.6%": the index tracked  # "…累计净流入23.6亿元，区间涨幅3.2%": the period's, the subject's
    r"截[至止]\s*\d{1,2}[:：]\d{2}(?:分|时)?|"
    r"截至午盘|截至目前|截[至止]|午间收盘时|收盘时|盘中|当日|今日|随后|最终|带动|受此影响|受消息影响|龙头股|龙头|其|与此同时|"
    r"午盘|早盘|尾盘|午后|午间|上午|下午|"  # "沪指早盘低开低走，午盘跌0.32%": a moment opening the clause
    # "此前一个交易日该股曾大涨5.6%": the day before opening the clause (the figure's, its subject after it)
    r"(?:此前|之前)?(?:前|上)?(?:[一两二三四五六七八九十]|\d{1,2})?个?交易日|此前|之前|昨日|昨天|"
    r"周[一二三四五六日]|本周|上周|今年以来|年内|月内|周内|季内|、|"
    # a one-character conjunction opens a name too (并行科技, 和而泰, 及时雨): it is one only before a verb or adverb
    rf"(?:并|和|及|与)(?={ZH_AFTER_CONJUNCTION}))+"
)
# 微 ("slightly") before the verb, only after a name long enough to be one without it
_ZH_SLIGHTLY = re.compile(r"(?<=[\u4e00-\u9fff]{4})微$|(?<=指数)微$|(?<=板块)微$|(?<=ETF)微$|"
                          r"(?<=逆势|逆市)微$|(?<=[则均也亦])微$|(?<=-[A-Z])微$")  # "百度集团-SW则逆势微涨0.2%"
_ZH_NAME = re.compile(r"^\*?(?:ST)?[\u4e00-\u9fffA-Za-z0-9《][\u4e00-\u9fffA-Za-z0-9·&\-《》]{1,24}$")
# a move's size changing ("跌幅收窄", "涨幅扩大"): a predicate, never part of a name
ZH_RESIZED_MOVE = r"(?:涨幅|跌幅|降幅)(?:收窄|扩大|缩小)"
_ZH_NOT_NAMES = re.compile(
    rf"{ZH_RESIZED_MOVE}$|"  # "午后跌幅收窄，收跌0.5%"
    r"^(?:成分股中|个股中|权重股中|个股|股票|公司|该股|指数|板块|市场|大盘|两市|沪深两市|A股|港股|美股|三大指数|主要指数|股指|该指数|该ETF|"
    r"该基金|基金|ETF|其|该公司|全市场|H股|B股|题材|概念|方向|资金|主力|北向资金|南向资金|期指|恒指期货|价格|股价|净值|"
    r"份额|规模|成交额|成交量|换手率|涨停板|二者|两者|这些ETF|它们|股份|总股本|股本|"
    r"午盘|早盘|尾盘|盘中|午后|午间|上午|下午|全天|全日|半日|收盘|开盘|盘初|盘面)$|"  # ("…低开低走，午盘跌0.32%": a moment)
    r"(?:前|后|时|中|以来|期间|之后|之前|方面|交易日|日|月|年)$|^周[一二三四五六日]|^星期|"
    r"^某(?!某)|"  # "某内房股暴跌62.3%": "a certain" stock names none
    r"^连续|"  # "连续三个交易日上涨，近3日累计涨幅达18.2%": a streak, no name
    r"^(?:涨幅|跌幅|升幅|降幅|漲幅|涨势|跌势)|"  # "随后涨幅有所回落，截至发稿涨1.8%": the move itself, no name
    # time and comparison words open no name; a name may open with the same characters (当升科技, 全志科技,
    # 今世缘, 本钢板材, 超图软件), so only the word itself counts
    # (因 opens a cause, "因利好刺激", not the name "因赛集团")
    r"^(?:截至|较|比(?=上|前|去|昨|今|同)|相比|受|因(?:为|此|而|受)|因(?=.*(?:影响|刺激|拖累|带动|消息|利好|利空))|由于|在(?!岸)|从|自|随着|据|若|如果|虽然|昨|上个|逾|"  # 比特币, 在岸人民币
    r"今(?:日|天|年)|前(?:一|期|日|天|两|三)|本(?:周|月|年|轮|日)|当(?:日|天|周|月|年|前|时)|全(?:天|日|年|线|市场)|"
    r"近(?:期|日|来|\d|[一二两三四五六七八九十半])|超(?:过|\d))|"
    # "金融类", "腾讯等" end no name ("恒生地产分类指数" holds 类 and is one); "58股涨停", "两市58股涨停" count stocks
    # "多只游戏ETF涨停": several funds of a kind are no one name
    r"^\d+年期$|"  # "30年期主力合约": a bond future's tenor alone is no name
    r"[类等]$|等(?:方向|板块|行业|概念|题材|个股|公司|股)$|\d+\s*(?:只|家|个)|\d+\s*股$|^(?:多|数|几|部分|个别|众多)(?:只|个|家|支|股)|"
    # a price or an amount with its unit is a clause of its own ("报1680元", "总市值突破7000亿元"), no name
    r"\d(?:万亿|亿|万)?(?:港元|美元|元)|^报\s*\d"
)
# 和/及/与 join two names of two characters or more: "润和软件", "万和电气" are one name each
_ZH_SPLIT = re.compile(r"、|以及|(?<=[\u4e00-\u9fffA-Za-z0-9）)]{2})(?:和|及|与)(?=[\u4e00-\u9fffA-Za-z0-9*]{2})")


# (not "its rival Transsion": a company's peer named is a name)
_CONTEXT_ITEM = re.compile(r"(?:in|at|on|among|for|from|across|within|elsewhere|outside|around|"
                           r"(?:its|their|his|her)(?!\s+(?:peers?|rivals?|competitors?)\s+[A-Z]))\s", re.I)


@cache
def sector_words() -> frozenset[str]:
    """The lower-case words that name a sector on their own (``sources/sector_words.txt``)."""
    path = data_dir("sources") / "sector_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def is_sector_word(phrase: str) -> bool:
    """A lower-case phrase that names a sector ("financials", "consumer staples")."""
    words = phrase.lower()
    return words in sector_words() or words.split()[-1] in sector_words()


def leading_name(text: str) -> tuple[int, int] | None:
    """The span of a capitalised name opening ``text`` when only lower-case words follow it:
    "Kweichow Moutai extended its slide", "The Nasdaq-100 Index ended the session"."""
    m = _EN_LEADING_RUN.match(text)
    # "Alphabet Inc.'s Class A shares GOOGL bucked the trend": a ticker after the name is the name's
    rest = _PRICES.sub("", _LEADING_TICKER.sub("", text[m.end() - 1:], count=1)) if m else ""
    if not m or re.search(r"[A-Z]", rest):
        return None
    words = m["run"].split()
    junk = 0  # "Meanwhile Tencent": words that open the run without naming; "China Mobile" is a name
    while junk < len(words) - 1 and words[junk].lower().strip(",") in _EN_LEADING_JUNK:
        junk += 1
    name = " ".join(words[junk:])
    if name.lower().strip(",") in _EN_NOT_NAMES or re.search(_PLACED_END, name):
        return None  # ("Hong Kong-listed tech giants gained": a description opens the sentence, no name)
    start = m.end("run") - len(m["run"]) + m["run"].index(words[junk]) if junk else m.start("run")
    if len(words) - junk == 1:  # "Real estate shares were also lagging": a sector phrase opening the sentence
        following = text[start:].split()
        for size in (3, 2):
            if len(following) >= size and " ".join(following[:size]).lower() in sector_words():
                return start, start + len(" ".join(following[:size]))
    owner = re.search(r"['’]s\b", text[start:m.end("run")])
    if owner and text[start:start + owner.start()].lower() not in _PLACES:
        return start, start + owner.start()  # "Quarry Robotics Inc.'s Class A shares": the company
    return start, m.end("run")


# the nouns that make a phrase of a capital and lower-case words a group of companies: "Electric vehicle makers"
_LOWER_WORDS = re.compile(r"[a-z][a-z\-]*(?:\s+(?!of\b)[a-z][a-z\-]*){0,3}")
# (not "suppliers": "Nvidia suppliers" are a company's, no group of their own)
_EN_GROUP_NOUN = re.compile(r"\s(?:makers|producers|manufacturers|miners|firms|companies|developers|lenders|exporters|"
                            r"operators|retailers|builders)$")


# a place joined to a participle opens a description, not a name: "Hong Kong-listed", "Shenzhen-based" (the listing
# before "shares of" is read elsewhere: "Hong Kong-listed shares of BYD")
_PLACED_END = r"-(?:listed|based|headquartered|owned|backed|controlled|traded|registered)$"
_PLACED = re.compile(r"(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*" + _PLACED_END[:-1] + r"\s+(?!(?:shares|stocks?)\s+(?:of|in)\b|(?:ETFs?|funds?)\b)")  # ("U.S.-listed ETFs": the funds)


_TABLE_HEADER = re.compile(r"^(?:Sector\s+)?%?\s*Change\s+(?=[A-Z])")
# a place or a venue ending an item after its name: "Iron ore futures in Dalian" (the place is no name of its own)
_WHERE_TAIL = re.compile(rf"(?<=[a-z])\s+(?:in|on)\s+(?:the\s+)?(?:{TRADING_CITIES}|{PLACE}|Dalian|Zhengzhou|Macau|Chicago|"
                         r"LME|COMEX|NYMEX|CBOT|SHFE|ICE|NYSE|Nasdaq)$")


def names_a_group(phrase: str) -> bool:
    """True when a phrase ends in a noun of companies: "Macau casino operators", "Electric vehicle makers"."""
    return bool(_EN_GROUP_NOUN.search(phrase))


def _en_item(text: str, in_list: bool = False, grouped: bool = False) -> tuple[str, str] | None:
    """(name, code) of one English list item, or None when it names nothing (``grouped``: "stocks" or "shares"
    followed it)."""
    text = _IN_TRADING.sub("", text.strip(" ,;:—–-*"))  # "in trading today Apple is up": the time, then the name
    if text == "IT":
        return text, ""  # "financials -0.4%, IT +0.2%": the sector in capitals, never the pronoun
    sub_index = _OWN_SUB_INDEX.match(text) or SUB_INDEX_FOR.search(text)
    if sub_index:  # "its financial sector sub-index", "the sub-index for finance": the index's part, by what it tracks
        return sub_index["name"], ""
    if _CONTEXT_ITEM.match(text):
        return None  # "In Shanghai", "Among heavyweights", "its Shenzhen-listed stock": context, not a name
    determiner = gauge = False
    while True:
        lead = _EN_LEADING.match(text)
        if not lead:
            break
        determiner = determiner or lead.group(0).strip().lower() in ("the", "a", "an")
        gauge = gauge or bool(_GAUGE_OF.match(lead.group(0)))
        text = text[lead.end():]
    text = _TABLE_HEADER.sub("", text)  # "Sector % Change Materials +1.8%": the inline table's header, then its name
    where = _WHERE_TAIL.search(text)
    if where and where.start() > 0:  # "Iron ore futures in Dalian", "Copper on the LME": whose, then where
        text = text[:where.start()]
    placed = _PLACED.match(text)
    if placed:  # "Hong Kong-listed tech giants", "Beijing-based Harbor Lights": where, then whom (if anyone)
        text = text[placed.end():]
        if not text:
            return None
    if gauge and _GAUGE_TRACKS.fullmatch(text):
        return text, ""  # "A gauge of megacaps rose 1.1%": what the gauge tracks, in lower case as written
    quoted = _GAUGE_QUOTED.fullmatch(text) if gauge else None
    if quoted:  # 'A gauge of the "Magnificent Seven" megacaps climbed 1.2%': the group as the text names it
        return quoted["name"], ""  # (as written between its quotes: the name must stand in the text)
    if not text or _RELATIVE.match(text):
        return None  # "which closely tracks Energy stocks", "In Shanghai", "its Shenzhen-listed stock": no new name
    tracking = _EN_TRACKING.search(text)
    if tracking:  # "The sub-index of the Hang Seng tracking energy shares": the shares it tracks
        return tracking["name"], ""
    excluding = _EN_INDEX_EXCLUDING.match(text) if "x" in text or "outside" in text else None
    if excluding:
        return excluding["name"], ""
    described = _EN_INDEX_OF.match(text)
    if described:  # "The Nasdaq Golden Dragon China index of U.S.-listed Chinese companies": the index, not what it holds
        return described["name"], ""
    owned_index = _EN_OWNED_INDEX.match(text)
    if owned_index:  # "MSCI's broadest index of Asia-Pacific shares outside Japan": the index as the text names it
        owner, owned = re.split(r"['’]s\s", owned_index.group(0), maxsplit=1)
        proper = _PROPER_WORD.search(owned)
        if owner.lower() in _PLACES and proper:  # "Shanghai's tech-focused STAR Market Composite index": its name
            return owned[proper.start():], ""
        return text if " of " in text[owned_index.end():owned_index.end() + 4] else owned_index.group(0), ""
    ticker = _INLINE_TICKER.search(text)
    if ticker:  # "Home Depot Inc. HD", "Nvidia Corp.'s stock NVDA": the name, then its ticker
        text = text[:ticker.start()]
    opening = text.split(" ", 1)
    if len(opening) > 1 and opening[0][:1].isupper() and opening[0][1:].islower() and opening[1].islower() and \
            (is_sector_word(text.lower()) or (grouped or _EN_GROUP_NOUN.search(text)) and _LOWER_WORDS.fullmatch(opening[1])):
        # "Real estate shares were also lagging": a sector phrase opening a sentence; "Cloud computing stocks",
        # "Electric vehicle makers": a group of companies named by what they do
        return text, ""
    if len(opening) > 1 and opening[0][:1].isupper() and opening[0][1:].islower() and \
            _MARKET_GROUP.fullmatch(text):
        return text, ""  # "Emerging market stocks rose 0.3%": a group of markets' stocks, named as a phrase
    m = _EN_RUN.search(text, max(0, len(text) - 120))  # a name is the item's tail: only that is searched
    if m:
        run = m["run"]
        # a run that opens a sentence with a capital may begin with context words: drop them
        words = run.split()
        # "IT" in capitals is the sector, not the pronoun
        # ("the pan-European STOXX 600 index": a region's adjective opens no name)
        while words and (words[0].lower().strip(",") in _EN_LEADING_JUNK and words[0] != "IT" or
                         len(words) > 1 and words[0].startswith("pan-") or
                         len(words) > 1 and words[0].lower() in _EN_DESCRIPTORS and words[1] not in ("of", "&") or
                         len(words) > 1 and _EN_ROLE.fullmatch(words[0].lower()) and words[1][:1].isupper()):
            words = words[1:]
        # a headline's verb in capitals ends the name before it: "Shanghai Composite Ends Up 0.2%", "Nvidia Hits
        # High, Up 3%", "HSI Trims Losses to 0.3%"
        verb_at = next((i for i, w in enumerate(words) if i and w.lower().strip(",") in _HEADLINE_WORDS), None)
        if in_list and len(words) == 1 and words[0].lower() in _HEADLINE_WORDS and not m["code"]:
            return None  # "Banks Rally, HSBC Jumps 3%": the sector word read as context, its verb alone is no name
        if verb_at is not None and not m["code"]:
            if in_list and verb_at == len(words) - 1:
                return None  # "Tech Stocks Rebound, MEITUAN-W Surges 5%": a clause of its own, no item of the list
            words = words[:verb_at]
        parts = re.split(r"['’]s\b", " ".join(words), maxsplit=1)
        owner, owned = parts[0].strip(), parts[1].strip() if len(parts) > 1 else ""
        # "TSMC's US shares": the name is TSMC; "Japan's Topix": a place's index is the index
        name = owned if owner.lower() in _PLACES and owned[:1].isupper() else owner
        if m["head"] and name and name == " ".join(words):
            name = f"{name}{m['head'].rstrip()}" if m["head"].strip() not in ("shares", "stock") else name
        if name.endswith(("s'", "s’")):
            name = name[:-1]  # "Harbor Lights' shares": a plural's possessive mark is no part of the name
        if name.endswith(("-listed", "-based", "-related", "-linked", "-exposed")) or _PRICE_TOKEN.match(name):
            return None  # "Shenzhen-listed stocks": a description; "HKD388.2": a price
        if name and name.lower() not in _EN_NOT_NAMES and len(name) >= 2 and not name.isdigit():
            if ticker and not m["code"]:
                return name, ticker["ticker"]  # a ticker written inline is one, whatever initials it shares
            code = m["code"] or ""
            # "(CATL)" after Contemporary Amperex Technology is its initials; "(^GSPC)" a quote page's symbol
            return name, "" if _abbreviates(code, name) or code.startswith("^") else code
        if m["code"] and not name:
            return None
    low = _EN_LOWER_ITEM.match(text)
    if low and in_list and low["name"].endswith(" sectors"):
        # "the coal and power sectors": the plural head the list's items share is no part of the last one's name
        return low["name"][:-len(" sectors")], ""
    if determiner and in_list and low and is_sector_word(low["name"]):
        return low["name"], ""  # "The banking and property sectors": a sector opening a list, after its article
    if determiner and not (low and _EN_LOWER_HEAD.search(low["name"])) or \
            determiner and _EN_DESCRIBED_INDEX.search(text):
        return None  # "the e-commerce giant", "the toymaker", "the blue-chip index": a description, not a name
    if low and low["name"].lower() in sector_words():
        return low["name"], ""  # "technology gained 0.8%": a sector word is a subject on its own
    if text.split(" ", 1)[0].lower() in _EN_NOT_NAMES and not (low and _EN_LOWER_HEAD.search(low["name"])):
        return None  # "It finished the morning session", "At the close"; "the tech sector" is a sector
    if low and not _EN_LOWER_NOT.search(low["name"]) and low["name"] not in _EN_NOT_NAMES and \
            (in_list or _EN_LOWER_HEAD.search(low["name"]) or is_sector_word(low["name"])):
        return low["name"], ""
    return None


def zh_name(text: str) -> str | None:
    """The Chinese name ``text`` is, once filler is taken off, or None when it is no name."""
    found = _zh_item(text)
    return found[0] if found else None


_AFTER_DESCRIPTION = re.compile(r"^(?:有|是|为|包括|包含)(?=\S{2})")


def _zh_item(text: str) -> tuple[str, str] | None:
    """(name, code) of one Chinese list item, or None."""
    code = ""
    m = _CODE_AT_END.search(text)
    if m:
        code = m["code"]
        text = text[:m.start()]
    text = text.strip().rstrip("(（ ")
    if "的" in text:  # "跌幅居前的有ST华铁": the names follow the description and its verb (有研新材 keeps its 有)
        text = _AFTER_DESCRIPTION.sub("", text.rsplit("的", 1)[1])
    text = ZH_MARKET_OPENING.sub("", _ZH_TRAILING.sub("", _ZH_LEADING.sub("", text)).strip())
    text = ZH_DESCRIPTOR.sub("", text)
    slight = _ZH_SLIGHTLY.search(text)
    if slight:  # "云帆科技微涨" is 云帆科技 rising slightly; "士兰微", "ST华微" are names ending in 微
        text = _ZH_TRAILING.sub("", text[:slight.start()]).strip()
    if not _ZH_NAME.match(text) or _ZH_NOT_NAMES.search(text):
        return None
    if text.isascii() and not code:
        return None  # a Latin word in Chinese text ("AI") is not a name without its code
    return text, code


def _spans(text: str, offset: int, splitter: re.Pattern) -> list[tuple[int, int]]:
    out, at = [], 0
    for m in splitter.finditer(text):
        out.append((offset + at, offset + m.start()))
        at = m.end()
    out.append((offset + at, offset + len(text)))
    return [(a, b) for a, b in out if b > a]


# a comma between digits is a thousands separator; "On May 2, Harbor Lights" parts two items
_EN_COMMA = re.compile(r"(?:(?<!\d),|,(?!\d))(?!\s*(?:Inc|Ltd|Co|Corp|LLC|plc|Limited)\b)\s*")
# "Poly Developments and Holdings": "and" before a corporate word joins no two names
_EN_AND = re.compile(rf"\s+(?:and|or|as well as)\s+(?!{_EN_CORPORATE_WORD})|(?:(?<!\d),|,(?!\d))(?!\s*(?:Inc|Ltd|Co|Corp|LLC|plc|Limited)\b)\s*(?:and\s+|or\s+)?")
_DASH = re.compile(r"\s[—–]\s|—|\s-{1,2}\s")


def is_blank_region(text: str, zh: bool) -> bool:
    """True when a region holds only filler: "截至发稿", "周五单日", ", and"."""
    if zh:
        # ("，微涨0.15%": "slightly" alone after a clause's comma names no one)
        return _ZH_TRAILING.sub("", _ZH_LEADING.sub("", text.strip(" ,，、"))).strip(" ,，、") in ("", "微")
    return not _ARTICLE.sub("", text).strip(" ,，、")  # "marking a -1.35% move": an article alone is no name


_ARTICLE = re.compile(r"\b(?:a|an)\b")


def clean_region(view: str, start: int, end: int, zh: bool) -> tuple[int, int]:
    """The region without filler at its end and start."""
    text = view[start:end]
    trailing = _ZH_TRAILING if zh else _EN_TRAILING
    while True:
        # filler is short: only the region's tail is searched (a "$"-anchored search tries every start)
        tail_from = max(0, len(text) - 48)
        m = trailing.search(text, tail_from)
        if not m or m.start() == len(text):
            break
        text = text[:m.start()]
    stripped = text.rstrip(" ,，:：(（")  # "Harbor Lights (+1.5%)": the bracket opens the figure
    return start, start + len(stripped)


def region_items(view: str, start: int, end: int, zh: bool, count: int) -> list[tuple[int, int]]:
    """The list items of a region, as spans: split so that they are ``count`` when the figure has several values
    (``count`` 0: split at commas when every comma-separated item names one, as a ranking statement's list)."""
    text = view[start:end]
    if zh:
        spans = _spans(text, start, _ZH_SPLIT)
        if count == 1 and len(spans) > 1 and not _ZH_SHARED_AFTER.match(view, end):
            spans = _join_index_name(view, spans)
        return spans
    if count <= 1 and SUB_INDEX_FOR.search(text):
        return [(start, end)]  # "the sub-index for commerce and industry": one sub-index, its "and" inside its name
    dash = list(_DASH.finditer(text))
    if dash:  # "Corning — The specialty glass maker": the name before the dash, unless one follows it
        cut = dash[-1]
        after = view[start + cut.end():end]
        if any(_en_item(view[a:b]) for a, b in _spans(after, start + cut.end(), _EN_AND)):
            start, text = start + cut.end(), after
        else:
            text = text[:cut.start()]
    by_comma = _spans(text, start, _EN_COMMA)
    if count == 0 and len(by_comma) > 1:
        # "Computing power, semiconductor and communication equipment stocks led gains": the list's last item
        # holds its "and" (each part naming one)
        # (not after a serial comma: "…, and medicine and biological products" is one item)
        last = _spans(view[by_comma[-1][0]:by_comma[-1][1]], by_comma[-1][0], _EN_AND)
        if len(last) > 1 and all(_en_item(view[a:b], True) for a, b in last) and \
                not re.match(r"\s*and\s", view[by_comma[-1][0]:by_comma[-1][1]]):
            by_comma = by_comma[:-1] + last
    if count > 1 or count == 0 and len(by_comma) > 1:  # 0: as many as the commas give, when each names one
        named = [s for s in by_comma if _en_item(view[s[0]:s[1]], True)]
        if len(named) == (count or len(by_comma)):
            return named
    items: list[tuple[int, int]] = []
    for a, b in by_comma:
        # (after a scene, "At 0405 GMT, the yuan ...", a description opens the subject)
        if _RELATIVE.match(view[a:b].strip()) or items and _APPOSITIVE.match(view[a:b].strip()) and \
                not _CONTEXT_ITEM.match(view[items[-1][0]:items[-1][1]].lstrip(" *")):
            # ", which makes smartphones and EVs,": a relative clause names nothing; nor does ", the owner of
            # the Post," after a name, which describes it
            continue
        items.extend(_spans(view[a:b], a, _EN_AND))
    return items


# words that say a figure is shared by a list ("A与B均涨1%", "A及B各跌0.6%"): the conjunction joins names, not a name's words
_ZH_SHARED_AFTER = re.compile(r"\s*(?:均|都|各|分别|双双|齐|集体|同步|皆|一同)")
_ZH_KIND_END = re.compile(r"(?:指数|指|ETF|板块|概念|行业|股份|集团|控股|公司)$")


def _join_index_name(view: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items split at 和/及/与 joined again when they are one index's name: "中证全指半导体产品与设备指数" (the
    words before the conjunction name no instrument of their own kind)."""
    joined = [items[0]]
    for a, b in items[1:]:
        prev_a, prev_b = joined[-1]
        if view[prev_b:a] in ("和", "及", "与") and view[a:b].endswith("指数") and \
                not _ZH_KIND_END.search(view, prev_a, prev_b):
            joined[-1] = (prev_a, b)
        else:
            joined.append((a, b))
    return joined


def _abbreviates(code: str, name: str) -> bool:
    """True when capitals in brackets are the name's initials, not a ticker: "Contemporary Amperex Technology
    (CATL)", "Semiconductor Manufacturing International Corp (SMIC)" (one letter may stand for Ltd or Co)."""
    if not code.isalpha():
        return False
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z][\w&'’\-]*", name) if word[0].isupper())
    return len(initials) >= 2 and (code.startswith(initials) and len(code) - len(initials) <= 1 or
                                   initials.startswith(code) and len(initials) - len(code) <= 1)


_GROUP_AFTER = re.compile(r"\s+(?:stocks|shares)\b")


def item_name(view: str, sentence: str, start: int, end: int, zh: bool, in_list: bool = False) -> Mention | None:
    """The name one item gives, as written in ``sentence``; a lower-case phrase only as one of a list."""
    found = _zh_item(view[start:end]) if zh else _en_item(view[start:end], in_list, bool(_GROUP_AFTER.match(view, end)))
    if found is None:
        return None
    name, code = found
    at = view.find(name, start, end)
    if at < 0:
        return None
    return Mention(at, at + len(name), sentence[at:at + len(name)], None, code)
