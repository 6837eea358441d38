"""HTML pages, RSS and Atom feeds, folders and globs, and suffixes that lie."""
from __future__ import annotations

import json
import shutil
from datetime import date
from zoneinfo import ZoneInfo

from click.testing import CliRunner

from briefs.cli import main
from briefs.load import load_articles
from tests.conftest import ROOT

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = date(2025, 9, 16)
FIXTURES = ROOT / "tests" / "fixtures"


def test_html_page_main_text_metadata_and_no_script():
    (article,) = load_articles([str(FIXTURES / "article-page.html")], SHANGHAI, DAY)
    assert article.title == "Hygon opens its bus protocol; Xinchuang names rally"
    assert article.outlet == "Harbour Markets Wire"
    assert article.published.isoformat() == "2025-09-16T15:20:00+08:00"
    assert article.body.startswith("Hygon rose 10.32% on Tuesday")
    assert "Sugon hit the daily limit" in article.body
    for furniture in ("alert(", "window.tracker", "Home", "Comments", "All rights reserved", "color: red"):
        assert furniture not in article.body, furniture
    assert article.body.count("\n\n") >= 2  # paragraphs kept


def test_rss_entries_become_articles(expect_warnings):
    expect_warnings(r"feed\.rss#3: feed entry '空条目' has no text")
    first, second = load_articles([str(FIXTURES / "feed.rss")], SHANGHAI, DAY)
    assert first.outlet == "东岸财经日报" and first.language == "zh"
    assert first.published.isoformat() == "2025-09-16T07:05:00+00:00"
    assert first.body == "9月16日，沪指涨0.04%，深证成指涨0.45%。\n机器人ETF（159551）收涨3.42%。"
    # the feed marks this title as HTML: it becomes its text; no markup is ever passed on
    assert second.title == "金价首破3700美元"


def test_atom_entry():
    (entry,) = load_articles([str(FIXTURES / "feed.atom")], SHANGHAI, DAY)
    assert (entry.title, entry.outlet, entry.url) == ("Hang Seng slips 0.03%", "Victoria Harbour Finance",
                                                      "https://vhf.example/hk-close")
    assert entry.body == "The Hang Seng Index fell 0.03% to close at 26,438.51 points."


def test_suffix_that_lies_is_overruled_by_content(tmp_path):
    shutil.copy(FIXTURES / "feed.atom", tmp_path / "feed.txt")
    shutil.copy(FIXTURES / "article-page.html", tmp_path / "page.json")
    (tmp_path / "records.txt").write_text(json.dumps({"title": "t", "body": "沪指涨0.04%。"}) + "\n")
    found = load_articles([str(tmp_path)], SHANGHAI, DAY)
    assert sorted(a.title for a in found) == ["Hang Seng slips 0.03%",
                                              "Hygon opens its bus protocol; Xinchuang names rally", "t"]


def test_folder_recursion_and_glob(tmp_path):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    shutil.copy(FIXTURES / "feed.atom", nested / "x.atom")
    shutil.copy(FIXTURES / "single-article.txt", tmp_path / "a" / "y.txt")
    assert len(load_articles([str(tmp_path)], SHANGHAI, DAY)) == 2
    assert len(load_articles([str(tmp_path / "a" / "*.txt")], SHANGHAI, DAY)) == 1
    assert len(load_articles([str(tmp_path / "**" / "*.atom")], SHANGHAI, DAY)) == 1


def test_huge_file_is_skipped_with_a_warning(tmp_path, expect_warnings):
    expect_warnings(r"big\.jsonl: file is 52\.4 MB, over the 17 MB limit; skipped")
    line = json.dumps({"title": "x", "body": "y" * 1000}) + "\n"
    (tmp_path / "big.jsonl").write_text(line * (50 * 1024 * 1024 // len(line) + 1))
    shutil.copy(FIXTURES / "feed.atom", tmp_path / "ok.atom")
    assert [a.title for a in load_articles([str(tmp_path)], SHANGHAI, DAY)] == ["Hang Seng slips 0.03%"]


def test_articles_command_prints_jsonl_records(tmp_path):
    result = CliRunner().invoke(main, ["articles", str(FIXTURES / "feed.atom"), str(FIXTURES / "single-article.txt"),
                                       "--date", "2025-09-16"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"][:14] for r in records] == ["Hang Seng slip", "Chip designers"]
    assert set(records[0]) == {"id", "title", "outlet", "published", "url", "language", "body", "origin",
                               "duplicates"}
    assert records[1]["published"] == "2025-09-16T00:00:00+08:00"


def test_articles_table_and_strict(tmp_path, expect_warnings):
    expect_warnings("record has no body")
    (tmp_path / "a.jsonl").write_text('{"title": "ok", "body": "text"}\n{"title": "empty"}\n')
    lenient = CliRunner().invoke(main, ["articles", str(tmp_path), "--format", "table"])
    assert lenient.exit_code == 0 and "ok" in lenient.stdout
    strict = CliRunner().invoke(main, ["articles", str(tmp_path), "--strict"])
    assert strict.exit_code == 1
