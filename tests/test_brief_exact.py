"""A small hand-built day and the exact Brief it must give, key by key."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from briefs.aggregate import aggregate
from briefs.extract.reference import load_reference
from briefs.records import Article, Fact

CST = timezone(timedelta(hours=8))
S1 = "Hygon closed up 10.32% after it opened its bus protocol to partners in domestic computing power."
S2 = "Hygon rose 10.3% on Tuesday."
S3 = "Turnover on the two exchanges reached 2.34 trillion yuan."
S4 = "The Shanghai Composite Index closed up 0.04% at 3,861.87 points."


def test_small_day_gives_exactly_this_brief():
    a1 = Article("a1", "Hygon opens its bus", "Wire One", datetime(2025, 9, 16, 15, 0, tzinfo=CST), "", "en",
                 S1, "t:1")
    a2 = Article("a2", "Close", "Wire Two", datetime(2025, 9, 16, 16, 0, tzinfo=CST), "https://two.example/c", "en",
                 " ".join([S2, S3, S4]), "t:2")
    facts = [
        Fact("a1", "Hygon", "688041.SH", "cn", "stock", "pct_change", 10.32, "%", "close", S1, "semis"),
        Fact("a2", "Hygon", "688041.SH", "cn", "stock", "pct_change", 10.3, "%", "", S2, "semis"),
        Fact("a2", "the two exchanges", "CN.MARKET", "cn", "market", "turnover", 2.34e12, "CNY", "", S3, ""),
        Fact("a2", "Shanghai Composite Index", "000001.SH", "cn", "index", "pct_change", 0.04, "%", "close", S4, ""),
        Fact("a2", "Shanghai Composite Index", "000001.SH", "cn", "index", "level", 3861.87, "points", "close", S4, ""),
    ]
    brief, kept = aggregate(date(2025, 9, 16), [a1, a2], facts, load_reference(), generated="2025-09-16T16:00:00+00:00")
    hygon = {"code": "688041.SH", "name": "Hygon", "name_zh": "海光信息", "subject": "Hygon", "kind": "stock", "market": "cn",
             "streak": None,
             "pct_change": {"value": 10.32, "unit": "%", "qualifier": "close", "evidence": "E2", "sources": 1,
                            "also": ["E3"]}}
    expected = {
        "date": "2025-09-16", "market": "cn", "language": "en", "title": "Market Brief",
        "generated": "2025-09-16T16:00:00+00:00",
        # stated figures only: no sector figure was stated, so no sector leads; the top mover's close does
        "headline": {"text": "Shanghai Composite Index +0.04%; Hygon +10.32%.",
                     "lead": "Shanghai Composite Index +0.04%, Hygon +10.32%", "evidence": ["E1", "E2"]},
        # the front page's lines, each from stated figures with their evidence
        "points": [{"text": "Indices: Shanghai Composite Index +0.04% at 3,861.87.", "evidence": ["E1"]},
                   {"text": "Movers: Hygon +10.32%.", "evidence": ["E2"]},
                   {"text": "Turnover and breadth: turnover 2.34 trillion CNY.", "evidence": ["E4"]}],
        "summary": [{"text": S4, "evidence": "E1", "language": "en"}, {"text": S1, "evidence": "E2", "language": "en"}],
        "indices": [{"code": "000001.SH", "name": "Shanghai Composite Index", "name_zh": "上证指数", "market": "cn",
                     "pct_change": {"value": 0.04, "unit": "%", "qualifier": "close", "evidence": "E1", "sources": 1,
                                    "also": []},
                     "level": {"value": 3861.87, "unit": "points", "qualifier": "close", "evidence": "E1",
                               "sources": 1, "also": []},
                     "point_change": None,
                     "intraday_high": None, "intraday_low": None, "streak": None, "session": ""}],
        # one stock's close is no sector figure: breadth and leaders, and no move
        "sectors": [{"sector": "semis", "name": "Semiconductors", "name_zh": "半导体", "up": 1, "down": 0,
                     "mentions": 2, "top": [hygon], "move": None, "figure": None,
                     "basis": {"kind": "none"}, "evidence": [], "leader": None,
                     "history": [{"date": "2025-09-16", "move": None}]}],
        "movers": {"etfs": {"up": [], "down": []}, "stocks": {"up": [hygon], "down": []},
                   "limit_up": [], "limit_down": []},
        "flows": [{"code": "CN.MARKET", "name": "A-share market", "name_zh": "A股市场", "subject": "the two exchanges",
                   "kind": "market",
                   "metric": "turnover", "value": 2.34e12, "unit": "CNY", "qualifier": "", "evidence": "E4",
                   "sources": 1, "also": []}],
        "commodities": [],
        "themes": [{"theme": "domestic_ai_chips", "name": "Domestic AI chips & computing power",
                    "name_zh": "国产算力与AI芯片", "articles": 1, "outlets": 1, "weight": 3, "sentences": ["E2"],
                    "trend": "new"}],
        "faded_themes": [],
        "catalysts": [{"type": "product", "text": S1, "evidence": "E2", "instruments": ["688041.SH"],
                       "sectors": ["semis"]}],
        "conflicts": [],
        "sources": [
            {"id": "a1", "title": "Hygon opens its bus", "outlet": "Wire One", "url": "", "language": "en",
             "published": "2025-09-16T15:00:00+08:00", "facts": 1, "duplicates": []},
            {"id": "a2", "title": "Close", "outlet": "Wire Two", "url": "https://two.example/c", "language": "en",
             "published": "2025-09-16T16:00:00+08:00", "facts": 4, "duplicates": []},
        ],
        "evidence": {
            "E1": {"article": "a2", "outlet": "Wire Two", "title": "Close", "url": "https://two.example/c",
                   "sentence": S4},
            "E2": {"article": "a1", "outlet": "Wire One", "title": "Hygon opens its bus", "url": "", "sentence": S1},
            "E3": {"article": "a2", "outlet": "Wire Two", "title": "Close", "url": "https://two.example/c",
                   "sentence": S2},
            "E4": {"article": "a2", "outlet": "Wire Two", "title": "Close", "url": "https://two.example/c",
                   "sentence": S3},
        },
        "history_days": [],
        "stats": {"articles": 2, "facts": 5, "figures": 4, "unresolved": 0},
    }
    assert brief.to_dict() == expected
    assert len(kept) == 4
