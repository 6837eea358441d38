"""Loading: every input form becomes Article records; bad input is named and skipped."""
from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from briefs.errors import InputError
from briefs.load import load_articles
from tests.conftest import ROOT, SEEDS

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = date(2025, 9, 16)
FIXTURES = ROOT / "tests" / "fixtures"


def test_results_page_splits_articles_including_one_without_outlet():
    articles = load_articles([str(FIXTURES / "results-page.txt")], SHANGHAI, DAY)
    assert [(a.title, a.outlet) for a in articles] == [
        ("机器人ETF午后拉升 成分股多数上涨", "Sample Wire"),
        ("人形机器人量产在即,产业链迎来订单潮", ""),
        ("Gold extends record run", "Harbour Markets Wire"),
    ]
    assert articles[0].published.isoformat() == "2025-09-16T13:45:00+08:00"
    assert articles[1].published is None
    assert articles[0].origin.endswith("results-page.txt:5")
    assert all("Search documents" not in a.body and "icon" not in a.body.split() for a in articles)


def test_single_article_with_year_less_date_and_furniture():
    (article,) = load_articles([str(FIXTURES / "single-article.txt")], SHANGHAI, DAY)
    assert article.title.startswith("Chip designers rally")
    assert article.outlet == "East Bund Research"
    assert article.published.isoformat() == "2025-09-16T00:00:00+08:00"
    assert article.language == "en"
    assert "免责声明" not in article.body and "热议股票" not in article.body
    assert not article.body.rstrip().endswith("2")  # the empty numbered list is gone
    assert "Hygon rose 10.32%" in article.body


def test_jsonl_aliases_languages_and_stable_ids(tmp_path):
    records = [
        {"headline": "沪指收涨", "source": "测试日报", "date": "2025-09-16 15:00", "content": "沪指收涨0.04%。"},
        {"title": "Mixed", "outlet": "Wire", "published": "2025-09-16T07:00:00Z", "url": "https://a.example/x",
         "body": "Hygon rose 10.32% while 中科曙光 hit 涨停 and 海光信息 surged in 上海交易所 trading today."},
    ]
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    first = load_articles([str(path)], SHANGHAI, DAY)
    again = load_articles([str(path)], SHANGHAI, DAY)
    assert [a.id for a in first] == [a.id for a in again]
    assert first[0].outlet == "测试日报" and first[0].language == "zh"
    assert first[0].published.isoformat() == "2025-09-16T15:00:00+08:00"
    assert first[1].published.isoformat() == "2025-09-16T07:00:00+00:00"
    assert first[1].language == "mixed"


def test_bad_records_are_named_and_the_rest_loads(tmp_path, expect_warnings):
    expect_warnings(r"day\.jsonl:2: malformed JSON", r"day\.jsonl:3: record has no body",
                    r"day\.jsonl:4: unparseable date")
    path = tmp_path / "day.jsonl"
    path.write_text(
        '{"title": "ok", "body": "沪指收涨0.04%。", "published": "2025-09-16 15:00"}\n'
        '{"title": "broken", \n'
        '{"title": "no body"}\n'
        '{"title": "bad date", "body": "text", "published": "someday"}\n',
        encoding="utf-8",
    )
    articles = load_articles([str(path)], SHANGHAI, DAY)
    assert [a.title for a in articles] == ["ok", "bad date"]


def test_empty_and_binary_files_warn(tmp_path, expect_warnings):
    expect_warnings(r"empty\.txt: empty file", r"blob\.bin: binary file")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "ok.txt").write_text("Title line\n\nBody line that is the article text.\n")
    articles = load_articles([str(tmp_path)], SHANGHAI, DAY)
    assert [a.title for a in articles] == ["Title line"]


def test_invalid_utf8_names_the_line(tmp_path, expect_warnings):
    expect_warnings(r"bad\.txt:3: invalid UTF-8")
    (tmp_path / "bad.txt").write_bytes("Title\n\nfirst\xff line\n".encode("latin-1"))
    (article,) = load_articles([str(tmp_path / "bad.txt")], SHANGHAI, DAY)
    assert "first" in article.body


def test_glob_that_matches_nothing_is_an_error(tmp_path):
    with pytest.raises(InputError):
        load_articles([str(tmp_path / "*.jsonl")], SHANGHAI, DAY)


def test_markup_in_titles_is_kept_as_text(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"title": "<script>alert(1)</script>", "body": "<b>bold</b> text"}) + "\n")
    (article,) = load_articles([str(path)], SHANGHAI, DAY)
    # (a body with real markup is a fragment of HTML: its text is the article, its tags are not)
    assert article.title == "<script>alert(1)</script>" and article.body == "bold text"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus/seeds is not beside this checkout")
