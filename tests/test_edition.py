"""The Chinese editions: catalogs complete and compiled, figures and dates written by Babel, and every
output (page, PDF, email, archive, feed) in the edition's language."""
from __future__ import annotations

import email
import io
import re
import shutil
from email.policy import default as default_policy
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from click.testing import CliRunner

from briefs.cli import main
from briefs.edition import LOCALE_DIR, Edition
from tests.archive_days import write_day
from tests.conftest import ROOT, SAMPLE_EPOCH

CATALOGS = sorted(LOCALE_DIR.glob("*/LC_MESSAGES/briefs.po"))
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "N_plural": (1, 2), "count": (2, 3),
            "plural_text": (1, 2)}
# words a Chinese page may keep: the fund type, AI as Chinese writes it, the product and file names
ALLOWED_LATIN = {"ETF", "AI", "briefs", "brief", "json", "Atom"}
CODE = re.compile(r"\b[0-9A-Z]{1,6}\.(?:SH|SZ|BJ|HK|US|CSI)\b")


def extracted_messages() -> set:
    """The messages the code and templates use now, extracted as `make messages` does."""
    with (LOCALE_DIR / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found = set()
    for _, _, message, _, _ in extract_from_dir(str(ROOT), method_map, options_map, keywords=KEYWORDS):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


def test_there_is_a_simplified_and_a_hong_kong_catalog():
    assert {p.parent.parent.name for p in CATALOGS} >= {"zh_Hans", "zh_Hant_HK"}


@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda p: p.parent.parent.name)
def test_catalog_translates_every_message_with_the_same_placeholders(po_path):
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    translated = {}
    for message in catalog:
        if not message.id:
            continue
        assert not message.fuzzy, f"fuzzy translation of {message.id!r}"
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"untranslated: {message.id!r}"
        key = message.id if isinstance(message.id, str) else tuple(message.id)
        ids = key if isinstance(key, tuple) else (key,)
        wanted = set(re.findall(r"%\(\w+\)s", ids[-1]))
        assert all(set(re.findall(r"%\(\w+\)s", s)) == wanted for s in strings), message.id
        translated[key] = strings
    missing = extracted_messages() - set(translated)
    assert not missing, f"messages without a translation in {po_path}: {sorted(map(str, missing))}"


@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda p: p.parent.parent.name)
def test_compiled_catalog_matches_its_source(po_path):
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    assert po_path.with_suffix(".mo").read_bytes() == compiled.getvalue(), "run `make messages`"


def test_figures_and_dates_are_written_by_the_locale():
    english, simplified, hong_kong = Edition.of("en"), Edition.of("zh"), Edition.of("zh_Hant_HK")
    assert english.amount(2.06e12, "CNY") == "2.06 trillion CNY"
    assert simplified.amount(2.06e12, "CNY") == "2.06万亿元"
    assert simplified.amount(1830e8, "CNY") == "1830亿元"
    assert simplified.amount(20.32e6, "CNY") == "2032万元"
    assert hong_kong.amount(2.06e12, "HKD") == "2.06萬億港元"
    assert hong_kong.amount(1830e8, "HKD") == "1830億港元"
    assert Edition.of("en", "chinese").amount(2.06e12, "CNY") == "2.06万亿元"  # the number_style key still works
    assert Edition.of("zh", "western").amount(2.06e12, "CNY") == "2.06 trillion CNY"
    assert simplified.date("2025-09-16") == "2025年9月16日星期二"
    assert english.date("2025-09-16") == "Tuesday, September 16, 2025"
    assert simplified.integer(3600) == "3600" and english.integer(3600) == "3,600"


def visible_words(html: str) -> set[str]:
    """Latin words a reader sees on a page, leaving out what is shown as written: quoted article text,
    names and codes (marked translate="no"), and scripts, styles and charts."""
    from html.parser import HTMLParser

    class Visible(HTMLParser):
        def __init__(self):
            super().__init__()
            self.hidden: list[bool] = []
            self.text: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag in ("br", "img", "meta", "link", "input", "hr", "wbr"):
                return
            inside = bool(self.hidden and self.hidden[-1])
            self.hidden.append(inside or dict(attrs).get("translate") == "no"
                               or tag in ("script", "style", "svg", "title"))

        def handle_endtag(self, tag):
            if tag not in ("br", "img", "meta", "link", "input", "hr", "wbr") and self.hidden:
                self.hidden.pop()

        def handle_data(self, data):
            if not (self.hidden and self.hidden[-1]):
                self.text.append(data)

    parser = Visible()
    parser.feed(html)
    text = CODE.sub(" ", " ".join(parser.text))
    return set(re.findall(r"[A-Za-z]{2,}", text))


