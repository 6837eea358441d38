"""The records passed between the first stages of the pipeline.

``Article`` is what every loader produces, whatever the input format.
``Fact`` is one figure read from one sentence of one article.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SourceRef:
    """Where a duplicate of an article came from: kept so the story keeps all its sources."""

    id: str
    outlet: str
    title: str
    url: str
    origin: str
    published: str | None  # ISO 8601


@dataclass(frozen=True)
class Article:
    """One news article, normalised.

    ``published`` is timezone-aware, or None when the input gives no time at all.
    ``origin`` names where it was read: ``path:line`` or ``path#record``.
    """

    id: str
    title: str
    outlet: str
    published: datetime | None
    url: str
    language: str  # "zh", "en" or "mixed"
    body: str
    origin: str
    duplicates: tuple[SourceRef, ...] = ()  # other copies of this story, merged into it

    def to_dict(self) -> dict:
        """A JSON-ready dict, ``published`` in ISO 8601."""
        out = asdict(self)
        out["published"] = self.published.isoformat() if self.published else None
        return out


@dataclass(frozen=True)
class Fact:
    """One figure read from one sentence.

    ``value`` is signed (falls are negative). ``code``/``market``/``kind`` are empty
    when the subject does not resolve to a known instrument: never guessed.
    ``evidence`` is the sentence the figure was read from, ``article`` its article id.
    """

    article: str
    subject: str
    code: str
    market: str
    kind: str
    metric: str
    value: float
    unit: str
    qualifier: str
    evidence: str
    sector: str = field(default="", compare=False)

    def to_dict(self) -> dict:
        """The public JSON form: exactly the documented keys."""
        out = asdict(self)
        out.pop("sector")
        return out


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def detect_language(text: str) -> str:
    """Classify text as "zh", "en" or "mixed" by its share of CJK characters.

    A Chinese character carries about as much as an English word, so the two
    are counted against each other.
    """
    if not _CJK.search(text):
        return "en"  # the common case, decided without counting
    cjk = len(_CJK.findall(text))
    words = len(_LATIN_WORD.findall(text))
    total = cjk + words
    if total == 0:
        return "en"
    share = cjk / total
    if share >= 0.8:
        return "zh"
    if share <= 0.2:
        return "en"
    return "mixed"


def article_id(url: str, outlet: str, title: str, published: datetime | None, body: str) -> str:
    """A stable id: from the url when there is one, else outlet + title + time + a hash of the body.

    Without a url, two stories with the same outlet, title and minute are still two articles:
    the body tells them apart.
    """
    if url:
        key = "url:" + url.strip()
    else:
        stamp = published.isoformat() if published else ""
        body_hash = hashlib.sha1(body.encode("utf-8", "surrogatepass")).hexdigest()
        key = "|".join(["meta", outlet.strip(), title.strip(), stamp, body_hash])
    # surrogatepass: a lone surrogate in a record is warned about and removed later, never a crash here
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]
