"""Theme coverage: which themes the day's articles carry, weighted by articles and outlets."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from briefs.extract.reference import Category, Reference
from briefs.extract.text import article_sentences
from briefs.records import Article

KEY_SENTENCES = 2


@cache
def _theme_automaton(ref: Reference):
    """One Aho-Corasick automaton of every theme keyword, lower-cased: one pass per article."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    words: dict[str, set[str]] = {}
    for theme in ref.themes.values():
        for word in theme.keywords:
            words.setdefault(word.lower(), set()).add(theme.id)
    for word, themes in words.items():
        automaton.add_word(word, (len(word), word.isascii(), frozenset(themes)))
    automaton.make_automaton()
    return automaton


def themes_of(text: str, ref: Reference) -> set[str]:
    """The themes whose keywords a text contains (Latin keywords only as whole words)."""
    lowered = text.lower()
    found: set[str] = set()
    for end, (length, ascii_word, themes) in _theme_automaton(ref).iter(lowered):
        if themes <= found:
            continue
        if ascii_word:
            start = end - length + 1
            before = lowered[start - 1] if start > 0 else " "
            after = lowered[end + 1] if end + 1 < len(lowered) else " "
            if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
                continue
        found |= themes
    return found


@cache
def _keyword_pattern(theme: Category) -> re.Pattern[str]:
    parts = []
    for word in sorted(theme.keywords, key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(rf"(?<![A-Za-z]){escaped}(?![A-Za-z])" if word.isascii() else escaped)
    return re.compile("|".join(parts), re.IGNORECASE)


def theme_coverage(articles: Sequence[Article], ref: Reference, cite: Callable[[str, str], str]) -> list[dict]:
    """Themes ranked by outlets then articles covering them, each with its key sentences.

    Weight counts who wrote about a theme, not how often a keyword occurs: ten
    mentions in one promotional piece weigh less than one each in three outlets.
    """
    carried = [themes_of(a.title + "\n" + a.body, ref) for a in articles]
    out = []
    for theme in ref.themes.values():
        pattern = _keyword_pattern(theme)
        covering = [a for a, themes in zip(articles, carried) if theme.id in themes]
        if not covering:
            continue
        outlets = {d.outlet or "(unknown outlet)" for a in covering for d in (a, *a.duplicates)}
        sentences: list[str] = []
        for article in sorted(covering, key=lambda a: (-len(a.body), a.id)):
            hit = next((s for s in article_sentences(article)[1:] if pattern.search(s)), None)
            if hit:
                sentences.append(cite(article.id, hit))
            if len(sentences) == KEY_SENTENCES:
                break
        out.append({
            "theme": theme.id, "name": theme.name_en, "name_zh": theme.name_zh,
            "articles": len(covering), "outlets": len(outlets),
            "weight": len(outlets) * 2 + len(covering),
            "sentences": sentences,
        })
    return sorted(out, key=lambda t: (-t["weight"], t["theme"]))