def build(out: Path, language: str, *args: str) -> Path:
    config = out.parent / f"{language}.toml"
    config.write_text(f'language = "{language}"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--out", str(out), "--config", str(config), *args],
                                env={"SOURCE_DATE_EPOCH": SAMPLE_EPOCH}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def chinese_day(tmp_path_factory):
    return build(tmp_path_factory.mktemp("zh") / "out", "zh") / "2025-09-16"


def test_chinese_page_has_no_english_words_left(chinese_day):
    html = (chinese_day / "brief.html").read_text(encoding="utf-8")
    assert '<html lang="zh-Hans">' in html
    assert visible_words(html) <= ALLOWED_LATIN, visible_words(html) - ALLOWED_LATIN


def test_chinese_page_writes_dates_amounts_and_headline_in_chinese(chinese_day):
    html = (chinese_day / "brief.html").read_text(encoding="utf-8")
    assert "<h1>市场简报 · 2025年9月16日星期二</h1>" in html
    assert "2.34万亿元" in html and "上涨3600家" in html and "640亿元" in html
    headline = re.search(r'<p class="headline">(.*?)<', html).group(1)
    # built in Chinese from the same stated figures as the English one
    assert headline == "上证指数涨0.04%，机器人与机械板块领涨，机器人ETF涨3.42%。"
    assert "<h2>板块</h2>" in html and ">半导体<" in html and ">龙芯中科<" in html
    assert "生成于2025年9月17日 00:00（北京时间）" in html


def test_chinese_pdf_has_chinese_language_headings_bookmarks_and_footer(chinese_day):
    from pypdf import PdfReader

    reader = PdfReader(chinese_day / "brief.pdf")
    assert reader.trailer["/Root"]["/Lang"] == "zh-Hans"
    bookmarks = [item.title for item in reader.outline if not isinstance(item, list)]
    assert bookmarks[:6] == ["指数", "领涨与领跌板块", "涨跌幅居前", "成交与涨跌家数", "图表", "板块"]
    assert all(re.search(r"[\u4e00-\u9fff]", title) for title in bookmarks)
    first = reader.pages[0].extract_text()
    assert "市场简报 · 2025年9月16日星期二" in first and "第 1 页，共" in first


def test_chinese_email_subject_and_both_parts_are_chinese(chinese_day):
    message = email.message_from_bytes((chinese_day / "brief.eml").read_bytes(), policy=default_policy)
    assert message["Subject"] == "市场简报 2025-09-16：上证指数涨0.04%，机器人与机械板块领涨"
    text = message.get_body(("plain",)).get_content()
    lines = text.splitlines()
    assert "指数" in lines and "成交与涨跌家数" in lines and "2.34万亿元" in text
    html = message.get_body(("html",)).get_content()
    assert 'lang="zh-Hans"' in html and visible_words(html) <= ALLOWED_LATIN


def test_hong_kong_edition_writes_traditional_characters_and_its_own_magnitudes(tmp_path):
    day = build(tmp_path / "out", "zh_Hant_HK", "--format", "html,json") / "2025-09-16"
    html = (day / "brief.html").read_text(encoding="utf-8")
    assert '<html lang="zh-Hant-HK">' in html
    assert "市場簡報" in html and "2.34萬億元" in html and "640億元" in html
    assert "上證指數漲0.04%" in html and "板塊" in html
    # names in traditional characters, never in Hong Kong vocabulary: a fund's name stays its name
    assert "科創芯片ETF" in html and "晶片" not in html
    assert visible_words(html) <= ALLOWED_LATIN


@pytest.fixture(scope="module")
def chinese_archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("zh-archive")
    feeds, out = root / "feeds", root / "out"
    (root / "zh.toml").write_text('language = "zh"\n', encoding="utf-8")
    for day, move in (("2025-09-15", 2.0), ("2025-09-16", 3.0)):
        write_day(feeds, day, move, extra="Loongson rose 5%." if day == "2025-09-16" else "")
        result = CliRunner().invoke(main, ["build", "--input", str(feeds / "{date}"), "--date", day, "--out", str(out),
                                           "--format", "html,json", "--config", str(root / "zh.toml")],
                                    env={"SOURCE_DATE_EPOCH": SAMPLE_EPOCH}, catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return out


def test_chinese_archive_pages_and_feed(chinese_archive):
    import feedparser

    index = (chinese_archive / "index.html").read_text(encoding="utf-8")
    assert '<html lang="zh-Hans">' in index and "<h2>2025年9月</h2>" in index and "2天" in index
    assert visible_words(index) <= ALLOWED_LATIN
    feed = feedparser.parse((chinese_archive / "feed.xml").read_text(encoding="utf-8"))
    assert not feed.bozo and feed.feed.title == "市场简报"
    assert feed.entries[0].title == "市场简报 · 2025年9月16日"


def test_chinese_names_are_found_by_the_archive_search_in_chromium(chinese_archive):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"])
        page = chromium.new_page()
        page.goto((chinese_archive / "search.html").as_uri())
        assert page.locator("h1").inner_text() == "搜索"
        page.fill("#q", "寒武纪")
        results = page.locator("#results a")
        assert sorted(results.nth(i).inner_text() for i in range(results.count())) == ["2025-09-15", "2025-09-16"]
        assert page.locator("#count").inner_text() == "2天"
        page.fill("#q", "龙芯中科")
        assert [results.nth(i).inner_text() for i in range(results.count())] == ["2025-09-16"]
        assert page.locator("#count").inner_text() == "1天"
        chromium.close()