def test_seed_results_page_gives_ten_articles():
    articles = load_articles([str(SEEDS / "002_f003c3a50ada1e29.txt")], SHANGHAI, DAY)
    assert len(articles) == 10
    assert [a.outlet for a in articles].count("") == 1
    untitled = next(a for a in articles if not a.outlet)
    assert untitled.title == "并购方案生变,慧博云通“迂回”入局算力"
    assert articles[0].title == "ETF日报:若金价在短期出现调整,可以考虑逢低布局"
    assert articles[0].outlet == "Xin Lang Ji Jin"
    assert articles[0].published.isoformat() == "2025-09-16T12:13:00+08:00"
    assert articles[-1].outlet == "3 6 Ke" and articles[-1].published.isoformat() == "2025-09-15T10:56:00+08:00"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus/seeds is not beside this checkout")
def test_seed_single_articles():
    (deep,) = load_articles([str(SEEDS / "000_7f3e797e0ed8dbab.txt")], SHANGHAI, date(2025, 9, 12))
    assert deep.outlet == "Deep News" and deep.published.date() == date(2025, 9, 12)
    assert deep.title.startswith("Domestic AI Chips Surge!")
    assert "免責聲明" not in deep.body and "熱議股票" not in deep.body
    (bare,) = load_articles([str(SEEDS / "003_8be4eb465c9b4a92.txt")], SHANGHAI, DAY)
    assert bare.title == "国产算力芯片如此被看好 产业链底气何在?"
    assert bare.outlet == "" and bare.published is None
    assert bare.body.startswith("Core Viewpoint")


def test_hostile_json_values_warn_instead_of_crashing(tmp_path, expect_warnings):
    expect_warnings(r"x\.jsonl:1: unparseable date", r"x\.jsonl:2: JSON nested too deeply",
                    r"x\.jsonl:3: record is not a JSON object")
    path = tmp_path / "x.jsonl"
    path.write_text('{"body": "text", "published": 1e300}\n' + "[" * 100000 + "]" * 100000 + '\n"just a string"\n')
    (article,) = load_articles([str(path)], SHANGHAI, DAY)
    assert article.published is None


def test_json_array_and_pretty_printed_object(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"title": "one", "body": "b1"}, {"title": "two", "body": "b2"}],
                                                indent=2))
    (tmp_path / "b.json").write_text(json.dumps({"title": "three", "body": "b3"}, indent=2))
    assert sorted(a.title for a in load_articles([str(tmp_path)], SHANGHAI, DAY)) == ["one", "three", "two"]


def test_text_dump_furniture_and_repeated_disclaimers(tmp_path):
    page = ("Workflow\nicon\nSearch documents\nHygon jumps on bus protocol\nSample Wire· 2025-09-16 11:00\n"
            "Hygon rose 10.32% on Tuesday.\n\nScroll to Top\n\nComments (3)\n\n发表评论\n\n"
            "免责声明：本文不构成投资建议。\n\n免责声明：本文不构成投资建议。\n\n  1.\n  2.\n")
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    (article,) = load_articles([str(tmp_path / "page.txt")], SHANGHAI, DAY)
    assert article.body == "Hygon rose 10.32% on Tuesday."


@pytest.mark.parametrize("line, outlet, when", [
    ("Harbour Wire · 02:14, June 29, 2018", "Harbour Wire", "2018-06-29T02:14:00+08:00"),
    ("Harbour Financial News | 2025-07-04 12:10", "Harbour Financial News", "2025-07-04T12:10:00+08:00"),
    ("Harbour | Shanghai | Updated: 06-09-2021 14:45 IST", "Harbour", "2021-09-06T14:45:00+05:30"),
    ("By Ann Lee and Bo Chan, Harbour · Nov 11, 2025 4:25 PM ET", "Harbour", "2025-11-11T16:25:00-05:00"),
    ("Harbour Daily, Jan 26 2022", "Harbour Daily", "2022-01-26T00:00:00+08:00"),
    ("港湾财经 2024-02-28 11:33", "港湾财经", "2024-02-28T11:33:00+08:00"),
    ("港湾日报｜2022年04月20日", "港湾日报", "2022-04-20T00:00:00+08:00"),
    ("来源：港湾证券报 2025-07-21 15:30", "港湾证券报", "2025-07-21T15:30:00+08:00"),
    ("Harbour News · June 18, 2025 at 4:30 PM GMT+8", "Harbour News", "2025-06-18T16:30:00+08:00"),
    ("Harbour Watch | June 18, 2025 4:20 p.m. ET", "Harbour Watch", "2025-06-18T16:20:00-04:00"),
    # a label before the time is no outlet
    ("Published: 12 Mar 2026 17:45 HKT", "", "2026-03-12T17:45:00+08:00"),
    ("发布时间：2026-03-12 15:20 来源：港湾证券报", "港湾证券报", "2026-03-12T15:20:00+08:00"),
    # an ISO time with its offset, as written (its "+08:00" is no clock time); a weekday is no outlet
    ("Harbour · 2026-03-12T16:05:00+08:00", "Harbour", "2026-03-12T16:05:00+08:00"),
    ("Thursday, March 12, 2026 - 16:05", "", "2026-03-12T16:05:00+08:00"),
    ("港湾财经 2026-03-12 16:05:00", "港湾财经", "2026-03-12T16:05:00+08:00"),  # seconds after the minutes
])
def test_an_outlet_and_time_line_gives_the_outlet_and_the_publication_time(tmp_path, line, outlet, when):
    path = tmp_path / "a.txt"
    path.write_text(f"Stocks close higher\n{line}\n\nThe Harbour Index rose 1.2% on the day.\n", encoding="utf-8")
    article = load_articles([str(path)], ZoneInfo("Asia/Shanghai"))[0]
    assert (article.outlet, article.published.isoformat()) == (outlet, when)
    assert article.body == "The Harbour Index rose 1.2% on the day."


