"""Stage 2, extract: sentences become ``Fact`` rows.

For each sentence the extractor finds instrument mentions (``mentions``), moves
and levels (``moves``) and amounts, prices and counts (``amounts``), then gives
every figure its subject (``subjects``). A figure with no subject is dropped,
never attached to a guess.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from briefs.extract.amounts import find_amounts
from briefs.extract.mentions import Mention, find_mentions, unresolved_market
from briefs.extract.moves import clause_start, elliptic_move, find_levels, find_moves
from briefs.extract.reference import Reference, load_reference
from briefs.extract.subjects import MAX_AMOUNT_SUBJECT_GAP, MAX_SUBJECT_GAP, ArticleContext, subjects_for
from briefs.extract.text import article_sentences, names_other_day
from briefs.records import Article, Fact, detect_language

# metrics whose subject may be the market as a whole when the sentence names no instrument
_MARKET_WIDE = {"count"}


def _add_elliptic(sentence: str, mentions: list[Mention], moves: list) -> list:
    extra = []
    for mention in mentions:
        before = [mv for mv in moves if mv.end <= mention.start]
        if not before:
            continue
        move = elliptic_move(sentence, mention.end, before[-1])
        if move is not None and not any(mv.start <= move.start < mv.end for mv in moves):
            extra.append(move)
    return sorted(moves + extra, key=lambda mv: mv.start)


def _limit_value(mention: Mention, ref: Reference) -> float | None:
    inst = mention.instrument
    if inst is None or inst.kind != "stock":
        return None
    subject = mention.subject.upper()
    board = "st" if subject.startswith(("ST", "*ST")) else inst.board
    return ref.limits.get(board)


def _fact(article_id: str, mention: Mention, metric: str, value: float, unit: str,
          qualifier: str, sentence: str) -> Fact:
    inst = mention.instrument
    return Fact(
        article=article_id,
        subject=mention.subject,
        code=inst.code if inst else mention.code_text,
        market=inst.market if inst else unresolved_market(mention),
        kind=inst.kind if inst else "",
        metric=metric,
        value=round(value, 6),
        unit=unit,
        qualifier=qualifier,
        evidence=sentence,
        sector=inst.sector if inst else "",
    )


def _move_facts(sentence, article_id, ref, zh, mentions, context) -> list[Fact]:
    moves = find_moves(sentence, zh)
    if not zh:
        moves = _add_elliptic(sentence, mentions, moves)
    facts: list[Fact] = []
    seg_start = 0
    previous: list[Mention] = []
    for move in moves:
        subjects = subjects_for(move.start, mentions, seg_start, sentence, zh, previous, context)
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
    return facts


def _amount_facts(sentence, article_id, ref, zh, mentions, context) -> list[Fact]:
    facts = []
    for amount in find_amounts(sentence, zh, clause_start):
        seg = clause_start(sentence, amount.start)
        subjects = subjects_for(amount.number_at, mentions, seg, sentence, zh, [], context,
                                max_gap=MAX_AMOUNT_SUBJECT_GAP)
        if not subjects and amount.metric in _MARKET_WIDE:
            subjects = [m for m in mentions if m.instrument and m.instrument.kind == "market"][:1]
            if not subjects:
                subjects = [Mention(amount.start, amount.start, "stocks", None)]
        for mention in subjects[:1] if amount.metric in _MARKET_WIDE else subjects:
            unit = amount.unit
            if amount.currency_missing:
                market = mention.instrument.market if mention.instrument else ""
                unit = ref.currencies.get(market, "")
                if not unit:
                    continue  # an amount in an unknown currency is not a figure
            facts.append(_fact(article_id, mention, amount.metric, amount.value, unit, amount.qualifier, sentence))
    return facts


def _level_facts(sentence, article_id, zh, mentions) -> list[Fact]:
    facts = []
    for position, points in find_levels(sentence, zh):
        indices = [m for m in mentions if m.end <= position and m.instrument and m.instrument.kind == "index"]
        if indices and position - indices[-1].end <= MAX_SUBJECT_GAP:
            facts.append(_fact(article_id, indices[-1], "level", points, "points", "close", sentence))
    return facts


def sentence_facts(sentence: str, article_id: str, ref: Reference,
                   context: ArticleContext | None = None) -> list[Fact]:
    """Every move, level, amount and count one sentence states."""
    zh = detect_language(sentence) != "en"
    mentions = find_mentions(sentence, ref)
    facts = _move_facts(sentence, article_id, ref, zh, mentions, context)
    facts += _level_facts(sentence, article_id, zh, mentions)
    facts += _amount_facts(sentence, article_id, ref, zh, mentions, context)
    if context is not None:
        context.remember(mentions)
    return facts


def article_facts(article: Article, ref: Reference, day: date | None = None) -> list[Fact]:
    """The facts of one article, each stated once.

    With ``day`` given, a sentence that dates itself to another day ("On August 22,
    Cambricon closed up 11.40%") gives no fact: it is history, not the day's market.
    """
    context = ArticleContext()
    seen = set()
    facts = []
    for sentence in article_sentences(article):
        if day is not None and names_other_day(sentence, day):
            context.remember(find_mentions(sentence, ref))
            continue
        for fact in sentence_facts(sentence, article.id, ref, context):
            key = (fact.code or fact.subject, fact.metric, fact.value, fact.unit, fact.qualifier)
            if key not in seen:
                seen.add(key)
                facts.append(fact)
    return facts


def extract_facts(articles: Iterable[Article], ref: Reference | None = None, day: date | None = None) -> list[Fact]:
    """All facts of all articles."""
    ref = ref or load_reference()
    return [fact for article in articles for fact in article_facts(article, ref, day)]
