"""Duplicates: the same article fetched twice, re-posted, or syndicated to another outlet.

Exact duplicates share a normalised url (tracking parameters, fragment and scheme
ignored) or the same normalised text. Near duplicates are found by MinHash over
character shingles, which needs no word segmentation and so works for Chinese:
one-permutation hashing (each shingle hashed once, 128 bins, empty bins filled
from their neighbour) with LSH banding (32 bands of 4 rows) to find candidate
pairs, then the estimated Jaccard similarity decides against the threshold.

Each group of duplicates becomes one story: the earliest article, keeping the
others as its ``duplicates``.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import parse_qsl, urlencode, urlsplit

import numpy as np

from briefs.records import Article, SourceRef

SHINGLE = 5  # characters per shingle
BINS = 128
BANDS, ROWS = 32, 4  # BANDS * ROWS == BINS
DEFAULT_THRESHOLD = 0.6
_TRACKING = re.compile(r"^(?:utm_\w+|spm|from|src|source|share\w*|fbclid|gclid|ref|ref_src|scene|"
                       r"mc_cid|mc_eid|igshid|yclid|_ga|wt\.mc_id|timestamp|ts)$", re.IGNORECASE)
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
_MASK = np.uint64((1 << 57) - 1)  # the low bits: the value within a bin (the top 7 pick the bin)


def normalise_url(url: str) -> str:
    """The url without scheme, ``www.``, fragment, tracking parameters or trailing slash."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k))
    path = parts.path.rstrip("/") or "/"
    return f"{host}{path}" + (f"?{urlencode(query)}" if query else "")


def normalised_text(text: str) -> str:
    """Lower case, no spaces or punctuation: what two copies of one text share."""
    return _NOT_WORD.sub("", text.lower())


def content_hash(text: str) -> str:
    """Hash of the normalised text, for exact duplicates."""
    return hashlib.sha1(normalised_text(text).encode("utf-8")).hexdigest()


def _mix(h: np.ndarray) -> np.ndarray:
    # splitmix64 finaliser: spreads the polynomial hash over all 64 bits
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def signature(text: str) -> np.ndarray:
    """The MinHash signature (BINS values) of a text's character shingles."""
    norm = normalised_text(text) or " "
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = max(len(codes) - SHINGLE + 1, 1)
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(min(SHINGLE, len(codes))):
            hashes = hashes * np.uint64(1_000_003) + codes[offset:offset + count]
        hashes = np.unique(_mix(hashes))
    bins = (hashes >> np.uint64(57)).astype(np.int64)
    # sorted hashes are grouped by bin, smallest first: each bin's minimum is its first element
    starts = np.searchsorted(bins, np.arange(BINS))
    present = np.zeros(BINS, dtype=bool)
    present[bins] = True
    sig = np.full(BINS, np.iinfo(np.uint64).max, dtype=np.uint64)
    sig[present] = hashes[starts[present]] & _MASK
    if not present.all():  # densify: an empty bin borrows the next filled bin's value
        filled = np.flatnonzero(present)
        nxt = filled[np.searchsorted(filled, np.arange(BINS)) % len(filled)]
        sig = np.where(present, sig, sig[nxt] ^ np.arange(BINS, dtype=np.uint64))
    return sig


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


class _Groups:
    """Union-find over article positions."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _ref(article: Article) -> SourceRef:
    return SourceRef(article.id, article.outlet, article.title, article.url, article.origin,
                     article.published.isoformat() if article.published else None)


def deduplicate(articles: Sequence[Article], threshold: float = DEFAULT_THRESHOLD) -> list[Article]:
    """One article per story, in input order; the duplicates merged into it keep their sources."""
    groups = _Groups(len(articles))
    first_seen: dict[str, int] = {}
    for i, article in enumerate(articles):
        for key in (f"url:{normalise_url(article.url)}" if article.url else "", f"text:{content_hash(article.body)}"):
            if key:
                if key in first_seen:
                    groups.join(first_seen[key], i)
                else:
                    first_seen[key] = i
    if threshold < 1.0:
        signatures = [signature(a.title + "\n" + a.body) for a in articles]
        buckets: dict[bytes, list[int]] = defaultdict(list)
        for i, sig in enumerate(signatures):
            for band in range(BANDS):
                buckets[bytes([band]) + sig[band * ROWS:(band + 1) * ROWS].tobytes()].append(i)
        checked: set[tuple[int, int]] = set()
        for members in buckets.values():
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    pair = (members[x], members[y])
                    if pair in checked or groups.find(pair[0]) == groups.find(pair[1]):
                        continue
                    checked.add(pair)
                    if similarity(signatures[pair[0]], signatures[pair[1]]) >= threshold:
                        groups.join(*pair)
    members_of: dict[int, list[int]] = defaultdict(list)
    for i in range(len(articles)):
        members_of[groups.find(i)].append(i)
    kept = []
    for root in sorted(members_of):
        members = members_of[root]
        # the original is the earliest; articles without a time come last
        order = sorted(members, key=lambda i: (articles[i].published is None,
                                               articles[i].published.timestamp() if articles[i].published else 0, i))
        head = articles[order[0]]
        others = tuple(_ref(articles[i]) for i in order[1:])
        kept.append((order[0], replace(head, duplicates=head.duplicates + others) if others else head))
    return [article for _, article in sorted(kept, key=lambda item: item[0])]
