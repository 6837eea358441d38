"""The amounts of one sentence as facts: turnover, flows and counts, each given to the instrument, channel
or market whose it is, and held for the moment the sentence says."""
from __future__ import annotations


import re
from collections.abc import Sequence
from dataclasses import replace


from briefs.extract.amounts import BRACKETED_ITEM, TOTAL_BEFORE, find_amounts
from briefs.extract.mentions import Mention, unresolved_market
from briefs.extract.moments import BOUNDS, DAY_WORDS, days_named, other_day, with_bound
from briefs.extract.names import leading_name, zh_name
from briefs.extract.owners import MARKET_WIDE, make_fact, settle, whole_market
from briefs.extract.places import PLACE
from briefs.extract.reading import subjects_after
from briefs.extract.reference import Instrument, Reference, load_reference
from briefs.extract.subjects import (MAX_AMOUNT_SUBJECT_GAP, ZH_FLOW_WORDS, ArticleContext, infer_kind, subjects_for,
                                     unknown_subject)
from briefs.extract.windows import clause_start, is_window
from briefs.records import Fact


_ZH_FLOW_FILLER = re.compile(r"^(?:[（(][^）)]{0,24}?[日月年][^）)]{0,24}?[）)]|\d{1,2}月\d{1,2}日|昨日|昨天|其中|而|但|另外|此外|同时|主力资金|资金|盘中|早盘|午盘|尾盘|午后|上午|下午|目前|今年以来的?\d*个?月?|今年以来|上月|本月|整月|当月|上周|本周|当周|当天|当日|今日|全日|"
                             r"近\d+个?交易日|近\d+日|近[一二两三四五六七八九十]+个?(?:交易日|日|周|月)|"
                             r"半日|全天|单日|截至\S{0,8}|合计|累计|整体|总计|共计|[，,、\s])+|"
                             r"(?:累计|合计|整体|总计|共计|上月|整月|当月|当天|当日|单日|半日|今日|昨日|昨天|全天|全日|最多|居前|的|为|遭|获|"
                             r"主力资金|主力|最新资金|最新|资金|"  # "电子行业主力资金净流入18.6亿元": the industry's main funds
                             r"同期|近\d+个?交易日|近\d+日|近[一二两三四五六七八九十]+个?(?:交易日|日|周|月)|[，,、\s])+$")
_ZH_FLOW_TRAILER = re.compile(r"(?<=\S)(?:今日|今天|昨日|当日|早盘|午盘|尾盘|全天|全日|半日|盘中|上午|下午|合计|累计|整体|共计|总计|成交|"
                              r"录得|实现|出现)+$")  # ("港股通今日錄得淨買入29.03億港元": the verb of recording is no name)
# the southbound channel by the name of its scheme alone ("港股通今日录得净买入…"): not an alias, since the word opens
# funds' names (港股通互联网ETF) and one leg's (港股通（沪）)
_CHANNEL_BY_SCHEME = {"港股通": "HK.SOUTHBOUND"}
_ZH_NAMED_BEFORE_DAYS = re.compile(r"(?:ETF|基金|指数)\s*(?:[（(]\d{6}[）)])?\s*$")  # "该ETF"/"X ETF近10个交易日…": named
# "with Harbor Lights receiving HK$1.1 billion and Tallow Mills HK$650 million": an absolute clause's name, then the
# amount (the verb said once)
_WITH_NAME_RECEIVING = re.compile(r"\b(?:with|and)\s+(?P<name>[A-Z][\w&.'\-]*(?:\s+[A-Z][\w&.'\-]*){0,3})\s+"
                                  r"(?:receiving|getting|attracting|drawing|seeing|taking\s+in|pulling\s+in\s+)?\s*$")
_EN_FLOW_VERB = re.compile(r"(?:sold|bought|purchased|offloaded|dumped|poured|pumped|put|channelled|funneled|"
                           r"took|pulled|drew|raked|brought|attracted|gathered|hauled|shed|bled|added|withdrew|yanked|redeemed|"
                           r"snapped|net(?=\s+(?:sold|bought|purchased|sell|buy|sellers|buyers)\b)|posted|recorded|saw|logged)\b", re.I)
_EN_METRIC_WORD = re.compile(r"value of (?:shares|stocks|equities) traded|"
                             r"[A-Za-z]+(?:\s+(?:volume|value|inflows?|outflows?|purchases?|buying|selling|sales))?", re.I)
_ZH_EARLIER_FLOW = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?:累计|合计|整月|上月)?(?:净流入|净流出|净买入|净卖出|成交额)"
                              r"[^，,；;。]*$")
# a count of days with flows, naming no one: "近5个交易日内有4日资金净流入，合计8.9亿元" is the article's fund's
_ZH_DAYS_WITH_FLOWS = re.compile(r"(?:近|过去)(?:\d+|[一二两三四五六七八九十]+)个?交易日(?:内|中)?有(?:\d+|[一二两三四五六七八九十]+)"
                                 r"(?:个交易)?日")


# funds of a kind named after their asset: "pumped a record $5 billion into bitcoin funds" (no one fund's)
_FUNDS_OF_KIND = re.compile(r"\s+(?:funds|ETFs|products|trackers|ETPs)\b", re.I)
# one class of orders or buyers right before its flow: "游资资金净流出2.11亿元", "超大单净流入3亿元"
_INVESTOR_CLASS = re.compile(r"(?:游资|散户|超大单|大单|中单|小单)(?:资金)?(?:净流入|净流出|净买入|净卖出)(?:约|近|超|逾)?\s*-?$")
# words that make an amount someone's forecast: "预计全天成交额1.5万亿元", "有望突破", "is expected to reach"
_FORECAST_HINTS = re.compile(r"预计|预测|有望|料将|或将|估计|expected|forecast|projected|likely|set to|poised|could|"
                             r"might|would|will|may", re.I)
_FORECAST_AMOUNT = re.compile(r"预计|预测|有望|料将|或将|估计|\b(?:expected|forecast|projected|set|poised|likely)\s+to\b|"
                              r"\b(?:could|might|would|may|will)\s+(?:\w+\s+){0,2}?(?:reach|hit|top|exceed|surpass|rise|"
                              r"fall|be|climb)\b", re.I)
_WITH_OPENING = re.compile(r"^with\b\s*", re.I)  # ("…, with HK$150 billion worth of shares changing hands")
# money got by someone: "近5日获资金净流入超3亿元" (the getting names no one)
_GOT_OPENING = re.compile(r"(?:获|遭|獲)(?:主力资金|资金)?")
# "星河信息获主力资金净流入5.6亿元": whose flow it is stands before 获 (遭: an outflow), the buyer after it
_GOT_FROM = re.compile(r"(?:获|遭|獲)(?:主力资金|主力|资金|北水|南向资金|北向资金|外资|游资|机构)?$")
_ZH_POINTER = re.compile(r"该(?:ETF|基金|指数|股)")
_ZH_POINTER_KINDS = {"该ETF": "etf", "该基金": "etf", "该指数": "index", "该股": "stock"}
_FLOW_ONLY = re.compile(rf"(?:累计|合计)?(?:{ZH_FLOW_WORDS})|"
                        r"(?:net\s+)?(?:inflows?|outflows?|purchases?|buying|selling)", re.I)
# words that name the whole market, whatever the size of the figure
_MARKET_WORDS = re.compile(r"market|exchange|bourse|两市|三市|沪市|深市|沪深|大市|全市场|港股", re.I)
_FLOW_OPENING = re.compile(rf"^(?:{ZH_FLOW_WORDS})(?=[\u4e00-\u9fff]{{2}})")
_ZH_CHANNEL = re.compile(r"[（(][^）)]{1,4}[）)]$")


_NAME_WITH_DIGITS = re.compile(r"[\u4e00-\u9fffA-Za-z]+\d+[\u4e00-\u9fffA-Za-z]*(?:ETF|指数|基金)")


