"""Small things a reader notices: human times in the market's zone, plurals, names instead of ids,
and the command-line tools' exit codes and headers."""
from __future__ import annotations

import json

from click.testing import CliRunner

from briefs.cli import main
from briefs.edition import Edition
from briefs.render import Words

ENGLISH, CHINESE = Edition.of("en"), Edition.of("zh")


def test_build_time_is_in_the_markets_zone_and_human():
    assert ENGLISH.built("2025-09-16T10:31:00+00:00", "cn") == "16 Sep 2025 18:31 CST"
    assert ENGLISH.built("2025-09-16T10:31:00+00:00", "hk") == "16 Sep 2025 18:31 HKT"
    assert ENGLISH.built("2025-09-16T20:05:00+00:00", "us") == "16 Sep 2025 16:05 EDT"
    assert CHINESE.built("2025-09-16T10:31:00+00:00", "cn") == "2025年9月16日 18:31（北京时间）"


def test_counts_agree_with_their_nouns_and_themes_show_names():
    counts = [ENGLISH.count(n, "%(num)s article", "%(num)s articles") for n in (1, 26, 1200)]
    assert counts == ["1 article", "26 articles", "1,200 articles"]
    assert CHINESE.count(1200, "%(num)s article", "%(num)s articles") == "1200篇文章"
    for edition in (ENGLISH, CHINESE):
        name = Words(edition).theme_name("chip_curbs")
        assert name != "chip_curbs" and "_" not in name


def test_the_page_shows_no_internal_ids(sample_build):
    folder, _ = sample_build
    page = (folder / "brief.html").read_text(encoding="utf-8")
    brief = json.loads((folder / "brief.json").read_text(encoding="utf-8"))
    visible = page.split("<body", 1)[1]
    for theme in brief["faded_themes"] + [t["theme"] for t in brief["themes"]]:
        if "_" in theme:
            assert f">{theme}<" not in visible and f" {theme}," not in visible and f" {theme}." not in visible


def test_articles_exits_3_when_nothing_valid_was_found(tmp_path, expect_warnings):
    expect_warnings(r"record has no body")
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"title": "no body"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["articles", str(path)])
    assert result.exit_code == 3 and "no valid article" in result.output


def test_facts_table_has_a_header_row(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"title": "t", "published": "2025-09-16 15:00",
                                "body": "截至收盘，沪指涨0.04%，报3861.87点。"}, ensure_ascii=False) + "\n")
    lines = CliRunner().invoke(main, ["facts", str(path), "--format", "table"]).stdout.splitlines()
    assert lines[0].split()[:4] == ["subject", "code", "metric", "value"] and len(lines) == 3
