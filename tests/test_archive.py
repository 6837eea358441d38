"""The static archive: index, navigation, feed, sitemap, search; opened in real headless Chromium."""
from __future__ import annotations

import json
import re
import shutil

import feedparser
import pytest
from click.testing import CliRunner

from briefs.cli import main
from tests.archive_days import write_day

DAYS = ["2025-08-29", "2025-09-15", "2025-09-16", "2025-09-17"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Four days built into one output folder, not in date order."""
    root = tmp_path_factory.mktemp("archive")
    feeds, out = root / "feeds", root / "out"
    for day, move in zip(DAYS, (1.0, 2.0, 3.0, -1.5)):
        write_day(feeds, day, move, extra="Loongson rose 5%." if day == "2025-09-16" else "")
    runner = CliRunner()
    for day in ("2025-09-16", "2025-08-29", "2025-09-17", "2025-09-15"):
        result = runner.invoke(main, ["build", "--input", str(feeds / "{date}"), "--date", day, "--out", str(out),
                                      "--format", "html,json"], env={"SOURCE_DATE_EPOCH": "1758038400"},
                               catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return out


def test_index_groups_days_by_month_newest_first(archive):
    page = (archive / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'href="(\d{4}-\d{2}-\d{2})/brief.html"', page) == sorted(DAYS, reverse=True)
    assert page.index("<h2>September 2025</h2>") < page.index("<h2>August 2025</h2>")
    assert "Shanghai Composite Index +0.30%" in page  # each day's headline


def test_day_pages_link_previous_and_next(archive):
    nav = {}
    for day in DAYS:
        html = (archive / day / "brief.html").read_text(encoding="utf-8")
        prev, next_ = re.findall(r'rel="prev" href="\.\./([\d-]+)/', html), re.findall(r'rel="next" href="\.\./([\d-]+)/', html)
        # the same links at the top of the page and at its bottom
        assert len(prev) in (0, 2) and len(set(prev)) <= 1 and len(next_) in (0, 2) and len(set(next_)) <= 1
        assert html.count('<nav class="daynav">') == 2 and html.rindex('<nav class="daynav">') > html.index('class="appendix"')
        nav[day] = (sorted(set(prev)), sorted(set(next_)))
        assert 'href="../index.html"' in html and 'href="../search.html"' in html
    assert nav == {"2025-08-29": ([], ["2025-09-15"]), "2025-09-15": (["2025-08-29"], ["2025-09-16"]),
                   "2025-09-16": (["2025-09-15"], ["2025-09-17"]), "2025-09-17": (["2025-09-16"], [])}


def test_feed_is_valid_atom_and_sitemap_lists_every_page(archive):
    feed = feedparser.parse((archive / "feed.xml").read_text(encoding="utf-8"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert [e.id for e in feed.entries] == [f"urn:briefs:market-brief:{d}" for d in sorted(DAYS, reverse=True)]
    assert feed.entries[0].link == "2025-09-17/brief.html"
    sitemap = (archive / "sitemap.xml").read_text(encoding="utf-8")
    assert all(f"<loc>{d}/brief.html</loc>" in sitemap for d in DAYS)
    assert not re.search(r'(href|src)="(/|https?:)', (archive / "index.html").read_text(encoding="utf-8"))


def test_rebuild_gives_the_same_archive_as_the_incremental_updates(archive, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(archive, copy)
    before = {p.relative_to(copy): p.read_bytes() for p in copy.rglob("*") if p.is_file() and p.suffix in (".html", ".xml", ".js", ".json")}
    result = CliRunner().invoke(main, ["archive", "--out", str(copy)])
    assert result.exit_code == 0 and "4 days" in result.output
    after = {p.relative_to(copy): p.read_bytes() for p in copy.rglob("*") if p.is_file() and p.suffix in (".html", ".xml", ".js", ".json")}
    assert after == before


def test_search_index_holds_headlines_themes_and_instruments(archive):
    index = json.loads((archive / "search-index.json").read_text(encoding="utf-8"))
    day = next(d for d in index if d["date"] == "2025-09-16")
    assert "Loongson" in day["instruments"] and "688047.SH" in day["instruments"]
    assert "Robotics & humanoids" in day["themes"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"])
        yield chromium
        chromium.close()


def test_archive_in_headless_chromium(archive, browser):
    page = browser.new_page()
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto((archive / "index.html").as_uri())
    assert page.title() == "Market Brief · archive"
    links = page.locator("ul.days a")
    assert links.count() == 4
    links.first.click()
    assert page.url.endswith("2025-09-17/brief.html")
    assert page.title() == "Market Brief · Sep 17, 2025"
    page.click('a[rel="prev"]')
    assert page.url.endswith("2025-09-16/brief.html")
    assert page.locator("svg").count() >= 2  # inline charts render
    page.click("nav.daynav >> text=Search")
    assert page.url.endswith("search.html")
    page.fill("#q", "loongson")
    results = page.locator("#results a")
    assert [results.nth(i).inner_text() for i in range(results.count())] == ["2025-09-16"]
    page.fill("#q", "robotics cambricon")  # every word must match
    assert page.locator("#results li").count() == 4
    page.fill("#q", "机器人")
    assert page.locator("#results li").count() == 4
    page.fill("#q", "no such thing")
    assert page.locator("#results li").count() == 0 and page.locator("#count").inner_text() == "0 days"
    page.fill("#q", "")
    page.click("text=Archive")
    assert page.url.endswith("index.html")
    assert errors == []
    page.close()


def test_day_page_reads_on_a_phone(archive, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto((archive / "2025-09-16" / "brief.html").as_uri())
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1  # nothing forces sideways scrolling of the page
    page.close()


def test_a_new_archive_takes_the_days_entry_from_memory_not_its_brief_json(tmp_path):
    # a just-built day's brief.json can be large: the first archive of an output folder must not read it back
    from datetime import date

    from briefs.archive import update_archive

    (tmp_path / "2025-09-16").mkdir()
    (tmp_path / "2025-09-16" / "brief.json").write_text("not read", encoding="utf-8")
    entry = {"date": "2025-09-16", "market": "cn", "title": "Market Brief", "generated": "2025-09-16T16:00:00+00:00",
             "headline": "Chip stocks lead", "points": [], "themes": [], "instruments": [], "moves": []}
    assert update_archive(tmp_path, [date(2025, 9, 16)], entries={"2025-09-16": entry}) == ["2025-09-16"]
    assert "Chip stocks lead" in (tmp_path / "index.html").read_text(encoding="utf-8")