_BUYERS = re.compile(r"(?:global\s+|foreign\s+|retail\s+|U\.S\.\s+|overseas\s+)?(?:investors|traders|buyers|"
                     r"fund managers|money managers|funds)", re.I)
_RANK_IN_MARKET = re.compile(r"(?:位?居|位列|排名?)(?:沪深|A股)?(?:两市|沪市|深市|全市场|市场|A股|港股)"
                             r"(?:第[一二三四五六七八九十\d]+|首位|前列|榜首|之首|前[一二三四五六七八九十\d]+)")


def _only_a_flow_word(words: str) -> bool:
    """True when ``words`` are a flow's word and nothing else, quoted or not ("净流入", "“吸金”")."""
    bare = words.strip("“”\"‘’'「」 ")
    return bool(_FLOW_ONLY.fullmatch(bare)) or bare == "吸金"


def _phrase_subject(sentence: str, view: str, amount, zh: bool, previous: list[Mention],
                    context: ArticleContext | None = None, mentions: Sequence[Mention] = (),
                    moved: Sequence[Fact] = ()) -> list[Mention]:
    """The subject of an amount no instrument owns, from the words that name it: "Combined turnover",
    "Midday turnover", "沪股通累计净流出" (沪股通), "沪深两市半日成交额" (沪深两市); a clause with none
    continues the sentence's previous one ("日常消费累计净流出最多，整月净流出约82亿元")."""
    breaks = "，,；;。：:｜|" if zh else ",;:(|"  # ("ETF资金动向｜上周股票型ETF净流入…": a title's rubric is no name)
    at = amount.start
    begin = max((view.rfind(c, 0, at) for c in breaks), default=-1) + 1
    total = (_ZH_TOTAL if zh else TOTAL_BEFORE).search(view, max(0, amount.number_at - 24), amount.number_at) \
        if amount.metric == "turnover" and previous and all(m.instrument is None for m in previous) else None
    if total:
        # "沪市成交额6812亿元，深市成交额9310亿元，合计1.61万亿元", "Shanghai turnover was …, Shenzhen's …, a combined
        # 1.61 trillion yuan": the total of the exchanges before is the market's, never the last exchange's
        return [Mention(total.start("word"), total.end("word"), sentence[total.start("word"):total.end("word")], None)]
    if zh:
        begin = max(begin, clause_start(view, at))  # "恒指跌98點 科指跌1.4% 成交2,318億元": a title's clauses
        # "主力资金净流入电子板块52.3亿元": the flow word opens the phrase and the name follows it
        words = _FLOW_OPENING.sub("", _ZH_FLOW_FILLER.sub("", _GOT_FROM.sub("", view[begin:at])))
        words = _ZH_FLOW_TRAILER.sub("", words)  # "股票型ETF今日早盘合计净流入": the time after the name is no part of it
        if _only_a_flow_word(words):
            words = ""  # "合计“吸金”12.4亿元": the word for the flow names nobody
        pointer = _ZH_POINTER.match(words)
        if pointer and context is not None:  # "该ETF近5日获资金连续净流入，合计3.2亿元": the fund named before
            found = context.lookup(_ZH_POINTER_KINDS[pointer.group(0)])
            return [found] if found is not None else []
        # (digits only inside a fund's or an index's name: "星河300ETF", not "近5日")
        if 2 <= len(words) <= 12 and not re.search(r"分别|较|比", words) and \
                (not re.search(r"\d", words) or _NAME_WITH_DIGITS.fullmatch(words)):
            start = view.find(words, begin, at)
            return [Mention(start, start + len(words), sentence[start:start + len(words)],
                            _scheme_channel(words, amount, context))]
        if not words.strip(" 　") and begin > 0 and view[begin - 1] in " 　":
            # a table row, "沪深300ETF（510300） 净流入8.6亿元": the name printed with its code before the space
            row = [m for m in mentions if not view[m.end:begin].strip(" 　") and (m.instrument is not None or m.code_text)
                   and (m.instrument is None or m.instrument.kind not in ("index", "market"))]
            if row:
                return row[-1:]
        days = _ZH_DAYS_WITH_FLOWS.search(view, max(0, begin - 40), amount.number_at)
        if days and not _ZH_NAMED_BEFORE_DAYS.search(view, max(0, days.start() - 12), days.start()) and context is not None:
            found = context.lookup("etf")
            return [found] if found is not None else []
        earlier = _ZH_EARLIER_FLOW.search(view, max(0, begin - 30), max(begin - 1, 0))
        opening = _ZH_POINTER.match(view, max(view.rfind(c, 0, begin - 1) for c in breaks) + 1) \
            if earlier and begin > 0 else None
        if opening and context is not None:
            # "该ETF近10个交易日有8日获资金净流入，合计净流入23.5亿元": the previous clause points at the fund
            found = context.lookup(_ZH_POINTER_KINDS[opening.group(0)])
            return [found] if found is not None else []
        if earlier and not earlier["name"].endswith(("元", "亿", "万")):
            # "日常消费累计净流出最多，整月净流出约82亿元": the previous clause names it (not "…1.12亿元净流入": an amount)
            start = earlier.start("name")
            return [Mention(start, earlier.end("name"), sentence[start:earlier.end("name")], None)]
        channel = _ZH_CHANNEL_OPENING.match(view) if not words and amount.metric == "net_inflow" else None
        if channel and not any(channel.end() <= m.start < amount.start for m in mentions):
            # "沪股通每日限额还剩137.85亿元，…，净卖出8.81亿元": the channel the sentence opens with, nobody named since
            a, b = channel.span("name")
            return [_named_in(sentence, mentions, a, b)]
        if not words and begin > 0 and amount.metric == "net_inflow":
            # "北向资金午后加速流入 全天净买入62.15亿元": a clause of a time and the flow's word alone continues the
            # channel the clause before names
            opens = clause_start(view, begin - 1)
            channel = [m for m in mentions if opens <= m.start and m.end < begin and m.instrument is not None and
                       m.instrument.code in _FLOW_CHANNELS]
            if channel:
                return channel[-1:]
        if previous:
            return previous
        word_end = amount.number_at
        said = re.sub(r"(?:达|为|约|近|超|逾|高达|已有|有|了)+$", "", view[begin:word_end]).strip()
        phrase = _FLOW_OPENING.sub("", _ZH_FLOW_FILLER.sub("", said))
        if phrase in ("成交", "成交额", "成交金额") and said.endswith(phrase):
            phrase = said  # "全日成交2,150億元": the words as written, not a bare "成交"
        got = _GOT_OPENING.match(phrase)
        if got and _only_a_flow_word(phrase[got.end():]):
            # "煤炭ETF涨近2% 近5日获资金净流入超3亿元": money got by the sentence's last mover, else by nobody (the
            # getting is no one's name)
            return _last_mover(sentence, view, amount.start, moved, mentions)
        main = view.find("主力资金", begin, word_end)
        if main >= 0 and amount.metric == "net_inflow" and _FLOW_ONLY.fullmatch(phrase):
            # "长光华芯(688048)：股价连续三日上涨，主力资金净流入1.86亿元": a headline's topic, named before its colon,
            # owns them; else "主力资金全天净流出89.6亿元": the market's main funds, named by that word alone
            # (or the article's title: "寒武纪(688256)：…" over "今日主力资金净流入5.62亿元")
            topic = next((m for m in mentions if m.start == 0 and view.startswith(("：", ":"), m.end) and
                          (m.instrument is None or m.instrument.kind in ("stock", "etf"))), None) or \
                getattr(context, "topic", None)
            return [topic] if topic is not None else [Mention(main, main + 4, sentence[main:main + 4], None)]

    else:
        into = _FLOW_INTO.match(view, amount.end) if amount.metric == "net_inflow" else None
        if into:  # "led by $8 billion of outflows from equity ETFs": the funds the money left or went into
            a, b = into.span("name")
            return [_named_in(sentence, mentions, a, b)]
        hands = _CHANGED_HANDS.match(view, amount.end) if amount.metric == "turnover" else None
        if hands and not _EN_BOUND_ONLY.sub("", _WITH_OPENING.sub("", view[begin:amount.start].strip())):
            # (after "with" too: "Trading was light, with HK$150 billion worth of shares changing hands")
            # "About HK$150 billion of shares changed hands": the market's turnover, named by its verb alone
            return [Mention(hands.start("verb"), hands.end("verb"), sentence[hands.start("verb"):hands.end("verb")], None)]
        word = _EN_METRIC_WORD.match(view, amount.start)
        if word and _EN_FLOW_VERB.match(view, amount.start):
            word = None  # "Mainland investors sold a net ...": the verb is no part of the name
        phrase = view[begin:word.end() if word else amount.start].strip()
        through = _FLOW_THROUGH.match(view, word.end(), amount.number_at) if word and amount.metric == "net_inflow" \
            else None
        if through:  # "Net outflows through the Shanghai link stood at 4.03 billion yuan": the link's own
            a, b = through.span("name")
            return [_named_in(sentence, mentions, a, b)]
        fund = _METRIC_OF_FUND.match(view, word.end(), amount.number_at) if word and amount.metric == "turnover" else None
        if fund:  # "Daily turnover in the Tallow Chip ETF hit a record 12.3 billion yuan": the fund's own
            a, b = fund.span("name")
            return [_named_in(sentence, mentions, a, b)]
        if amount.metric == "net_inflow" and re.search(r"\bwith(?:\s+an?)?$", phrase):
            # "The iShares Russell 2000 ETF (IWM) bucked the trend with $640 million of inflows": the clause's subject
            opens = clause_start(view, amount.start)  # not at a bracket: "(IWM)" stands inside the name's words
            # (a name printed with its code opening the clause: "The Harbor Quality ETF (Symbol: HBQ) stands out with")
            coded = next((m for m in reversed(mentions) if m.code_text and m.end <= amount.start and
                          not re.search(r"[,;]", view[m.end:amount.start])), None)
            if coded is not None:
                return [coded]
            lead = leading_name(view[opens:amount.start])
            if lead:
                return [Mention(opens + lead[0], opens + lead[1], sentence[opens + lead[0]:opens + lead[1]], None)]
        if amount.metric == "net_inflow" and _CONTINUED_PREDICATE.fullmatch(phrase):
            # "SOXL jumped 10.9%, but shed $220 million in outflows", "…, while drawing $220 million": a predicate
            # with no subject of its own continues the move's before it; a connective is nobody's name
            return _last_mover(sentence, view, amount.start, moved, mentions)
        parts = re.split(r"\b(as|while|when|after|and|but|with|that|which|since)\s+", phrase)
        phrase = parts[-1]
        joined_by = parts[-2] if len(parts) > 1 else ""
        # ("…, with turnover of HK$245.6 billion": the clause's own figure, whose owner is decided below)
        if joined_by not in ("", "and", "but", "while") and not (joined_by == "with" and amount.metric == "turnover") \
                and " " not in phrase or \
                re.search(r"['’]s\b|^(?:its|their)\b", phrase, re.I) and not _MARKET_OWNER.match(phrase):
            # "Brokers surge as turnover tops ...": a bare metric word inside a subordinate clause names no one;
            # "..., and turnover fell to 1.38 trillion yuan" is the market's
            return []
        phrase = _EN_FLOW_VERB_TAIL.sub("", phrase)  # "the ETF has seen nearly": the words before the verb
        pointed = _EN_POINTER_PHRASE.fullmatch(phrase)
        if pointed and context is not None:  # "the ETF has seen nearly 2.8 billion yuan in net inflows"
            found = context.lookup("etf" if pointed["what"].lower() in ("etf", "fund") else "any")
            return [found] if found is not None else []
        phrase = re.sub(r"^(?:the|a|an|with|and|lifting|bringing|taking)\s+", "", phrase, flags=re.I)
        phrase = re.sub(r"^(?:this|last) (?:year|month|week)['’]s\s+", "", phrase, flags=re.I)
    if not phrase or len(phrase) > 40 or amount.metric == "net_inflow" and _only_a_flow_word(phrase):
        # "净流入" alone names no one (a turnover word alone is the market's), unless the piece before, ended by its
        # "；", named whose figures these are ("X ETF最新资金净流入1.63亿元；近5个交易日内，合计“吸金”12.4亿元")
        return list(getattr(context, "carried", None) or []) if phrase else []
    start = view.find(phrase, begin if zh else 0, amount.number_at)
    return [Mention(start, start + len(phrase), sentence[start:start + len(phrase)],
                    _scheme_channel(phrase, amount, context) if zh else None)] if start >= 0 else []


