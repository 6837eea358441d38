"""Duplicates: copies and re-posts merge into one story with all its sources; distinct reports stay apart."""
from __future__ import annotations

import json
from datetime import date
from zoneinfo import ZoneInfo

from briefs.load import load_articles
from briefs.load.dedupe import normalise_url, signature, similarity
from tests.conftest import ROOT

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = date(2025, 9, 16)
SAMPLE = [json.loads(line) for line in
          (ROOT / "sources" / "sample" / "2025-09-16" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


def sample(title_start: str) -> dict:
    return dict(next(r for r in SAMPLE if r["title"].startswith(title_start)))


def load(tmp_path, records, **kwargs):
    path = tmp_path / "day.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return load_articles([str(path)], SHANGHAI, DAY, **kwargs)


def test_url_normalisation_drops_tracking_and_scheme():
    assert normalise_url("https://www.Wire.example/a/1/?utm_source=x&id=7&spm=abc#top") == "wire.example/a/1?id=7"
    assert normalise_url("http://wire.example/a/1?id=7") == "wire.example/a/1?id=7"
    assert normalise_url("https://wire.example/a/1?id=8") != normalise_url("https://wire.example/a/1?id=7")


def test_same_article_fetched_twice_with_tracking_parameters(tmp_path):
    original = sample("Hang Seng Index slips")
    again = dict(original, url=original["url"] + "?utm_source=wechat&utm_medium=share",
                 published="2025-09-16T16:45:00+08:00")
    (story,) = load(tmp_path, [again, original])
    assert story.published.isoformat() == "2025-09-16T16:30:00+08:00"  # the earlier copy is the story
    assert [d.url for d in story.duplicates] == [again["url"]]


def test_repost_with_a_new_title(tmp_path):
    original = sample("Robotics rally")
    repost = dict(original, title="Tesla's robot plans send machine makers higher", outlet="Repost Daily",
                  url="https://repost.example/x", published="2025-09-16T18:00:00+08:00")
    (story,) = load(tmp_path, [original, repost])
    assert story.title == original["title"]
    assert [(d.outlet, d.title) for d in story.duplicates] == [("Repost Daily", repost["title"])]


def test_syndicated_copy_with_edits_is_a_near_duplicate(tmp_path):
    original = sample("Wall Street closes at records")
    copy = dict(original, outlet="Syndicate Wire", url="https://syndicate.example/us-close",
                title="US stocks end at record highs; Tesla, Alphabet rally",
                published="2025-09-16T06:10:00+08:00",
                body=original["body"].replace("US stocks closed at record highs on Monday",
                                              "Wall Street's main indexes closed at record highs on Monday")
                + "\n\nThis story was first published by Victoria Harbour Finance.")
    a, b = (signature(r["title"] + "\n" + r["body"]) for r in (original, copy))
    assert similarity(a, b) >= 0.6
    (story,) = load(tmp_path, [copy, original])
    assert story.outlet == "Victoria Harbour Finance"
    assert [d.outlet for d in story.duplicates] == ["Syndicate Wire"]


def test_different_reports_of_the_same_event_stay_apart(tmp_path):
    english = [sample("Hang Seng Index slips"), sample("Market breadth"), sample("A-shares edge higher")]
    chinese = [sample("沪指微涨"), sample("机器人板块全线走强"), sample("恒指收跌")]
    stories = load(tmp_path, english + chinese)
    assert len(stories) == 6 and not any(s.duplicates for s in stories)


def test_whole_sample_day_has_no_false_merges():
    stories = load_articles([str(ROOT / "sources" / "sample")], SHANGHAI, DAY)
    assert len(stories) == 26 and not any(s.duplicates for s in stories)


def test_threshold_comes_from_config(tmp_path):
    original = sample("Wall Street closes at records")
    copy = dict(original, url="https://syndicate.example/us-close", title="Another title",
                body=original["body"] + "\n\nFirst published elsewhere.")
    assert len(load(tmp_path, [original, copy], dedupe_threshold=0.6)) == 1
    assert len(load(tmp_path, [original, copy], dedupe_threshold=1.0)) == 2
