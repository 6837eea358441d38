"""Stage 2, extract: sentences become ``Fact`` rows.

For each sentence the extractor finds instrument mentions (``mentions``) and
moves and levels (``moves``), then gives every figure the subject(s) named
before it in the same clause. A figure with no subject is dropped, never
attached to a guess.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from briefs.extract.mentions import Mention, find_mentions, unresolved_market
from briefs.extract.moves import Move, elliptic_move, find_levels, find_moves
from briefs.extract.reference import Reference, load_reference
from briefs.extract.text import article_sentences, names_other_day
from briefs.records import Article, Fact, detect_language

# a subject reaches at most this far before its verb ("X, which tracks ..., rose 2%")
MAX_SUBJECT_GAP = 90
# "... and is currently up 2.8%": a second figure right after the first keeps its subject
MAX_CONTINUATION_GAP = 50
_LIST_JOINER = re.compile(r"^\s*(?:,|，|、|and|or|as well as|和|及|与|以及|, and)\s*$")
_EN_UNKNOWN = re.compile(
    r"(?<![\w'])((?:[A-Z][\w&'\-]*)(?:\s+(?:[A-Z0-9][\w&'.\-]*|of|&)){0,5})(?:'s)?(?:\s+shares)?\s*$"
)
_ZH_UNKNOWN = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{1,15}(?:ETF|指数|板块))\s*$")
_NOT_NAMES = {"It", "This", "That", "They", "Shares", "Stocks", "The", "Its", "He", "She", "We", "Which", "A", "An"}


def _list_before(mentions: list[Mention], last: int, sentence: str) -> list[Mention]:
    """The mention at ``last`` and any listed right before it: "Tencent, Kuaishou-W and Bilibili-W"."""
    group = [mentions[last]]
    i = last
    while i > 0 and _LIST_JOINER.match(sentence[mentions[i - 1].end: mentions[i].start]):
        i -= 1
        group.insert(0, mentions[i])
    return group


def _unknown_subject(prefix: str, zh: bool) -> Mention | None:
    pattern = _ZH_UNKNOWN if zh else _EN_UNKNOWN
    m = pattern.search(prefix)
    if not m:
        return None
    name = re.sub(r"^(?:The|the)\s+", "", m.group(1)).strip()
    if not name or name in _NOT_NAMES or len(name) < 2:
        return None
    return Mention(m.start(1), m.end(1), name, None)


def _add_elliptic(sentence: str, mentions: list[Mention], moves: list[Move]) -> list[Move]:
    extra = []
    for mention in mentions:
        before = [mv for mv in moves if mv.end <= mention.start]
        if not before:
            continue
        move = elliptic_move(sentence, mention.end, before[-1])
        if move is not None and not any(mv.start <= move.start < mv.end for mv in moves):
            extra.append(move)
    return sorted(moves + extra, key=lambda mv: mv.start)


def _subjects_for(move: Move, mentions: list[Mention], seg_start: int, sentence: str, zh: bool,
                  previous: list[Mention]) -> list[Mention]:
    candidates = [i for i, m in enumerate(mentions) if m.start >= seg_start and m.end <= move.start]
    if candidates and move.start - mentions[candidates[-1]].end <= MAX_SUBJECT_GAP:
        return _list_before(mentions, candidates[-1], sentence)
    # a name the reference lacks, right before the verb, beats carrying on with the last subject
    unknown = _unknown_subject(sentence[seg_start:move.start], zh)
    if unknown is not None:
        return [Mention(unknown.start + seg_start, unknown.end + seg_start, unknown.subject, None)]
    if previous and move.start - seg_start <= MAX_CONTINUATION_GAP:
        return previous
    return []


def _limit_value(mention: Mention, ref: Reference) -> float | None:
    inst = mention.instrument
    if inst is None or inst.kind != "stock":
        return None
    board = "st" if "ST" in mention.subject.upper().split() or mention.subject.upper().startswith("*ST") else inst.board
    return ref.limits.get(board)


def _fact(article_id: str, mention: Mention, metric: str, value: float, unit: str,
          qualifier: str, sentence: str) -> Fact:
    inst = mention.instrument
    return Fact(
        article=article_id,
        subject=mention.subject,
        code=inst.code if inst else (mention.code_text if mention.code_text else ""),
        market=inst.market if inst else unresolved_market(mention),
        kind=inst.kind if inst else "",
        metric=metric,
        value=round(value, 6),
        unit=unit,
        qualifier=qualifier,
        evidence=sentence,
        sector=inst.sector if inst else "",
    )


def sentence_facts(sentence: str, article_id: str, ref: Reference) -> list[Fact]:
    """Every move and level one sentence states."""
    zh = detect_language(sentence) != "en"
    mentions = find_mentions(sentence, ref)
    moves = find_moves(sentence, zh)
    if not zh:
        moves = _add_elliptic(sentence, mentions, moves)
    facts: list[Fact] = []
    seg_start = 0
    previous: list[Mention] = []
    for move in moves:
        subjects = _subjects_for(move, mentions, seg_start, sentence, zh, previous)
        seg_start = move.end
        if not subjects:
            continue
        previous = subjects
        if move.limit:
            for mention in subjects:
                value = _limit_value(mention, ref)
                if value is not None:
                    sign = -1.0 if move.qualifier == "limit_down" else 1.0
                    facts.append(_fact(article_id, mention, "pct_change", sign * value, "%", move.qualifier, sentence))
            continue
        if len(move.values) > 1:
            if len(move.values) != len(subjects):
                continue  # "rose 1% and 2%" with one name: which is which is not said
            pairs = zip(subjects, move.values)
        else:
            pairs = ((mention, move.values[0]) for mention in subjects)
        for mention, value in pairs:
            facts.append(_fact(article_id, mention, "pct_change", value, "%", move.qualifier, sentence))
    for position, points in find_levels(sentence, zh):
        indices = [m for m in mentions if m.end <= position and m.instrument and m.instrument.kind == "index"]
        if indices and position - indices[-1].end <= MAX_SUBJECT_GAP:
            facts.append(_fact(article_id, indices[-1], "level", points, "points", "close", sentence))
    return facts


def extract_facts(articles: Iterable[Article], ref: Reference | None = None, day: date | None = None) -> list[Fact]:
    """All facts of all articles, each stated once per article.

    With ``day`` given, a sentence that dates itself to another day ("On August 22,
    Cambricon closed up 11.40%") gives no fact: it is history, not the day's market.
    """
    ref = ref or load_reference()
    facts: list[Fact] = []
    for article in articles:
        seen = set()
        for sentence in article_sentences(article):
            if day is not None and names_other_day(sentence, day):
                continue
            for fact in sentence_facts(sentence, article.id, ref):
                key = (fact.code or fact.subject, fact.metric, fact.value, fact.qualifier)
                if key not in seen:
                    seen.add(key)
                    facts.append(fact)
    return facts