# what stands before a flow's verb when the flow continues a move's clause: a connective, a participle, the move itself
_CONTINUED_PREDICATE = re.compile(r"(?:.*%\s*,?\s*)?(?:(?:but|and|yet|then|also|while|as|though|although)\s*)*"
                                  r"(?:[a-z]+ing)?", re.I)


def _last_mover(sentence: str, view: str, before: int, moved: Sequence[Fact], mentions: Sequence[Mention]) -> list[Mention]:
    """The subject of the sentence's last move said before ``before``, as a mention; [] when there is none."""
    for fact in reversed([f for f in moved if f.metric == "pct_change"]):
        at = view.rfind(fact.subject, 0, before)
        if at >= 0:
            known = next((m for m in mentions if m.start == at and m.end == at + len(fact.subject)), None)
            return [known or Mention(at, at + len(fact.subject), sentence[at:at + len(fact.subject)], None,
                                     fact.code)]
    return []


def _scheme_channel(words: str, amount, context) -> Instrument | None:
    """The flow channel a scheme's name alone stands for ("港股通" for southbound money), else None."""
    channel = _CHANNEL_BY_SCHEME.get(words) if amount.metric == "net_inflow" else None
    return (getattr(context, "ref", None) or load_reference()).instruments.get(channel) if channel else None


# a place or a market owning the metric word: "Hong Kong's main board turnover", "the city's turnover"
_MARKET_OWNER = re.compile(rf"(?:the\s+)?(?:{PLACE}|city|market|exchange|bourse|mainland)['’]s\s", re.I)
_TOTAL_WORDS = ("combined", "total", "合计", "共计", "总计", "两市合计")
_ZH_TOTAL = re.compile(r"[，,；;]\s*(?P<word>(?:两市)?(?:合计|共计|总计))\s*(?:成交(?:额|金额)?)?\s*(?:为|达|约|近|超)?\s*$")
_EN_BOUND_ONLY = re.compile(r"^(?:about|around|nearly|some|roughly|almost|over|more than|approximately)$", re.I)
_CHANGED_HANDS = re.compile(r"\s*(?:(?:worth\s+)?of\s+(?:shares|stocks?|equities)\s+|worth\s+of\s+(?:shares|stocks?|equities)\s+)?"
                            r"(?P<verb>chang(?:ed|ing)\s+hands)", re.I)
# the funds a flow named after its amount went into or left: "$8 billion of outflows from equity ETFs"
_FLOW_INTO = re.compile(r"\s*(?:in|of)\s+(?:net\s+)?(?:inflows?|outflows?|redemptions?|new money)\s+(?:from|out of|into|in|to)\s+"
                        r"(?:the\s+)?(?:U\.S\.(?:-listed)?\s+|US(?:-listed)?\s+)?(?P<name>(?:[A-Za-z][\w&\-]*\s+){0,3}?"
                        r"(?:ETFs|funds|equities|stocks|bonds))\b", re.I)
