"""History: three stored days give a streak, five-day sector moves and theme trends; days replace and
may come in any order; an edition per market works from the same code."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from briefs.cli import main
from briefs.store import MIGRATIONS, Store


def verb(move: float) -> str:
    return f"rose {move}%" if move >= 0 else f"fell {-move}%"


def day_records(day: str, cambricon: float, hygon: float, robot_articles: int, chip_articles: int) -> list[dict]:
    records = [{"title": f"Close {day}", "outlet": "Wire", "published": f"{day}T15:10:00+08:00",
                "url": f"https://t.example/{day}/close",
                "body": f"The Shanghai Composite Index closed up 0.5% on the day. Cambricon {verb(cambricon)} "
                        f"and Hygon {verb(hygon)}. The Sci-Tech Chip ETF (589100) closed up {cambricon / 2}%."}]
    for n in range(robot_articles):
        records.append({"title": f"Robots {n}", "outlet": f"Outlet R{n}", "published": f"{day}T16:00:00+08:00",
                        "url": f"https://t.example/{day}/robot{n}",
                        "body": f"Humanoid robot makers drew attention in note {n} {day}; orders for robotics parts grew."})
    for n in range(chip_articles):
        records.append({"title": f"Chips {n}", "outlet": f"Outlet C{n}", "published": f"{day}T16:30:00+08:00",
                        "url": f"https://t.example/{day}/chip{n}",
                        "body": f"Domestic computing power demand lifted AI chip makers, report {n} {day} said."})
    return records


def build(tmp_path, day: str, records: list[dict], extra=()) -> dict:
    feed = tmp_path / "feeds" / day
    feed.mkdir(parents=True, exist_ok=True)
    (feed / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--input", str(feed), "--date", day, "--out", str(tmp_path / "out"),
                                       "--format", "json", *extra], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads((tmp_path / "out" / day / "brief.json").read_text(encoding="utf-8"))


def theme(brief: dict, name: str) -> dict:
    return next(t for t in brief["themes"] if t["theme"] == name)


def test_three_days_give_a_streak_sector_series_and_theme_trends(tmp_path, sample_env):
    build(tmp_path, "2025-09-15", day_records("2025-09-15", 2.0, -1.0, 3, 1))
    build(tmp_path, "2025-09-16", day_records("2025-09-16", 3.0, 1.0, 2, 2))
    third = build(tmp_path, "2025-09-17", day_records("2025-09-17", 1.0, 2.0, 1, 5))
    assert third["history_days"] == ["2025-09-15", "2025-09-16"]
    movers = {i["code"]: i for i in third["movers"]["stocks"]["up"]}
    assert movers["688256.SH"]["streak"] == {"days": 3, "direction": "up"}  # up three days running
    assert movers["688041.SH"]["streak"] == {"days": 2, "direction": "up"}  # fell on the first day
    index = third["indices"][0]
    assert index["streak"] == {"days": 3, "direction": "up"}
    semis = next(s for s in third["sectors"] if s["sector"] == "semis")
    # the last trading days by the calendar; the 11th and 12th were never built: shown as missing, and
    # nothing is added up across days
    assert [p["date"] for p in semis["history"]] == ["2025-09-11", "2025-09-12", "2025-09-15", "2025-09-16",
                                                      "2025-09-17"]
    assert [p["move"] for p in semis["history"]] == [None, None, 1.0, 1.5, 0.5]  # the chip ETF's stated closes
    assert "five_day" not in semis
    assert theme(third, "domestic_ai_chips")["trend"] == "rising"
    assert theme(third, "robotics")["trend"] == "fading"
    assert (tmp_path / "out" / "2025-09-17" / "chart-trends.svg").read_text(encoding="utf-8").startswith("<svg")
    assert (tmp_path / "out" / "2025-09-17" / "chart-trends.png").stat().st_size > 10_000
    assert not (tmp_path / "out" / "2025-09-15" / "chart-trends.png").exists()  # no history on the first day


def test_rebuilding_a_day_replaces_it_and_days_may_come_out_of_order(tmp_path, sample_env):
    build(tmp_path, "2025-09-17", day_records("2025-09-17", 1.0, 2.0, 1, 1))
    early = build(tmp_path, "2025-09-15", day_records("2025-09-15", 2.0, 1.0, 1, 1))
    assert early["history_days"] == []  # a later day is not history for an earlier one
    middle = build(tmp_path, "2025-09-16", day_records("2025-09-16", 3.0, 1.0, 1, 1))
    assert middle["history_days"] == ["2025-09-15"]
    build(tmp_path, "2025-09-16", day_records("2025-09-16", -3.0, 1.0, 1, 1))  # rebuilt with new inputs
    db = sqlite3.connect(tmp_path / "out" / "history.sqlite")
    rows = db.execute("SELECT value FROM figures WHERE date = '2025-09-16' AND code = '688256.SH'").fetchall()
    assert rows == [(-3.0,)]
    assert db.execute("SELECT COUNT(*) FROM days").fetchone()[0] == 3
    latest = build(tmp_path, "2025-09-17", day_records("2025-09-17", 1.0, 2.0, 1, 1))
    movers = {i["code"]: i for i in latest["movers"]["stocks"]["up"]}
    assert movers["688256.SH"]["streak"] is None  # the rebuilt 16th broke the run
    db.close()


def test_store_schema_is_created_and_migrated(tmp_path):
    path = tmp_path / "h.sqlite"
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    with Store(path) as store:  # opening again applies nothing twice
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"days", "figures", "sectors", "themes"} <= tables


def test_history_can_be_turned_off(tmp_path, sample_env, monkeypatch):
    monkeypatch.setenv("BRIEFS_HISTORY", "off")
    brief = build(tmp_path, "2025-09-15", day_records("2025-09-15", 2.0, 1.0, 1, 1))
    assert brief["history_days"] == [] and not (tmp_path / "out" / "history.sqlite").exists()


def test_hong_kong_and_us_editions_from_the_same_code(tmp_path, sample_env, expect_warnings):
    # the sample's US wraps were published on the morning of the 16th in Shanghai: the 15th in New York;
    # the other articles fall outside the 15th there, and the run says how many
    expect_warnings(r"\d+ of 26 articles were published on other days than 2025-09-15 in America/New_York",
                    r"1 article\(s\) with no publication time left out")  # the sample given for another day
    sample = Path(__file__).resolve().parent.parent / "sources" / "sample" / "2025-09-16"
    for market, home, day in (("hk", "HSI.HK", "2025-09-16"), ("us", "SPX.US", "2025-09-15")):
        monkey_env = {"BRIEFS_MARKET": market, "SOURCE_DATE_EPOCH": "1758038400"}
        # the sample's folder given by name: it builds another day's edition than its own
        inputs = ["--input", str(sample)] if day != "2025-09-16" else []
        result = CliRunner().invoke(main, ["build", "--out", str(tmp_path / market), "--format", "json",
                                           "--date", day, *inputs], env=monkey_env, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        brief = json.loads((tmp_path / market / day / "brief.json").read_text(encoding="utf-8"))
        assert brief["market"] == market
        assert brief["indices"][0]["code"] == home
        assert brief["headline"]["text"].startswith(brief["indices"][0]["name"])
        for group in ("etfs", "stocks"):
            for side in ("up", "down"):
                assert all(i["market"] == market for i in brief["movers"][group][side])
    us = json.loads((tmp_path / "us" / "2025-09-15" / "brief.json").read_text(encoding="utf-8"))
    assert {i["code"] for i in us["movers"]["stocks"]["up"]} == {"TSLA.US", "GOOGL.US"}