def test_a_sentence_with_a_date_under_the_title_is_body_not_an_outlet_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Stocks close higher\nThe index rose 2% on June 3, 2025 after data.\n\nMore text.\n",
                    encoding="utf-8")
    article = load_articles([str(path)], ZoneInfo("Asia/Shanghai"))[0]
    assert article.published is None and article.body.startswith("The index rose 2%")


def test_a_link_to_another_story_is_furniture():
    from briefs.load.clean import clean_body

    body = "The HSI closed 1.2% higher.\n\nRelated NewsCICC Lifts HSI Target to 28,000 on Earnings Upgrades\n\n相關新聞：恒指目標上調\n\nEnd."
    assert clean_body(body) == "The HSI closed 1.2% higher.\n\nEnd."


def test_the_headlines_listed_under_a_related_news_label_are_furniture():
    from briefs.load.clean import clean_body

    # the label alone on its line, the other stories' headlines under it (a blank line may come first)
    body = ("The HSI rose 0.6% at midday.\n\nRelated News\n<HK Stock Connect> Southbound Net Buy $3.2B\n"
            "Broker Lifts HSI Target\n\nHSCEI rose 0.8%.\n\n相关新闻\n\n北水半日净买入32亿港元\n\nEnd.")
    assert clean_body(body) == "The HSI rose 0.6% at midday.\n\nHSCEI rose 0.8%.\n\nEnd."
    # "You may also like", "推荐阅读" head such lists too (their headlines had been read as the day's moves); the
    # same words opening a sentence of the article are text
    body = ("The HSI rose 1.2%.\n\nYou may also like\nTencent jumps 5% after earnings beat\n\n推荐阅读\n腾讯大涨5%\n\n"
            "Recommended by analysts, Xiaomi rose 3%.")
    assert clean_body(body) == "The HSI rose 1.2%.\n\nRecommended by analysts, Xiaomi rose 3%."
    # a link's label with its colon, glued to the other story's headline
    body = "The HSI rose 1.2%.\nRelated: Alibaba jumps 5% on cloud deal\n相关：腾讯涨5%\nMore than 3,000 stocks rose."
    assert clean_body(body) == "The HSI rose 1.2%.\nMore than 3,000 stocks rose."


def test_one_article_whose_dateline_has_the_results_page_form_is_one_article(tmp_path):
    # "Outlet · YYYY-MM-DD HH:MM" under the title: one article's dateline, all its paragraphs its body (a results page
    # lists several articles, each with such a line)
    path = tmp_path / "standard.txt"
    path.write_text("Hang Seng slides 180 points\nThe Standard · 2026-11-17 16:40\n\nHong Kong stocks ended lower.\n\n"
                    "Among gainers, Xiaomi (1810) climbed 2.4 percent.\n\nSouthbound investors bought a net HK$6.2 "
                    "billion.\n", encoding="utf-8")
    articles = load_articles([str(path)], ZoneInfo("Asia/Shanghai"))
    assert [(a.title, a.outlet) for a in articles] == [("Hang Seng slides 180 points", "The Standard")]
    assert articles[0].body.endswith("Southbound investors bought a net HK$6.2 billion.")


