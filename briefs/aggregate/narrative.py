"""The words of the brief, built from its figures and its articles: headline, summary, catalysts.

Nothing here is a fixed phrase: the headline is assembled from the day's largest
figures, the summary is sentences chosen from the articles (and trimmed), and a
catalyst is an article's own sentence that gives a reason for a move.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache

from briefs.aggregate.figures import Evidence
from briefs.extract.mentions import find_mentions
from briefs.extract.reference import Reference
from briefs.extract.text import split_sentences
from briefs.records import Article, detect_language
from briefs.edition import Edition
from briefs.wording import ENGLISH, said_figure

SUMMARY_MAX = 5
TRIM_AT = 240
CATALYSTS_MAX = 8

# English causal words, found with one automaton pass (an alternation of \b-words is slow on long text)
_CAUSE_WORDS = ("after", "as", "on news", "on report", "on reports", "on hopes", "on hope", "on expectations",
                "following", "amid", "thanks to", "driven by", "boosted by", "lifted by", "weighed on by",
                "weighed down by", "hit by", "due to", "because of", "catalyst", "catalysts")
_ZH_CAUSE = re.compile(r"受[^，。]{0,12}(?:影响|提振|带动|推动|刺激)|消息面上|受益于|由于|带动|催化|提振|利好|拖累|驱动")
_CAUSE = re.compile(
    r"\b(?:after|as|on (?:news|reports?|hopes?|expectations?)|following|amid|thanks to|driven by|boosted by|"
    r"lifted by|weighed (?:on|down) by|hit by|due to|because of|catalys[ti]s?)\b|"
    r"受[^，。]{0,12}(?:影响|提振|带动|推动|刺激)|消息面上|受益于|由于|带动|催化|提振|利好|拖累|驱动",
    re.IGNORECASE,
)
CATALYST_TYPES = [
    ("deal", re.compile(r"acqui|merger|takeover|stake|buyout|deal\b|buyback|purchase of [^.]{0,40}shares|"
                        r"placement|并购|收购|重组|入股|要约|增持|回购|定增", re.I)),
    ("policy", re.compile(r"polic|regulat|CSRC|ministry|government|tariff|export (?:control|curb|restriction)|"
                          r"antitrust|sanction|Fed\b|Federal Reserve|rate cut|stimulus|政策|监管|证监会|关税|"
                          r"出口管制|反垄断|制裁|央行|降息|美联储|国务院", re.I)),
    ("earnings", re.compile(r"earnings|results|profit|revenue|orders|backlog|guidance|forecast|业绩|财报|营收|"
                            r"订单|净利|预告|资本开支|capital expenditure|capex", re.I)),
    ("product", re.compile(r"launch|unveil|release|roll(?:ed)? out|introduc|open(?:ed|s)? (?:its|the)|protocol|"
                           r"model|chip|robot|发布|推出|开放|上市|量产|新品|大模型", re.I)),
]


STATED_CLOSE = ("close", "", "limit_up", "limit_down")


def _pick_headline(indices: list[dict], sectors: list[dict], movers: dict, market: str):
    """The headline's figures: the main index, the sector said to lead (or the largest stated sector
    move) and that sector's figure or the day's top mover; each an (entry, figure) or None."""
    home = [i for i in indices if i.get("pct_change") and i.get("market") == market] or \
        [i for i in indices if i.get("pct_change")]
    main = next((i for i in home if i["pct_change"]["qualifier"] in STATED_CLOSE), home[0] if home else None)
    said = [s for s in sectors if s.get("leader") and s["leader"]["direction"] == "up"]
    lead = max(said, key=lambda s: (s["mentions"], s["sector"])) if said else next(
        (s for s in sectors if s.get("move") is not None and s["move"] > 0 and s["figure"]["qualifier"] in STATED_CLOSE),
        None)
    instrument = None
    if lead:
        if lead.get("figure") is not None and lead["basis"]["kind"] == "via":
            instrument = (lead["basis"], lead["figure"])
        elif lead.get("figure") is not None:
            instrument = (lead, lead["figure"])
        else:
            top = next((t for t in lead["top"] if t["pct_change"]["qualifier"] in STATED_CLOSE), None)
            instrument = (top, top["pct_change"]) if top else None
    if instrument is None:
        ranked = [i for group in ("stocks", "etfs") for side in ("up", "down")
                  for i in movers.get(group, {}).get(side, []) if i["pct_change"]["qualifier"] in STATED_CLOSE]
        if ranked:
            best = max(ranked, key=lambda i: (abs(i["pct_change"]["value"]), i["code"]))
            instrument = (best, best["pct_change"])
    return main, (lead, bool(said)) if lead else None, instrument


def headline(indices: list[dict], sectors: list[dict], movers: dict, market: str = "cn",
             edition: Edition = ENGLISH) -> dict:
    """One line a desk would write, from stated figures only, in the edition's language: the main
    index, the sector the articles say led (or the largest stated sector move), and that sector's
    figure or the day's top mover: "Shanghai Composite Index +0.04%; robotics & machinery led, Robotics
    Industry ETF +3.42%." or "上证指数涨0.04%，机器人板块领涨，机器人产业ETF涨3.42%。"."""
    _ = edition.gettext
    main, lead, instrument = _pick_headline(indices, sectors, movers, market)
    parts, refs = [], []

    def figure(entry: dict, fig: dict) -> str:
        refs.append(fig["evidence"])
        return _("%(name)s %(move)s") % {"name": edition.name(entry),
                                          "move": said_figure(fig, edition)}

    if main:
        parts.append(figure(main, main["pct_change"]))
    short = list(parts)
    if lead:
        sector, said = lead
        name = edition.name(sector)
        led = _("%(sector)s led") % {"sector": name.lower() if said and not edition.chinese else name}
        refs.append(sector["leader"]["evidence"] if said else sector["evidence"][0])
        short.append(led)
        if instrument:
            led = _("%(sector_led)s, %(instrument)s") % {"sector_led": led, "instrument": figure(*instrument)}
        parts.append(led)
    elif instrument:
        parts.append(figure(*instrument))
        short.append(parts[-1])
    text = _("%(parts)s.") % {"parts": _("; ").join(parts)} if parts else \
        _("No market figures were reported for this day.")
    # the lead figure alone (the main index and the leading sector), for an email's subject line
    lead_text = _("%(first)s, %(second)s") % {"first": short[0], "second": short[1]} if len(short) == 2 else \
        "".join(short)
    return {"text": text, "lead": lead_text, "evidence": list(dict.fromkeys(refs))}