_METRIC_OF_FUND = re.compile(r"\s+(?:in|of|for)\s+(?:the\s+)?(?P<name>[A-Z][\w&.'\-]*(?:\s+[A-Z0-9][\w&.'\-]*)*?"
                             r"\s+(?:ETF|Fund|Trust))\b")
_FLOW_THROUGH = re.compile(r"\s+(?:through|via)\s+(?:the\s+)?(?P<name>(?:Shanghai|Shenzhen|Hong Kong|southbound|northbound)"
                           r"(?:[\s\-]+[A-Za-z]+){0,3}?[\s\-]+(?:links?|Connect|channels?))\b", re.I)
# one leg of a flow channel, said between the channel and its amount
_VIA_LEG = re.compile(r"\b(?:through|via|on)\s+(?:the\s+)?(?P<name>(?:Shanghai|Shenzhen)(?:[\s\-]+[A-Za-z]+){0,3}?[\s\-]+"
                      r"(?:links?|Connect|channels?|legs?|routes?))\b", re.I)
_EN_FLOW_VERB_TAIL = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:seen|saw|recorded|posted|logged|attracted|gathered|drew|"
                                r"pulled in|took in|received|registered|absorbed)\b.*$|"
                                r"\s+(?:nearly|about|over|more than|around|some|almost)\s*$|\s+(?:has|have|had)\s*$|"
                                r"\s+(?:were|was|are|is)\s*$|"  # "Mainland investors were net sellers of"
                                # "the Shanghai link accounting for", "the Shenzhen link for": a part's share
                                r"\s+(?:(?:accounting|accounted|making up|made up|contributing|contributed)(?:\s+for)?|for)\s*$",
                                re.I)
_EN_POINTER_PHRASE = re.compile(r"(?:the|this|that)\s+(?P<what>ETF|fund|stock|company)|(?P<it>it)", re.I)
# (the names after the last 是, 为, 有, colon or flow word: "主力资金净流入电子、计算机板块，分别为52.3亿元、31.2亿元")
_ZH_LISTED_BEFORE = re.compile(r"(?:是|为|有|：|:|净流入|净流出|净买入|净卖出)"
                               r"(?!(?:居前|最多|较多|靠前|领先)[，,])"  # "…获净流入居前，分别为": a ranking, no names
                               r"(?P<names>(?:(?!净流入|净流出|净买入|净卖出)[^，,；;。：:是为有])+)[，,]\s*分别(?:为|是|达)?\s*$")


def _named_in(sentence: str, mentions: list[Mention], a: int, b: int) -> Mention:
    """The name the words ``sentence[a:b]`` give: the last known mention inside them, else the words as written."""
    known = [m for m in mentions if a <= m.start and m.end <= b]
    return known[-1] if known else Mention(a, b, sentence[a:b], None)


def _listed_subjects(sentence: str, view: str, amounts: list, zh: bool,
                     mentions: list[Mention]) -> dict[int, Mention]:
    """"居前的是金融、信息技术和房地产，分别为480.3、193.3和40.6亿元": each amount of the list with its name."""
    out: dict[int, Mention] = {}
    if zh and ("（" in view or "(" in view):
        # "电子（+52.3亿元）、计算机（+31.2亿元）": each amount in brackets after its name
        for amount in amounts:
            item = BRACKETED_ITEM.search(view, max(0, amount.number_at - 16), amount.number_at)
            if item is not None:
                a, b = item.span("name" if item["name"] else "spaced")
                out[amount.number_at] = _named_in(sentence, mentions, a, b)
    if not zh and "respectively" in view:
        # "Turnover of the Shanghai and Shenzhen markets amounted to RMB529.9 billion and RMB622 billion respectively":
        # each exchange's own, in order (both had been the whole market's)
        pair = _EN_EXCHANGE_PAIR.search(view)
        after = sorted((a for a in amounts if pair and pair.end() < a.number_at), key=lambda a: a.number_at)
        if pair and len(after) == 2 and after[0].metric == after[1].metric and \
                "respectively" in view[after[1].number_at:after[1].end + 16]:
            for amount, group in zip(after, ("first", "second")):
                a, b = pair.span(group)
                out[amount.number_at] = Mention(a, b, sentence[a:b], None)
    if not out and len(amounts) > 1 and len({a.metric for a in amounts}) == 1 and (
            zh and "分别" not in view or not zh and "respectively" in view):
        # "Tencent and Meituan drew HK$1.2 billion and HK$560 million, respectively", "腾讯和美团获净买入12.3亿港元和
        # 5.6亿港元": as many known names before the first amount, in its clause, as amounts: each in order, as moves
        # of that shape are read
        ordered = sorted(amounts, key=lambda a: a.number_at)
        begin = clause_start(view, ordered[0].start)
        names = [m for m in mentions if begin <= m.start and m.end <= ordered[0].start and m.instrument is not None
                 and m.instrument.kind in ("stock", "etf")]
        if len(names) == len(ordered) and all(clause_start(view, a.start) == begin for a in ordered):
            return {a.number_at: m for a, m in zip(ordered, names)}
    if not zh or "分别" not in view:
        return out
    ordered = sorted(amounts, key=lambda a: a.number_at)
    for first in ordered:
        m = _ZH_LISTED_BEFORE.search(view, 0, first.number_at)
        if not m or first.number_at in out:
            continue
        names = [(n.start() + m.start("names"), n.group(0)) for n in re.finditer(r"[^、和及与]+", m["names"])]
        run = [a for a in ordered if a.number_at >= first.number_at][:len(names)]
        if len(run) == len(names):
            for amount, (at, name) in zip(run, names):
                out[amount.number_at] = Mention(at, at + len(name), sentence[at:at + len(name)], None)
    for m in _ZH_NAMES_THEN_RESPECTIVELY.finditer(view) if "分别" in view else ():
        # "腾讯控股、小米集团-W分别获净买入9.8亿港元和6.1亿港元": the names before 分别, in order
        group = next(g for g in ("names", "names2", "names3", "names4", "names5") if m[g])
        names = [(n.start() + m.start(group), n.group(0)) for n in _ZH_LIST_ITEM.finditer(m[group])]
        clause_end = min((i for i in (view.find(c, m.end()) for c in "；;。") if i >= 0), default=len(view))
        run = [a for a in ordered if m.end() <= a.number_at < clause_end and a.number_at not in out][:len(names)]
        if len(names) > 1 and len(run) == len(names):
            for amount, (at, name) in zip(run, names):
                out[amount.number_at] = _named_in(sentence, mentions, at, at + len(name))
    pair = _EXCHANGE_PAIR.search(view)
    ends = _PAIR_CLAUSE_END.search(view, pair.end()) if pair else None  # not the comma in "6,812.35亿元"
    clause_end = (ends.start() if ends else len(view)) if pair else 0
    after = [a for a in ordered if pair and pair.end() < a.number_at < clause_end and a.number_at not in out]
    if pair and len(after) == 2 and after[0].metric == after[1].metric:
        # "沪深两市分别成交638.63亿元和327.57亿元": the pair's exchanges in order, each named as the sentence writes it
        for amount, at in zip(after, (pair.start("sh"), pair.start("sz"))):
            out[amount.number_at] = Mention(at, at + 1, sentence[at] + "市", None)
    return out