def test_a_feed_body_in_html_reads_as_its_paragraphs_and_items(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"title": "Hang Seng closes higher", "published": "2026-11-25T16:40:00+08:00",
                                "body": "<p>Hong Kong stocks <strong>closed higher</strong>.</p><ul><li>Budweiser APAC fell "
                                        "3%</li><li>Li Ning lost 1.9%</li></ul><p>Turnover was HK$201.6&nbsp;billion.</p>"}),
                    encoding="utf-8")
    article = load_articles([str(path)], ZoneInfo("Asia/Shanghai"))[0]
    assert article.body.split("\n") == ["Hong Kong stocks closed higher.", "Budweiser APAC fell 3%", "Li Ning lost 1.9%",
                                        "Turnover was HK$201.6 billion."]


def test_a_reposts_original_headline_is_furniture():
    from briefs.load.clean import clean_body

    body = "（原标题：港湾收评：港湾指数涨1.05%）\n\n港湾指数收涨1.05%。\n\n(原標題：港湾收評)"
    assert clean_body(body) == "港湾指数收涨1.05%。"


@pytest.mark.parametrize("published, expected", [
    ("Sep 16, 2025 4:30 PM ET", "2025-09-16T16:30:00-04:00"),  # an outlet-and-time line's form
    ("16 September 2025 15:05 HKT", "2025-09-16T15:05:00+08:00"),
    (1758009900000, "2025-09-16T16:05:00+08:00"),  # milliseconds, as JavaScript feeds write them
    (1758009900, "2025-09-16T16:05:00+08:00"),
])
def test_a_feeds_publication_time_in_the_forms_outlets_write_it(tmp_path, published, expected):
    path = tmp_path / "day.jsonl"
    path.write_text(json.dumps({"title": "t", "body": "沪指收涨0.04%。", "published": published}), encoding="utf-8")
    (article,) = load_articles([str(path)], SHANGHAI, DAY)
    assert article.published.isoformat() == expected


def test_a_results_pages_outlet_lines_may_carry_seconds(tmp_path):
    page = "Workflow\nicon\n港湾收涨\n港湾日报· 2026-03-12 15:05:33\n港湾指数收涨0.4%。\n港湾再涨\n港湾晚报· 2026-03-12 16:10:00\n港湾指数收涨0.8%。\n"
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    got = load_articles([str(tmp_path / "page.txt")], SHANGHAI, DAY)
    assert [(a.outlet, a.published.isoformat()) for a in got] == [
        ("港湾日报", "2026-03-12T15:05:33+08:00"), ("港湾晚报", "2026-03-12T16:10:00+08:00")]


def test_a_feeds_other_common_field_names(tmp_path):
    record = {"headline": "港湾收涨", "site": "港湾日报", "datetime": "2026-03-12T15:05:00+08:00",
              "summary": "港湾指数收涨0.4%。"}
    path = tmp_path / "day.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (article,) = load_articles([str(path)], SHANGHAI, DAY)
    assert (article.outlet, article.published.isoformat(), article.body) == \
        ("港湾日报", "2026-03-12T15:05:00+08:00", "港湾指数收涨0.4%。")


def test_an_outlet_line_with_a_date_without_a_year_takes_the_days_year(tmp_path):
    # "财联社 11-12 15:02" had been an outlet of that name and no publication time
    path = tmp_path / "cls.txt"
    path.write_text("收评：沪指涨0.3%\n财联社 11-12 15:02\n\n沪指收涨0.3%。\n", encoding="utf-8")
    article = load_articles([str(path)], ZoneInfo("Asia/Shanghai"), date(2025, 11, 12))[0]
    assert (article.outlet, article.published) == ("财联社", datetime(2025, 11, 12, 15, 2, tzinfo=ZoneInfo("Asia/Shanghai")))
    path.write_text("Chips rally\nDeep News · 09/12\n\nThe STAR 50 rose 2% in 2025.\n", encoding="utf-8")
    article = load_articles([str(path)], ZoneInfo("Asia/Shanghai"))[0]  # no day: the year the text names
    assert (article.outlet, article.published.date()) == ("Deep News", date(2025, 9, 12))


def test_a_quote_box_scraped_into_a_sentence_goes_and_the_sentence_joins_up():
    from briefs.load.clean import clean_body

    text = ("Mainland insurers led market gainers. PING AN (02318.HK) +3.150 (+4.315%)\n"
            "Short selling $769.86M; Ratio 25.880%\n"
            "soared 4.4% to $76.2; CHINA LIFE (02628.HK) +0.500 (+1.789%)\n"
            "jumped 1.6%.\n\nTencent (00700.HK) rose 1%.")
    assert clean_body(text) == ("Mainland insurers led market gainers. PING AN (02318.HK) soared 4.4% to $76.2; "
                                "CHINA LIFE (02628.HK) jumped 1.6%.\n\nTencent (00700.HK) rose 1%.")
