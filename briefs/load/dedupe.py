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


def content_hash(text: str, normalised: bool = False) -> str:
    """Hash of the normalised text, for exact duplicates."""
    norm = text if normalised else normalised_text(text)
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def _mix(h: np.ndarray) -> np.ndarray:
    # splitmix64 finaliser: spreads the polynomial hash over all 64 bits
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def signature(text: str, normalised: bool = False) -> np.ndarray:
    """The MinHash signature (BINS values) of a text's character shingles."""
    norm = (text if normalised else normalised_text(text)) or " "
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = max(len(codes) - SHINGLE + 1, 1)
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(min(SHINGLE, len(codes))):
            hashes = hashes * np.uint64(1_000_003) + codes[offset:offset + count]
        hashes = np.sort(_mix(hashes))  # repeats do not change a minimum: no need for unique
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


def candidate_pairs(signatures: np.ndarray) -> np.ndarray:
    """Pairs (i < j) of rows that agree on at least one band: LSH, vectorised.

    Each band's rows are hashed to one number; rows are sorted by (band, hash) and
    every run of equal keys links its members (each to the first and to its neighbour).
    """
    n = len(signatures)
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    bands = signatures.reshape(n, BANDS, ROWS)
    with np.errstate(over="ignore"):
        keys = np.zeros((n, BANDS), dtype=np.uint64)
        for row in range(ROWS):
            keys = _mix(keys * np.uint64(0x9E3779B97F4A7C15) + bands[:, :, row])
    band_of = np.repeat(np.arange(BANDS)[None, :], n, axis=0).ravel()
    flat_keys, rows = keys.ravel(), np.repeat(np.arange(n), BANDS)
    order = np.lexsort((rows, flat_keys, band_of))
    k, b, r = flat_keys[order], band_of[order], rows[order]
    new_run = np.ones(len(k), dtype=bool)
    new_run[1:] = (k[1:] != k[:-1]) | (b[1:] != b[:-1])
    starts = np.flatnonzero(new_run)
    sizes = np.diff(np.append(starts, len(k)))
    pairs = []
    # each run of rows sharing a band key gives each member paired with the run's first and with its
    # neighbour: 2(size - 1) pairs, not size²/2, so 10,000 copies of one story stay linear. Union-find
    # joins what the chain links.
    for_runs = sizes > 1
    if for_runs.any():
        run_start = np.repeat(starts[for_runs], sizes[for_runs] - 1)
        offset = np.concatenate([np.arange(1, size) for size in sizes[for_runs]])
        member = r[run_start + offset]
        pairs.append(np.stack([r[run_start], member], axis=1))
        pairs.append(np.stack([r[run_start + offset - 1], member], axis=1))
    if not pairs:
        return np.empty((0, 2), dtype=np.int64)
    found = np.concatenate(pairs)
    found = np.sort(found, axis=1)
    found = found[found[:, 0] != found[:, 1]]
    codes = np.unique(found[:, 0] * n + found[:, 1])  # each pair once, however many bands it shares
    return np.stack([codes // n, codes % n], axis=1)


def near_duplicate_pairs(signatures: np.ndarray, threshold: float, chunk: int = 16_384) -> list[tuple[int, int]]:
    """Candidate pairs whose estimated similarity reaches the threshold."""
    pairs = candidate_pairs(signatures)
    kept = []
    for start in range(0, len(pairs), chunk):
        block = pairs[start:start + chunk]
        agree = (signatures[block[:, 0]] == signatures[block[:, 1]]).mean(axis=1)
        kept.extend(map(tuple, block[agree >= threshold].tolist()))
    return kept


def deduplicate(articles: Sequence[Article], threshold: float = DEFAULT_THRESHOLD) -> list[Article]:
    """One article per story, in input order; the duplicates merged into it keep their sources."""
    groups = _Groups(len(articles))
    bodies = [normalised_text(a.body) for a in articles]
    first_seen: dict[str, int] = {}
    for i, article in enumerate(articles):
        body_key = f"text:{content_hash(bodies[i], normalised=True)}"
        for key in (f"url:{normalise_url(article.url)}" if article.url else "", body_key):
            if key:
                if key in first_seen:
                    groups.join(first_seen[key], i)
                else:
                    first_seen[key] = i
    # exact copies are one story already: signatures only for one article of each
    reps = [i for i in range(len(articles)) if groups.find(i) == i]
    if threshold < 1.0 and len(reps) > 1:
        signatures = np.stack([signature(normalised_text(articles[i].title) + bodies[i], normalised=True)
                               for i in reps])
        for a, b in near_duplicate_pairs(signatures, threshold):
            groups.join(reps[a], reps[b])
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