# (or the flow said first, then 分别 after a comma: "腾讯控股、美团-W获净买入，分别获6.8亿港元、5.2亿港元")
_ZH_NAMES_THEN_RESPECTIVELY = re.compile(r"(?P<names>[^，,；;。：:]+?)分别(?:获|遭|录得|实现|出现)?(?:净买入|净卖出|净流入|净流出|"
                                        r"成交额?|资金净流入|资金净流出)|"
                                        # ("信息技术、金融、医疗保健行业获净流入居前，分别为…": a ranking after the flow)
                                        # ("…获南向资金净流入居前", "能源和公用事业则遭净流出": the buyers and an adverb
                                        # are no part of the names; "电子、计算机行业主力资金净流入居前": nor the funds)
                                        r"(?P<names2>[^，,；;。：:]+?)(?:则|也|亦|均|都|各)?(?:获|遭)?"
                                        r"(?:(?:南向|北向|南下|北上)资金|南向|北向|北水|南水|港股通|主力资金|资金)?"
                                        r"(?:净买入|净卖出|净流入|净流出)"
                                        r"(?:居前|最多|较多|靠前|领先)?[，,]\s*"
                                        r"分别(?:获|遭|为|是|达)?|"
                                        # ("恒生科技ETF、科创50ETF分别以36.12亿元、28.47亿元位列资金流入前二")
                                        r"(?:上周|本周|今日|昨日|当日|上月|本月)?(?P<names3>[^，,；;。：:]+?)分别以|"
                                        # ("北水净买入最多的个股是腾讯、美团、小米集团，分别获净买入12.3亿、…": the names after 是)
                                        r"(?:是|为|有)(?P<names4>[^，,；;。：:是为有]+?)[，,]\s*分别(?:获|遭)?"
                                        r"(?:(?:南向|北向|北水)资金?)?(?:净买入|净卖出|净流入|净流出|加仓|减仓)|"
                                        # ("净买入前三的个股为腾讯控股、小米集团-W和美团-W，净买入额分别为186.2、143.5和97.4亿港元")
                                        r"(?:是|为|有)(?P<names5>[^，,；;。：:是为有]+?)[，,]\s*(?:净买入|净卖出|净流入|净流出)"
                                        r"(?:额|金额)?分别(?:为|是|达)?")
_ZH_LIST_ITEM = re.compile(r"[^、和及与]+")
# a flow channel opening a sentence ("沪股通每日限额还剩…", "港股通（沪）…"): whose the sentence's flows are
_ZH_CHANNEL_OPENING = re.compile(r"\W*(?P<name>沪股通|深股通|港股通(?:[（(][沪深][）)])?|北向资金|南向资金|北上资金|南下资金|北水)")
# "沪深两市…分别…": Shanghai's figure, then Shenzhen's
_EXCHANGE_PAIR = re.compile(r"(?P<sh>沪)(?P<sz>深)两市[^；;。]{0,30}?分别")
_EN_EXCHANGE_PAIR = re.compile(r"\b(?P<first>Shanghai|Shenzhen)\s+and\s+(?P<second>Shanghai|Shenzhen)\s+"
                               r"(?:stock\s+)?(?:markets|exchanges|bourses)\b")
_PAIR_CLAUSE_END = re.compile(r"[，；;。]|,(?!\d{3})")


# a word of receiving right before a flow channel: the name before it was bought or sold, the channel did it ("獲北水
# 淨買入", "Tencent drew the most southbound buying")
_RECEIVES = re.compile(r"(?:獲|获|遭)\s*$|\b(?:received|saw|drew|attracted|got|recorded)\s+"
                       r"(?:the\s+(?:most|biggest|largest|heaviest|strongest)\s+)?$")
_TOWARDS = re.compile(r"\s*(?:into|to|in|from|out of)\s+(?:shares of\s+)?", re.I)


def _traditional(sentence: str, view: str) -> bool:
    """True when a Chinese sentence is written in traditional characters (its folded view differs in one)."""
    return any(a != b and "\u4e00" <= a <= "\u9fff" for a, b in zip(sentence, view))


def _is_buyer(view: str, mention: Mention) -> bool:
    """True when a flow channel stands right after a word of receiving: "獲北水淨買入", "遭南向資金淨賣出"."""
    return mention.instrument is not None and mention.instrument.kind == "market" and \
        bool(_RECEIVES.search(view, max(0, mention.start - 30), mention.start))


def _named_before_receiving(sentence: str, view: str, clause: int, channel: Mention, zh: bool) -> list[Mention]:
    """The name the reference lacks that opens ``clause`` before the word of receiving ahead of ``channel``
    ("星河科技獲北水淨買入", "Harbor Lights drew the most southbound buying"), or none."""
    receives = _RECEIVES.search(view, max(0, channel.start - 30), channel.start)
    if zh:
        named = unknown_subject(view[clause:receives.start()].rstrip(), True, clause)
        return [named] if named is not None else []
    lead = leading_name(view[clause:receives.end()])  # (the name, then its verb)
    if lead is None:
        return []
    a, b = clause + lead[0], clause + lead[1]
    return [Mention(a, b, sentence[a:b], None)]


_FLOW_CHANNELS = ("HK.SOUTHBOUND", "CN.NORTHBOUND")
_CHANNELS_BUYING_AFTER = re.compile(r"\s*of\s+(?:net\s+)?(?:southbound|northbound)\s+(?:buying|selling|purchases|sales)\b", re.I)
_VIA_LINKS = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:worth\s+)?of\s+(?:(?P<hk>Hong Kong|HK)|mainland|Chinese|China|onshore|A-)[\w\s-]{0,12}?"
                        r"(?:shares|stocks|equities)\s+(?:via|through|using)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:links?|Stock Connect|connect)\b", re.I)
_MAINLAND_BUYERS = re.compile(r"(?:mainland|mainland Chinese|onshore|Chinese mainland)\s+(?:investors|traders|funds|money|"
                              r"buyers)", re.I)
_OF_HK_SHARES = re.compile(r"\s*(?:worth\s+)?of\s+(?P<hk>Hong Kong|HK)(?:-listed)?\s+(?:shares|stocks|equities)\b", re.I)
_PRICE_WORDS = re.compile(r"(?:股价|最新价|现价|价格|收盘价|报价|最新报价|收报|收市报|收盘报)?\s*(?:报|为|收于|至)?")
_TURNOVER_WORD = re.compile(r"(?:main board\s+)?turnover|(?:大市|全日|全天|半日|主板)?(?:成交额|成交)", re.I)
_FUND_AFTER = re.compile(r" ?ETF")
_MARKET_FUNDS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:ETF|基金)")


_CLAUSE_BREAK_ZH = re.compile(r"[，,；;]")
# one board or exchange of the A-share market (not an index named after it: "创业板指", "北证50")
_SEGMENT = re.compile(r"沪市(?:主板)?|深市(?:主板)?|上交所|深交所|科创板(?!指|50|100|综指)|创业板(?!指|50|ETF)|北交所|"
                      r"北证(?!\d|指)|\bSTAR Market\b|\b(?:Shanghai|Shenzhen) (?:market|exchange|bourse|Stock Exchange)\b|"
                      r"\bBeijing Stock Exchange\b|\b(?:Shanghai|Shenzhen)(?= turnover\b)|"
                      # a Stock Connect channel's own turnover, no market's: "港股通（沪）成交额312亿港元"
                      r"(?:港股通(?:[（(][沪深][）)])?|沪股通|深股通)(?=\s*(?:全天|全日|当日|今日|半日)?\s*(?:总)?成交)")
# an exchange said right after its turnover: "Turnover was 681.2 billion yuan in Shanghai and 931 billion yuan in Shenzhen"
_SEGMENT_AFTER = re.compile(r"\s+in\s+(?P<segment>Shanghai|Shenzhen)\b(?!\s+and\s+Shenzhen)")


def _segment_of(view: str, amount, subjects: list[Mention]) -> tuple[int, int] | None:
    """Where the board or exchange a turnover is of is named: in the turnover's own words ("科创板全天成交额"), right
    after it ("… yuan in Shanghai"), or, when those name no market, in the sentence's words before it
    ("北交所个股普涨，全天成交额281.5亿元"); None for a whole market's."""
    own = _SEGMENT.search(view, subjects[0].start, amount.number_at) if subjects[0].start >= 0 else None
    if own is None and (after := _SEGMENT_AFTER.match(view, amount.end)) is not None:
        return after.span("segment")
    if own or _MARKET_WORDS.search(subjects[0].subject) or "两市" in view or "三市" in view:
        return own.span() if own else None
    return _SEGMENT.search(view, 0, amount.start).span() if len(_SEGMENT.findall(view, 0, amount.start)) == 1 else None


