"""The Brief: the one contract between analysis and presentation.

Charts and templates read a ``Brief`` and nothing else. Every figure in it names
the evidence it came from (``"evidence": "E3"``), and ``evidence`` maps those ids
to the article and the sentence, so a reader can check any number.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path


def walk_dicts(node) -> Iterator[dict]:
    """Every dict inside a Brief's nested lists and dicts, depth first (figures, entries, sections)."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk_dicts(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk_dicts(value)


@dataclass
class Brief:
    """One day's brief. Lists hold plain JSON-ready dicts, documented in the README."""

    date: str
    market: str
    language: str
    title: str
    generated: str  # build time, ISO 8601 (injected; SOURCE_DATE_EPOCH honoured)
    headline: dict  # {"text": ..., "evidence": [ids]}
    points: list[dict] = field(default_factory=list)  # the front page's lines: [{"text", "evidence": [ids]}]
    summary: list[dict] = field(default_factory=list)  # [{"text": sentence from an article, "evidence": id}]
    indices: list[dict] = field(default_factory=list)
    sectors: list[dict] = field(default_factory=list)
    movers: dict = field(default_factory=dict)  # {"etfs": {"up": [...], "down": [...]}, "stocks": ..., "limit_up": [...], "limit_down": [...]}
    flows: list[dict] = field(default_factory=list)
    commodities: list[dict] = field(default_factory=list)  # [{"code", "name", "level": figure, "pct_change": figure}]
    themes: list[dict] = field(default_factory=list)
    faded_themes: list[str] = field(default_factory=list)  # themes of recent days no article carries today
    catalysts: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    evidence: dict[str, dict] = field(default_factory=dict)  # "E1" -> {"article", "outlet", "title", "sentence"}
    history_days: list[str] = field(default_factory=list)  # the stored days the trends compare against
    stats: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """A JSON-ready dict with the same keys as ``brief.json`` (sharing this Brief's lists and dicts)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def to_json(self) -> str:
        """``brief.json``'s text: stable key order, UTF-8 kept readable."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_dict(cls, data: dict) -> Brief:
        """Rebuild a Brief from ``brief.json``'s content."""
        return cls(**data)

    @classmethod
    def read(cls, path: Path) -> Brief:
        """Read a ``brief.json``."""
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))