def trim(sentence: str, limit: int = TRIM_AT) -> str:
    """A sentence cut at its last clause break before ``limit`` characters, marked with an ellipsis."""
    if len(sentence) <= limit:
        return sentence
    head = sentence[:limit]
    cut = max(head.rfind(mark) for mark in (", ", "; ", "，", "；", "、"))
    return (head[:cut] if cut > limit // 2 else head.rstrip()) + "…"


def summary(cited: dict[str, int], evidence: Evidence, language: str) -> list[dict]:
    """Up to five sentences from the articles, those that carry most of the brief's figures.

    ``cited`` counts how many of the brief's figures cite each evidence id. One sentence per
    article; sentences in the edition's language (``language``: "en" or "zh") first. Each item
    keeps the language of its sentence, so the page can say when it quotes another language.
    """
    def score(item):
        ident, count = item
        entry = evidence.table[ident]
        same_language = detect_language(entry["sentence"]) in (language, "mixed")
        return (not same_language, -count, int(ident[1:]))

    chosen, used_articles = [], set()
    for ident, _ in sorted(cited.items(), key=score):
        entry = evidence.table[ident]
        if entry["article"] in used_articles or len(entry["sentence"]) < 25:
            continue
        used_articles.add(entry["article"])
        written = detect_language(entry["sentence"])
        chosen.append({"text": trim(entry["sentence"]), "evidence": ident,
                       "language": language if written == "mixed" else written})
        if len(chosen) == SUMMARY_MAX:
            break
    return chosen


_SENTENCE_EDGE = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])|\n")  # "10.32" is no edge


@cache
def _cause_automaton():
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in _CAUSE_WORDS:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def _cause_positions(body: str) -> list[int]:
    """Where causal words stand in a text (English as whole words, Chinese as written)."""
    lowered = body.lower()
    positions = []
    for end, length in _cause_automaton().iter(lowered):
        start = end - length + 1
        if (start == 0 or not lowered[start - 1].isalnum()) and (end + 1 == len(lowered)
                                                                 or not lowered[end + 1].isalnum()):
            positions.append(start)
    positions.extend(m.start() for m in _ZH_CAUSE.finditer(body))
    return sorted(positions)


def _sentences_with_cause(body: str) -> list[str]:
    """The sentences of a text that hold a causal word, found from the words outward (no full split)."""
    found: list[str] = []
    causes = _cause_positions(body)
    if not causes:
        return found
    edges = [(e.start(), e.end()) for e in _SENTENCE_EDGE.finditer(body)]
    starts = [0] + [end for _, end in edges]
    stops = [start for start, _ in edges] + [len(body)]
    for position in causes:
        i = bisect.bisect_right(starts, position) - 1
        sentence = body[starts[i]:stops[i]].strip()
        for piece in split_sentences(sentence):  # the same sentences the facts cite
            if _CAUSE.search(piece) and piece not in found:
                found.append(piece)
    return found


def catalysts(articles: Sequence[Article], moved: dict[str, dict], ref: Reference, evidence: Evidence,
              article_moves: dict[str, list[str]]) -> list[dict]:
    """Sentences that give an event as the reason for a move, typed (deal, policy, earnings, product) and
    linked to the instruments and sectors they moved.

    ``moved`` maps codes with a move in the brief to their sector; ``article_moves`` lists, per
    article, the moved codes it reported. A catalyst links the moved instruments its sentence
    names, else the ones its article reported; articles that report no move are not read.
    """
    candidates = []
    seen_links: set[tuple] = set()
    for order, article in enumerate(articles):
        if article.id not in article_moves:
            continue  # an article that reports no move of the day explains none
        for position, sentence in enumerate(_sentences_with_cause(article.body)):
            named = [m.instrument.code for m in find_mentions(sentence, ref)
                     if m.instrument is not None and m.instrument.code in moved]
            linked = list(dict.fromkeys(named or article_moves.get(article.id, [])[:3]))
            if not linked:
                continue
            kind = next((name for name, pattern in CATALYST_TYPES if pattern.search(sentence)), None)
            if kind is None:
                continue  # "after a weak open" gives a reason, but no event
            link_key = (kind, tuple(sorted(linked)))
            if link_key in seen_links:
                continue
            seen_links.add(link_key)
            candidates.append(((not named, -len(linked), order, position), kind, article.id, sentence, linked))
    out = []
    for _, kind, article_id, sentence, linked in sorted(candidates, key=lambda c: c[0])[:CATALYSTS_MAX]:
        out.append({
            "type": kind, "text": trim(sentence), "evidence": evidence.ref(article_id, sentence),
            "instruments": linked,
            "sectors": sorted({moved[c]["sector"] for c in linked if moved[c]["sector"]}),
        })
    return out