def _pointed_before(view: str, amount, context: ArticleContext | None) -> list[Mention]:
    """What a pointer earlier in the sentence names ("截至发稿，该股换手率为12.5%，成交额5.6亿元": the stock 该股 is)."""
    pointer = _ZH_POINTER.search(view, 0, amount.start) if context is not None and "该" in view else None
    found = context.lookup(_ZH_POINTER_KINDS[pointer.group(0)]) if pointer and context is not None else None
    return [found] if found is not None else []


def _moved_instrument(moved: list[Fact], at: int, ref: Reference) -> list[Mention]:
    """The one stock or fund whose move a sentence states, as a mention for its amount; none when several."""
    owners = {(f.subject, f.code) for f in moved if f.metric == "pct_change" and f.kind in ("stock", "etf")}
    if len(owners) != 1:
        return []
    fact = next(f for f in moved if (f.subject, f.code) == next(iter(owners)))
    inst = ref.instruments.get(fact.code) if fact.code else None
    return [Mention(at, at, fact.subject, inst, "" if inst else fact.code)]


# words that say an amount is the session's so far: "半日成交额", "Midday turnover", "截至10:30成交额"
# (not "盘中最高涨3.5%": the session's high is said, not when the day's figures were counted)
_SO_FAR = re.compile(r"半日|午间|午盘|上午|早盘|早市|中午|截至\d{1,2}[:：]\d{2}|盘中(?!最高|最低|一度|曾)|已(?:达|有|超|突破)|\bmidday\b|\bhalf-day\b|"
                     r"\bmorning\b|\bso far\b|\bas of \d", re.I)
# or said after it: "Turnover hit HK$112 billion in the morning session"
_SO_FAR_AFTER = re.compile(r"\s*(?:in|during|for|over)\s+the\s+(?:morning|half-day|midday)\b|"
                           r"\s*(?:at|by)\s+(?:midday|noon|the lunch break|lunch)\b", re.I)
AMOUNT_METRICS = ("turnover", "net_inflow", "turnover_change")
# the session before, as the time of an amount; not a comparison with it ("较上一交易日同期增加", "在前一交易日的基础上")
# (the day a comparison measures from is not the amount's: "较昨日减少156亿港元", "than yesterday")
_YESTERDAY = re.compile(r"(?<![较比])(?:昨日|昨天|上日|前日)|(?<![较比在于])(?:前一|上一|上个)交易日(?!的基础|同期|放量|缩量|增加|减少)|"
                        r"(?<!than )\byesterday\b", re.I)


# an amount a figure moved from, said right after it: "rose to 1.28 trillion yuan from 1.05 trillion yuan on Monday"
_BASE_AFTER = re.compile(r"\s*,?\s*(?:(?:up|down)\s+)?(?:from|compared with|against|versus|vs\.?)\s|\s*[，,]?\s*(?:较|比)", re.I)


# the session before, said right after the amount: "HK$1.2 billion the previous day", "a day earlier"
# (a wire's bullet drops the article: "Turnover HK$245.6 bln vs HK$212.3 bln previous session")
_PREVIOUS_AFTER = re.compile(r"\s*(?:(?:on|in|during)\s+)?(?:(?:the\s+)?(?:previous|prior)\s+(?:day|session|trading\s+day)|"
                             r"a\s+(?:day|session)\s+(?:earlier|before)|yesterday)\b", re.I)


def _amount_moment(view: str, amount, market: str, context: ArticleContext | None, moved: list[Fact]) -> str:
    """An amount's qualifier: its window or bound as found, else "intraday" when the sentence, a midday title or
    the sentence's own moves say the session is not over: a half-day turnover is no day's. (The publication time
    alone does not say it: a monthly report published at 10:00 gives the month's flows.)"""
    day = getattr(context, "day", None)
    if amount.year and day is not None and amount.year != day.year:
        return "earlier"  # "Southbound net purchases amounted to HK$808 billion in 2025", written in 2026
    if amount.metric == "level" and not amount.qualifier and context is not None and context.midday_report:
        return "intraday"  # a price in a midday report without its stock's move: the morning's
    if amount.metric not in AMOUNT_METRICS or is_window(amount.qualifier):
        return amount.qualifier
    bound = amount.qualifier if amount.qualifier in BOUNDS else ""
    if _YESTERDAY.search(view, clause_start(view, amount.start), amount.number_at) or _PREVIOUS_AFTER.match(view, amount.end):
        # "股票ETF昨日净流入超60亿元": the session before, with its bound
        return with_bound("previous_session", bound)
    if amount.qualifier and not bound:
        return amount.qualifier
    if context is not None and (context.weekday is not None or context.day is not None):
        # "SOXX took in $412 million of net inflows on Thursday", "南向资金周四净买入63.2亿港元" on a Friday: that
        # session's flow, never the day's
        weekdays, dates = days_named(view)
        # the days after the amount a figure moved from are that amount's ("fell to HK$180 billion from HK$210 billion
        # on Tuesday"); so are those after a change of turnover, which name its base ("64 billion yuan more than on
        # Monday")
        base = _BASE_AFTER.match(view, amount.end)
        cut = base.start() if base else amount.end if amount.metric == "turnover_change" else None
        if cut is not None:
            weekdays, dates = tuple(d for d in weekdays if d[0] < cut), [d for d in dates if d[0] < cut]
        other = other_day(view, weekdays, dates, amount.start, amount.end, clause_start(view, amount.start), context)
        if other:
            return with_bound(other, bound)
    if _SO_FAR.search(view, 0, amount.number_at) or _SO_FAR_AFTER.match(view, amount.end) or any(
            f.metric == "pct_change" and f.qualifier.startswith("intraday") and
            not f.qualifier.startswith(("intraday_high", "intraday_low")) for f in moved):
        # (a session's high or low says nothing of when the turnover was counted: "截至收盘…涨2.1%，盘中最高涨3.5%，
        # 成交额突破40亿元" is the day's)
        # "X ETF上涨3.12%，成交额4.5亿元" at 14:05: the move is the session's so far, so is its turnover
        return with_bound("intraday", bound)
    if context is not None and context.piece_window and not DAY_WORDS.search(view):  # "…上周净流入48.3亿元；…证券ETF净流出9.6亿元": the week's too
        return with_bound(context.piece_window, bound)
    midday = context is not None and context.session_moment_of is None and context.default_qualifier == "intraday"
    if midday:
        return with_bound("intraday", bound)
    report = getattr(context, "report_window", "")
    if not report and market and context is not None and context.moment_in(market) == "previous_session":
        # a morning paper's "全日主板成交额为1873.6亿港元", "南向资金当日净买入41.65亿港元": published before the market
        # opened, the session before's
        return with_bound("previous_session", bound)  # "3月港股通月报": a flow the report gives no moment of is the month's
    return with_bound(report, bound) if report and not DAY_WORDS.search(view) else amount.qualifier


