"""What a desk sends: a PDF whose first page is a front page, a newsletter-sized email, a shareable
archive, and charts a phone can read. Built with the sample day and a desk's config."""
from __future__ import annotations

import email
import re
import shutil
import subprocess
from email.policy import default as default_policy
from urllib.parse import quote

import feedparser
import pytest
from click.testing import CliRunner

from briefs.cli import main
from tests.conftest import SAMPLE_EPOCH

DESK = """
site_url = "https://briefs.example.com/"
disclaimer = "For information only; not investment advice."
[desk]
name = "Markets Desk"
contact = "desk@example.com"
[email]
to = ["reader@example.com"]
unsubscribe = "unsubscribe@example.com"
"""


def build(root, language: str = "en", config: str = DESK):
    (root / "briefs.toml").write_text(f'language = "{language}"\n' + config, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--out", str(root / "out"), "--config", str(root / "briefs.toml")],
                                env={"SOURCE_DATE_EPOCH": SAMPLE_EPOCH}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return root / "out" / "2025-09-16"


@pytest.fixture(scope="module", params=["en", "zh"])
def desk_day(request, tmp_path_factory):
    return request.param, build(tmp_path_factory.mktemp(f"desk-{request.param}"), request.param)


def pdf_text(pdf, first: int, last: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(first), "-l", str(last), str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


FRONT = {"en": ["Indices", "Leading and lagging sectors", "Top movers", "Turnover and breadth"],
         "zh": ["指数", "领涨与领跌板块", "涨跌幅居前", "成交与涨跌家数"]}


def test_pdf_page_one_is_a_front_page_and_the_day_fits_six_pages(desk_day):
    language, day = desk_day
    from pypdf import PdfReader

    pages = len(PdfReader(day / "brief.pdf").pages)
    assert pages <= 6, f"{pages} pages"
    first = pdf_text(day / "brief.pdf", 1, 1)
    lines = [line.strip() for line in first.splitlines()]
    assert all(heading in lines for heading in FRONT[language]), lines
    headline = "Shanghai Composite Index +0.04%" if language == "en" else "上证指数涨0.04%"
    assert headline in first and "Markets Desk" in first and "desk@example.com" in first
    disclaimer = "For information only; not investment advice."
    assert disclaimer in first.replace("\n", " ")
    # three to five key points, each with its footnotes
    points = re.findall(r"^• (.+)$", first, re.MULTILINE)
    assert 3 <= len(points) <= 5, points
    # the detail sections are not on the front page; the appendix is last
    assert "Appendix" not in first and "附录" not in first
    end = pdf_text(day / "brief.pdf", pages - 1, pages)
    assert "Appendix: sources" in end or "附录：来源" in end


def test_email_is_a_newsletter(desk_day):
    language, day = desk_day
    raw = (day / "brief.eml").read_bytes()
    message = email.message_from_bytes(raw, policy=default_policy)
    expected = {"en": "Market Brief 2025-09-16: Shanghai Composite Index +0.04%, robotics & machinery led",
                "zh": "市场简报 2025-09-16：上证指数涨0.04%，机器人与机械板块领涨"}[language]
    assert message["Subject"] == expected
    assert message["List-Unsubscribe"] == "<mailto:unsubscribe@example.com>"
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    assert len(html.encode("utf-8")) <= 60 * 1024 and len(text.encode("utf-8")) <= 8 * 1024
    headline = re.search(r'<p class="headline"[^>]*>(.*?)<', html).group(1)
    # the preheader is the first text of the body, hidden, and it is the headline
    preheader = re.search(r'<body[^>]*>\s*<div class="preheader" style="([^"]*)"[^>]*>(.*?)</div>', html, re.S)
    assert preheader and "display:none" in preheader.group(1).replace(" ", "") and preheader.group(2) == headline
    images = [part for part in message.walk() if part.get_content_type() == "image/png"]
    assert 1 <= len(images) <= 2 and len(re.findall(r'src="cid:', html)) == len(images)
    link = "https://briefs.example.com/2025-09-16/brief.html"
    assert f'href="{link}"' in html and link in text
    assert message.get_payload()[1].get_content_type() == "application/pdf"  # attach_pdf defaults to true
    # the front page only: no detail sections, no appendix
    assert 'id="catalysts"' not in html and 'id="themes"' not in html and "Appendix" not in html
    assert "Markets Desk" in html and "For information only" in html


def test_email_without_desk_config_has_no_unsubscribe_or_link(tmp_path):
    day = build(tmp_path, "en", config="")
    message = email.message_from_bytes((day / "brief.eml").read_bytes(), policy=default_policy)
    assert message["List-Unsubscribe"] is None
    html = message.get_body(("html",)).get_content()
    assert "brief.html" not in html and 'class="cta"' not in html and 'class="disclaimer"' not in html


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"])
        yield browser
        browser.close()


def test_email_reads_in_a_600_pixel_column(desk_day, chromium, tmp_path):
    language, day = desk_day
    message = email.message_from_bytes((day / "brief.eml").read_bytes(), policy=default_policy)
    page_file = tmp_path / "email.html"
    page_file.write_text(message.get_body(("html",)).get_content(), encoding="utf-8")
    page = chromium.new_page(viewport={"width": 600, "height": 900})
    page.goto(page_file.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 600
    assert page.locator(".preheader").is_hidden()
    page.screenshot(path=str(tmp_path / "email-600.png"), full_page=True)
    assert (tmp_path / "email-600.png").stat().st_size > 10_000
    page.close()


def test_page_on_a_phone_has_no_sideways_scroll_and_legible_charts(desk_day, chromium):
    language, day = desk_day
    page = chromium.new_page(viewport={"width": 390, "height": 844})
    page.goto((day / "brief.html").as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    # each chart's smallest text: matplotlib writes a text of size s points as glyph paths scaled by s/100
    sizes = page.evaluate("""() => [...document.querySelectorAll('figure svg')].map(svg => {
        const drawn = svg.getBoundingClientRect().width;
        const natural = parseFloat(svg.getAttribute('width'));
        const scales = [...svg.querySelectorAll('g[transform*="scale("]')]
            .map(g => /scale\\(([0-9.]+) -/.exec(g.getAttribute('transform')))
            .filter(Boolean).map(m => parseFloat(m[1]) * 100);
        return {drawn, natural, smallest: Math.min(...scales)};
    })""")
    assert len(sizes) >= 3
    for chart in sizes:
        pixels = chart["smallest"] * chart["drawn"] / chart["natural"]
        assert pixels >= 9, chart
    page.close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The sample day in a Chinese desk's archive."""
    root = tmp_path_factory.mktemp("desk-archive")
    build(root, "zh")
    return root / "out"


def test_shared_search_url_shows_days_headlines_and_moves(archive, chromium):
    page = chromium.new_page()
    page.goto((archive / "search.html").as_uri() + "?q=" + quote("龙芯中科"))
    assert page.locator("#q").input_value() == "龙芯中科"
    results = page.locator("#results li")
    assert results.count() == 1
    shown = results.first.inner_text()
    assert "2025-09-16" in shown and "上证指数涨0.04%" in shown  # the day and its headline
    assert "龙芯中科 +13.67%（盘中）" in shown  # the instrument it names, with its move as stated
    page.fill("#q", "海光信息")
    assert "q=" + quote("海光信息") in page.evaluate("location.href")  # the address follows the search
    page.close()


def test_latest_points_at_the_newest_day_and_the_feed_has_headline_and_points(archive, chromium):
    page = chromium.new_page()
    page.goto((archive / "latest.html").as_uri())
    page.wait_for_url("**/2025-09-16/brief.html")
    assert page.locator("h1").inner_text().startswith("市场简报")
    page.close()
    assert (archive / "latest" / "index.html").read_text(encoding="utf-8").count("../2025-09-16/brief.html") >= 2
    feed = feedparser.parse((archive / "feed.xml").read_text(encoding="utf-8"))
    entry = feed.entries[0]
    assert entry.summary.startswith("上证指数涨0.04%")
    content = entry.content[0].value
    assert "<li>指数：上证指数涨0.04%" in content and content.count("<li>") >= 3


def test_a_large_day_keeps_its_front_page_on_page_one(tmp_path):
    """Many indices, sectors and movers: the front page shows the first indices and says how many more,
    and its sections all stay on page 1; the rest are in the details."""
    from benchmarks.synthetic import synthetic_day, write_day

    write_day(synthetic_day(300), tmp_path / "feed")
    (tmp_path / "briefs.toml").write_text(DESK, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--input", str(tmp_path / "feed"), "--date", "2025-09-16",
                                       "--out", str(tmp_path / "out"), "--config", str(tmp_path / "briefs.toml"),
                                       "--format", "html,pdf,json"],
                                env={"SOURCE_DATE_EPOCH": SAMPLE_EPOCH}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    day = tmp_path / "out" / "2025-09-16"
    first = [line.strip() for line in pdf_text(day / "brief.pdf", 1, 1).splitlines()]
    assert {"Indices", "Leading and lagging sectors", "Top movers"} <= set(first)
    assert any(re.fullmatch(r"and \d+ more indices", line) for line in first)
    html = (day / "brief.html").read_text(encoding="utf-8")
    assert 'id="all-indices"' in html and 'href="#all-indices"' in html