def amount_facts(sentence, view, article_id, ref, zh, mentions, context, moved: list[Fact]) -> list[Fact]:
    facts = []
    amounts = find_amounts(view, zh, clause_start)
    if zh and amounts and ("居" in view or "位列" in view):
        # "宁德时代成交额居两市第一，达98.5亿元": the market in a ranking is where the stock ranks, never whose the amount is
        ranks = [m.span() for m in _RANK_IN_MARKET.finditer(view)]
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in ranks)]
    listed = _listed_subjects(sentence, view, amounts, zh, mentions)
    previous: list[Mention] = []
    flowed: list[Mention] = []  # whose the last flow was, for the running total after it
    shared: dict[tuple, list[int]] = {}  # the facts of amounts given to the same several names, by metric and names
    forecast = bool(_FORECAST_HINTS.search(view)) if amounts else False
    for amount in sorted(amounts, key=lambda a: a.number_at):
        if zh and amount.metric == "net_inflow" and _INVESTOR_CLASS.search(view, max(0, amount.number_at - 12),
                                                                          amount.number_at):
            continue  # "游资资金净流出2.11亿元", "超大单净流入3亿元": one class of orders' flow in a stock, no one's own
        if forecast and _FORECAST_AMOUNT.search(view, max(view.rfind(c, 0, amount.start) for c in "，,；;。") + 1,
                                                amount.number_at):
            continue  # "预计全天成交额1.5万亿元", "turnover is expected to reach 2 trillion yuan": a forecast, no figure
        if amount.local_dollar and context is not None and context.home_market() == "hk":
            amount = replace(amount, unit="HKD")  # "Turnover $112.6B" in a Hong Kong report
        seg = clause_start(view, amount.start)
        after = [m for m in mentions if amount.end <= m.start <= amount.end + 16] if amount.subject_after else []
        # ("pumped a record $5 billion into bitcoin funds": funds of a kind named by their asset are no one's)
        after = [m for m in after if not _FUNDS_OF_KIND.match(view, m.end)]
        of_name = amount.subject_of
        if of_name:
            # "bought a net HK$1.2 billion of Tencent": a known stock or fund after "of" (never "of Hong Kong stocks")
            after = [m for m in after if m.instrument is not None and m.instrument.kind in ("stock", "etf")]
        if amount.subject_after and not after and not of_name:  # "pulled $3.1 billion from the Harbor Growth ETF"
            word = _TOWARDS.match(view, amount.end)
            after = subjects_after(view, sentence, word.end(), mentions, lead="") if word else []
        subjects = after[:1] or ([listed[amount.number_at]] if amount.number_at in listed else [])
        if amount.running and flowed:
            subjects = flowed  # a running total is the flow's before it, whoever its clause names
        absolute = _WITH_NAME_RECEIVING.search(view, max(0, amount.number_at - 60), amount.number_at) \
            if not zh and not subjects and amount.metric == "net_inflow" else None
        if absolute:  # "with Harbor Lights receiving HK$1.1 billion": the name of the absolute clause
            a, b = absolute.span("name")
            subjects = [_named_in(sentence, mentions, a, b)]
        guessed = False
        if not subjects:
            subjects = subjects_for(amount.number_at, mentions, seg, view, zh, [], context,
                                    max_gap=MAX_AMOUNT_SUBJECT_GAP)
            guessed = bool(subjects) and not any(m.known for m in subjects)
            # a name in an earlier clause yields to the clause's own ("北向资金净卖出45.6亿元，其中沪股通净卖出30.1亿元")
            clause_begin = max((view.rfind(c, 0, amount.start) for c in "，,；;"), default=-1) + 1
            own = _ZH_FLOW_FILLER.sub("", view[clause_begin:amount.start]) if zh else ""
            # "港股通（沪）": a channel named with its exchange; "…，港股半日成交额1212亿港元": the market named
            guessed = guessed or zh and bool(subjects) and subjects[-1].end <= clause_begin and \
                (zh_name(_ZH_CHANNEL.sub("", own)) is not None or bool(_MARKET_WORDS.match(own)))
        if zh and amount.metric == "net_inflow" and subjects and subjects[0].instrument is not None and \
                subjects[0].instrument.kind == "market" and "主力" in view[subjects[0].end:amount.number_at]:
            # "沪深两市主力资金净流出186.4亿元": the market's main funds, a figure of their own, never the market's whole flow
            a, b = subjects[0].start, view.find("主力", subjects[0].end) + 2
            b = b + 2 if view.startswith("资金", b) else b
            subjects = [Mention(a, b, sentence[a:b], None)]
        if (not subjects or guessed or amount.part) and amount.metric in ("turnover", "net_inflow", "turnover_change"):
            # a name the reference lacks is read from the words that name the amount, not the words before it
            subjects = _phrase_subject(sentence, view, amount, zh, previous, context, mentions, moved) or (
                [] if amount.part else subjects)  # (a part named by no words of its own is nobody's)
            segment = _segment_of(view, amount, subjects) \
                if subjects and amount.metric in ("turnover", "turnover_change") and subjects[0].instrument is None \
                and subjects[0].subject.lower() not in _TOTAL_WORDS else None  # (a total is the whole market's)
            if segment is not None:
                # "科创板全天成交额1,612亿元", "北交所个股普涨，全天成交额281.5亿元": one board's or exchange's turnover,
                # never the whole market's (the reference has no row for it: the words as written, no code)
                subjects = [Mention(*segment, sentence[segment[0]:segment[1]], None)]
            elif subjects and amount.metric in ("turnover", "turnover_change") and subjects[0].instrument is None:
                # "Combined turnover", "半日成交额": the turnover of the market the article is about
                # the currency says which market when it is another's: "大市成交额2,315亿港元"
                named = {"HKD": "hk", "USD": "us"}.get(amount.unit)
                if named is None and zh and "大市" in subjects[0].subject and _traditional(sentence, view):
                    named = "hk"  # "大市半日成交1,102億元": Hong Kong papers' word for their whole market
                whole = whole_market(amount.start, None if named else context, ref,
                                      named or ("cn" if zh else None)).instrument
                subjects = [replace(subjects[0], instrument=whole)] if whole else subjects
                floors = ref.market_turnover_floor
                floor = floors.get(whole.market, 0.0) if whole else min(floors.values(), default=0.0)
                if abs(amount.value) < floor and not _MARKET_WORDS.search(subjects[0].subject):
                    # "Real-time trading volume exceeded 60 million yuan": some fund's, not the market's; the one
                    # stock or fund the sentence moved ("星河科技…涨超8%，成交额超3亿元") when there is one, else,
                    # when the sentence names no one before it, the one the sentence before moved
                    subjects = _moved_instrument(moved, amount.start, ref) or _pointed_before(view, amount, context) or (
                        _moved_instrument(context.moved_before, amount.start, ref) if context is not None and
                        not any(m.start < amount.start for m in mentions) else [])
        if not zh and subjects and amount.metric == "net_inflow" and (
                subjects[0].instrument is None or subjects[0].instrument.code in _FLOW_CHANNELS):
            # "Southbound trading via the Shanghai link saw net buying of HK$4.15 billion", "Purchases via the Shanghai
            # link totalled a net HK$4.15 billion": one leg's own, never the whole channel's
            leg = _VIA_LEG.search(view, seg, amount.number_at)
            if leg:
                subjects = [_named_in(sentence, mentions, *leg.span("name"))]
        if amount.metric == "level" and subjects and (
                subjects[0].instrument is None and _PRICE_WORDS.fullmatch(subjects[0].subject) or
                infer_kind(subjects[0].subject) == "sector" if subjects[0].instrument is None else
                subjects[0].instrument.kind in ("sector", "index", "market")):
            # "星河电子涨停，…，股价报12.34元": a price word names no one; "机器人概念股掀涨停潮，五洲新春涨停，报56.12元": a
            # sector has no price in yuan; the stock the sentence moved owns the price
            subjects = _moved_instrument(moved, amount.start, ref)
        if amount.metric == "net_inflow" and (not subjects or subjects[0].instrument is None and
                                               not _CHANNELS_BUYING_AFTER.match(view, amount.end)):
            # "Mainland investors bought a net HK$4.1 billion of Hong Kong shares via the southbound trading links":
            # the channel the clause names after the amount is whose flow it is (not in "Harbor Lights received HK$1.1
            # billion of southbound buying": the name before was bought, the channel bought)
            clause_end = min((i for i in (view.find(c, amount.end) for c in ",;，；。") if i >= 0), default=len(view))
            channel = [m for m in mentions if amount.end <= m.start < clause_end and m.instrument is not None
                       and m.instrument.code in _FLOW_CHANNELS]
            # "Onshore traders bought a net 4.1 billion yuan of Hong Kong shares via trading links": the shares and
            # the links say which way, though no channel is named
            links = _VIA_LINKS.match(view, amount.end, clause_end) if not channel and not zh else None
            if links is None and not channel and not zh and subjects and _MAINLAND_BUYERS.fullmatch(subjects[0].subject):
                # "Mainland investors were net buyers of HK$9.6 billion of Hong Kong shares": mainland money reaches
                # Hong Kong's shares through the southbound links, named or not
                # (so does the running total said after it: "…, bringing this year's total to HK$1.2 trillion")
                links = _OF_HK_SHARES.search(view, subjects[0].end, clause_end)
            inst = ref.instruments.get("HK.SOUTHBOUND" if links["hk"] else "CN.NORTHBOUND") if links else None
            if inst is not None:  # the buyers as the text names them, or the channel's own name
                channel = [replace(subjects[0], instrument=inst)] if subjects else \
                    [Mention(amount.start, amount.start, inst.name_en, inst)]
            subjects = channel[:1] or subjects
        if amount.metric == "net_inflow" and subjects and _is_buyer(view, subjects[-1]):
            # "騰訊(00700.HK)獲北水淨買入12.3億元": the channel after 獲 bought; the name before it was bought
            clause = clause_start(view, subjects[-1].start)
            bought = [m for m in mentions if clause <= m.start and m.end <= subjects[-1].start
                      and (m.instrument is None or m.instrument.kind != "market")]
            subjects = bought[-1:] or _named_before_receiving(sentence, view, clause, subjects[-1], zh) or subjects
        # "中证1000ETF净流出6.9亿元", "Turnover in the STAR 50 ETF reached 1.8 billion yuan": an index's name opening a
        # fund's is the fund, which the reference lacks (never the market beside
        # an index: "恒生科技ETF成交额23.4亿元" is the fund's)
        subjects = [Mention(m.start, fund.end(), sentence[m.start:fund.end()], None)
                    if m.instrument is not None and m.instrument.kind in ("index", "sector") and
                    (fund := _FUND_AFTER.match(view, m.end)) else m for m in subjects]
        index = subjects[0].instrument if amount.metric in ("turnover", "turnover_change") and subjects and \
            subjects[0].instrument is not None and subjects[0].instrument.kind == "index" else None
        if index is not None and (index.market == "hk" or index.market == "cn" and
                                  _CLAUSE_BREAK_ZH.search(view, subjects[0].end, amount.start) and
                                  len({m.instrument.code for m in mentions if m.end <= amount.start and m.instrument
                                       is not None and m.instrument.kind == "index"}) > 1):
            # "恒指現升185點，…，成交額1,320億元", "The Hang Seng Index's main board turnover": Hong Kong reports give
            # the market's turnover beside its index, never the index's own; so do A-share reports, in a clause of
            # its own after several indices' moves ("沪指涨0.5%，北证50涨2%，成交额1.2万亿元"; after one index's alone it is
            # that exchange's: "上证指数…涨0.50%，成交额6520亿元")
            word = _TURNOVER_WORD.search(view, subjects[0].end, amount.number_at)
            market_of_index = whole_market(amount.start, None, ref, index.market)
            subjects = [replace(market_of_index, start=word.start(), end=word.end(),
                                subject=sentence[word.start():word.end()]) if word else market_of_index]
        if zh and subjects and subjects[0].instrument is not None and subjects[0].instrument.kind == "market":
            funds = _MARKET_FUNDS.match(view, subjects[0].end)
            if funds:  # "全市场股票ETF合计净流入56.3亿元": the market's ETFs, not the market
                first = subjects[0]
                subjects = [Mention(first.start, funds.end(), sentence[first.start:funds.end()], None)]
        if amount.only_after and not after or amount.subject_after and not of_name and not after and subjects and \
                _BUYERS.fullmatch(subjects[0].subject):
            continue  # "Investors pumped $5 billion into bitcoin funds": the buyers are not whose flow it is
        previous = subjects or previous
        if amount.metric in MARKET_WIDE:  # breadth counts a market's stocks: a known instrument or the market
            subjects = [m for m in subjects if m.instrument is not None]
        if not subjects and amount.metric in MARKET_WIDE:
            subjects = [m for m in mentions if m.instrument and m.instrument.kind == "market"][:1]
            if not subjects:
                subjects = [whole_market(amount.start, context, ref)]
        if amount.metric == "net_inflow" and len(subjects) > 1 and any(
                m.instrument is not None and m.instrument.code in _FLOW_CHANNELS for m in subjects):
            # "港股市场，北水成交净买入89.05亿港元": the market is the scene, the channel's is the flow
            subjects = [m for m in subjects if m.instrument is None or m.instrument.kind != "market" or
                        m.instrument.code in _FLOW_CHANNELS]
        if amount.metric == "net_inflow":
            flowed = subjects
        first = len(facts)
        for mention in subjects[:1] if amount.metric in MARKET_WIDE else subjects:
            mention = settle(mention, sentence, context, ref)
            unit = amount.unit
            market = mention.instrument.market if mention.instrument else unresolved_market(mention) or (
                # (a fund a Chinese text names, "全市场ETF", "港股通互联网ETF", trades on the mainland whatever it holds)
                "cn" if zh and infer_kind(mention.subject) == "etf" else
                context.home_market() if context is not None else "")
            if amount.local_dollar and unit == "USD" and market == "hk" and mention.instrument is not None:
                unit = "HKD"  # "Southbound Trading recorded net buy of $8.52B": a Hong Kong channel's "$" is HK dollars
            if amount.local_yuan and (amount.metric != "net_inflow" or _traditional(sentence, view)) and market == "hk":
                # "小米集团-W收报52.3元", "大市成交额2,315亿元": Hong Kong figures in 元 are HK dollars; a flow
                # only in a Hong Kong paper ("北水淨買入45.6億元"), as mainland data quote southbound flows in yuan
                unit = "HKD"
            if amount.currency_missing:
                market = mention.instrument.market if mention.instrument else unresolved_market(mention) or (
                    context.home_market() if context is not None else "") or ("cn" if zh else "")
                unit = ref.currencies.get(market or "", "")
                if not unit:
                    continue  # an amount in an unknown currency is not a figure
            moment = _price_moment(mention, moved) if amount.metric == "level" and not amount.qualifier else None
            facts.append(make_fact(article_id, mention, amount.metric, amount.value, unit,
                               moment if moment is not None else _amount_moment(view, amount, market, context, moved),
                               sentence, context))
        if len(subjects) > 1 and amount.metric not in MARKET_WIDE:
            # (several names given each of several amounts: "…是腾讯、美团，分别获净买入…" left unpaired)
            shared.setdefault((amount.metric, tuple((m.start, m.end) for m in subjects)), []).append((first, len(facts)))
    # the same names given two or more amounts of one metric: which is whose is unknown, and every name would show
    # every amount; none of them is a figure the text gives that name
    drop = {i for spans in shared.values() if len(spans) > 1 for a, b in spans for i in range(a, b)}
    return [f for i, f in enumerate(facts) if i not in drop] if drop else facts


_PRICE_MOMENTS = ("intraday", "close", "open", "previous_session", "extended", "earlier")


def _price_moment(owner: Mention, moved: list[Fact]) -> str | None:
    """When a price holds, said by its owner's move in the same sentence ("盘中涨2.1%，报528.5港元": the session's so
    far; "收涨2.1%，报528.5港元": the close), without the move's bound; None when the sentence moves it at no moment."""
    code = owner.instrument.code if owner.instrument is not None else owner.code_text
    for fact in moved:
        if fact.metric == "pct_change" and (fact.code == code if code else fact.subject == owner.subject):
            moment = fact.qualifier.split(":")[0]
            return moment if moment in _PRICE_MOMENTS else None
    return None
