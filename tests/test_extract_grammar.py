"""Extraction by the shape of the text: one test per construction of issue 11, in both languages.

The sentences are written here; the names in them are mostly ones the reference lacks, so the
subject must come from the sentence's structure.
"""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from briefs.extract import article_facts, sentence_facts
from briefs.extract.reference import load_reference
from briefs.load import sniff
from briefs.records import Article, detect_language


def moves(sentence: str) -> list[tuple]:
    return [(f.subject, f.code, f.value, f.qualifier) for f in sentence_facts(sentence, "a", load_reference())
            if f.metric == "pct_change"]


def amounts(sentence: str) -> list[tuple]:
    return [(f.subject, f.metric, f.value, f.unit) for f in sentence_facts(sentence, "a", load_reference())
            if f.metric in ("turnover", "net_inflow")]


def facts_on(sentence: str, day: date) -> list:
    """The facts of one sentence of an article about ``day`` (its weekday and date known)."""
    from briefs.extract.subjects import ArticleContext

    context = ArticleContext(ref=load_reference())
    context.day, context.weekday = day, day.weekday()
    return sentence_facts(sentence, "a", load_reference(), context)


def published(title: str, body: str, when: str) -> list:
    """The facts of an article published at ``when`` (Beijing time, "2025-11-26 16:45")."""
    moment = datetime.fromisoformat(when).replace(tzinfo=ZoneInfo("Asia/Shanghai"))
    article = Article(id="a", origin="t.txt", title=title, outlet="Wire", url="", body=body, published=moment,
                      language=detect_language(body))
    return article_facts(article, load_reference())


@pytest.mark.parametrize("sentence, subject, value", [
    ("GANFENGLITHIUM (01772.HK) tumbled 4.2%.", "GANFENGLITHIUM", -4.2),
    ("MELCO INT'L DEV (00200.HK) rose 2.1% at midday.", "MELCO INT'L DEV", 2.1),
    ("Quarry Robotics Holdings jumped 6.5% after the deal.", "Quarry Robotics Holdings", 6.5),
    ("Shares of Harbor Lights Inc. slid 3.3%.", "Harbor Lights Inc.", -3.3),
    ("Tallow Mills (Symbol: TLW) is up 1.2% on the day.", "Tallow Mills", 1.2),
    ("The Acme Biotech Index fell 0.7%.", "Acme Biotech Index", -0.7),
    ("星河材料（滬：６８８９９１）漲１﹒１４％。", "星河材料", 1.14),
    ("*ST远洋跌停。", "*ST远洋", -5.0),
    ("云帆科技-W收涨2.3%。", "云帆科技-W", 2.3),
])
def test_names_the_reference_lacks_found_by_shape(sentence, subject, value):
    got = moves(sentence)
    assert [(s, v) for s, _, v, _ in got] == [(subject, value)]


def test_unknown_names_keep_their_code_market_and_kind():
    fact = sentence_facts("Northgate Copper ETF (NGCX) gained 2%.", "a", load_reference())[0]
    assert (fact.code, fact.market, fact.kind) == ("NGCX", "us", "etf")
    fact = sentence_facts("星河材料（688991）涨停。", "a", load_reference())[0]
    assert (fact.code, fact.market, fact.kind, fact.value) == ("688991.SH", "cn", "stock", 20.0)


@pytest.mark.parametrize("sentence, expected", [
    ("Pine Ridge, Oakmont and Birchfield all rose over 2%.",
     [("Pine Ridge", 2.0), ("Oakmont", 2.0), ("Birchfield", 2.0)]),
    ("Pine Ridge and Oakmont fell 4% and 4.3%, respectively.", [("Pine Ridge", -4.0), ("Oakmont", -4.3)]),
    ("Pine Ridge, Oakmont and Birchfield fell 1.1 percent, 2.2 percent and 3.3 percent respectively.",
     [("Pine Ridge", -1.1), ("Oakmont", -2.2), ("Birchfield", -3.3)]),
    ("Pine Ridge and Oakmont rose about 3.5% each.", [("Pine Ridge", 3.5), ("Oakmont", 3.5)]),
    ("星河材料、云帆科技、北辰电子涨停。", [("星河材料", 10.0), ("云帆科技", 10.0), ("北辰电子", 10.0)]),
    ("星河材料、云帆科技均涨逾3%。", [("星河材料", 3.0), ("云帆科技", 3.0)]),
    ("星河材料、云帆科技、北辰电子涨幅都在6%以上。", [("星河材料", 6.0), ("云帆科技", 6.0), ("北辰电子", 6.0)]),
    ("恒指、国指分别下跌0.23%及0.13%。", [("恒指", -0.23), ("国指", -0.13)]),
])
def test_shared_figures_and_lists(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_verbless_continuations_and_pointers():
    assert [(s, v) for s, _, v, _ in moves("Kestrel Foods slid 2%, followed by Wren Dairy 0.10 percent lower.")] == \
        [("Kestrel Foods", -2.0), ("Wren Dairy", -0.1)]
    # letters in brackets are a ticker only when the reference knows them ("(AI)" is no code); digits always are
    body = "Kestrel Foods (02999.HK) reported results. The stock plunged 5.5% to 69.9 dollars."
    facts = article_facts(Article("a", "", "", None, "", "en", body, "x"), load_reference())
    assert [(f.subject, f.value) for f in facts] == [("Kestrel Foods", -5.5)]
    facts = article_facts(Article("a", "", "", None, "", "zh", "长江指数回落0.6%。该指数此前连涨5日，昨日更是上涨4.5%。",
                                  "x"), load_reference())
    assert [(f.subject, f.value, f.qualifier) for f in facts] == [("长江指数", -0.6, ""),
                                                                   ("长江指数", 4.5, "previous_session")]


def test_points_then_percent_and_percent_forms():
    got = sentence_facts("The Blue Ridge Average lost 626.15 points, or 1.5%, to 40,936.93.", "a", load_reference())
    assert [(f.subject, f.value) for f in got if f.metric == "pct_change"] == [("Blue Ridge Average", -1.5)]
    assert [v for _, _, v, _ in moves("Oakmont rose 1. 42 percent.")] == [1.42]
    assert [v for _, _, v, _ in moves("Oakmont rose 2.1 per cent.")] == [2.1]
    assert [v for _, _, v, _ in moves("星河材料跌幅为0.51%。")] == [-0.51]
    assert [(s, v) for s, _, v, _ in moves("综合(+3.45%)领涨。")] == [("综合", 3.45)]


def test_limits_from_the_code_and_streak_words():
    assert [v for _, _, v, _ in moves("北辰电子（300999）涨停。")] == [20.0]
    assert [v for _, _, v, _ in moves("北辰电子（832999）涨停。")] == [30.0]
    assert [v for _, _, v, _ in moves("北辰电子（600999）跌停。")] == [-10.0]
    assert [(v, q) for _, _, v, q in moves("西湖证券4天3板。")] == [(10.0, "limit_up")]
    assert [(v, q) for _, _, v, q in moves("西湖证券3连板。")] == [(10.0, "limit_up")]
    assert [v for _, _, v, _ in moves("星辰芯片ETF(159999)涨停。")] == [10.0]
    assert moves("西湖证券接近涨停。") == []
    assert [v for _, _, v, _ in moves("Oakmont (600999) rose by the daily limit.")] == [10.0]


@pytest.mark.parametrize("sentence, qualifier", [
    ("Oakmont rose 2% in afternoon trade.", "intraday"),
    ("Oakmont was up 2% by late morning.", "intraday"),
    ("星河材料早盘涨2%。", "intraday"),
    ("截至14:00，星河材料涨2%。", "intraday:14:00"),
    ("星河材料一度涨超8%。", "intraday_high:at_least"),
    ("Oakmont closed up 2%.", "close"),
    ("Oakmont has gained 31.27% so far this year.", "ytd"),
    ("Oakmont is up 13% in 2025.", "ytd"),
    ("Oakmont rose 5% over the past 20 trading days.", "streak:20"),
    ("星河材料本周累计上涨5.3%。", "weekly"),
    ("星河材料昨日上涨4.5%。", "previous_session"),
])
def test_when_a_figure_holds(sentence, qualifier):
    assert [q for _, _, _, q in moves(sentence)] == [qualifier]


def test_midday_titles_make_figures_intraday():
    article = Article("a", "午评：创业板指跌0.3%", "", None, "", "zh", "截至午间收盘，北辰电子涨3%。", "x")
    assert {f.qualifier for f in article_facts(article, load_reference())} == {"intraday"}


@pytest.mark.parametrize("sentence", [
    "The 10-year yield rose 5% from a month ago.",
    "Short-selling ratio rose to 12%.",
    "振幅为3.2%。",
    "换手率达5.6%。",
    "溢价率为1.2%。",
    "The top ten holdings account for 58% of the fund.",
    "Oakmont's revenue rose 12% year on year.",
    "营业收入同比增长23%。",
    "十大光伏玻璃厂封炉减产30%。",
    "Volume was 26% higher than average.",
    "成交额减少1947亿元或6.2%。",
    "The probability of a cut rose to 80%.",
    "Oakmont raised its stake by 5%.",
])
def test_percentages_that_are_not_moves(sentence):
    assert moves(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Total market turnover reached 2.55 trillion yuan.", ("Total market turnover", "turnover", 2.55e12, "CNY")),
    ("Morning turnover reached HKD180.326 billion.", ("Morning turnover", "turnover", 180.326e9, "HKD")),
    ("沪深两市成交2,970亿元。", None),
    ("北水净流出-678.73亿元。", None),
])
def test_amount_shapes(sentence, expected):
    got = amounts(sentence)
    assert len(got) == 1
    if expected:
        assert got[0] == expected


def test_amount_lists_windows_changes_and_averages():
    got = amounts("累计净流入居前的是金融、信息技术和房地产，分别为480.3、193.3和40.6亿元。")
    assert [(s, v) for s, _, v, _ in got] == [("金融", 480.3e8), ("信息技术", 193.3e8), ("房地产", 40.6e8)]
    got = sentence_facts("Kestrel Fund saw nearly 2.8 billion yuan in net inflows over the past 20 trading days.", "a",
                         load_reference())
    # ("nearly": the bound holds with the window)
    assert [(f.metric, f.qualifier) for f in got if f.metric == "net_inflow"] == [("net_inflow", "streak:20:about")]
    assert amounts("Turnover was 64 billion yuan more than Monday.") == []
    assert amounts("两市成交额较上个交易日放量1830亿元。") == []
    assert amounts("It had a one-month average turnover of 36.11 million yuan.") == []
    assert amounts("Combined turnover was 326.2 billion yuan (about 49.7 billion US dollars).") == [
        ("Combined turnover", "turnover", 326.2e9, "CNY")]


def test_a_text_dump_whose_title_opens_with_a_bracket_is_text():
    assert sniff("<H Shrs>HSI Tumbles 300 Pts\nAAStocks · 2025-07-04 12:10\n\nbody") == "text"
    assert sniff("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert sniff("<?xml version='1.0'?><!--" + "licence " * 600 + "--><rss><channel></channel></rss>") == "feed"


def test_every_reference_row_says_where_it_was_checked_and_codes_have_their_markets_form():
    import csv
    import re as regex

    from briefs.resources import data_dir

    forms = {"cn": r"\d{6}\.(?:SH|SZ|BJ|CSI)|CN\.\w+", "hk": r"\d{5}\.HK|HS\w*\.HK|HK\.\w+", "us": r"[A-Z]{1,5}\.US"}
    with (data_dir("sources") / "securities.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len({r["code"] for r in rows}) == len(rows)
    for row in rows:
        assert row["checked"].strip(), row["code"]
        if row["market"] in forms and row["kind"] in ("stock", "etf"):
            assert regex.fullmatch(forms[row["market"]], row["code"]), row["code"]


def test_a_clause_before_the_figure_names_its_subject_and_nationalities_stay_in_names():
    got = moves("截至收盘，上证指数报3050.12点，涨0.35%；深证成指报9521.30点，跌0.12%；创业板指报1840.55点，涨0.21%。")
    assert [(s, v) for s, _, v, _ in got] == [("上证指数", 0.35), ("深证成指", -0.12), ("创业板指", 0.21)]
    got = moves("Shares of Pine Ridge Insurance and China Oakmont slipped 2.1% and 1.8%, respectively.")
    assert [(s, v) for s, _, v, _ in got] == [("Pine Ridge Insurance", -2.1), ("China Oakmont", -1.8)]
    got = moves("Oil rose more than 2%, with Brent crude futures settling up 1.8% at $84.20 a barrel.")
    assert ("Brent crude", 1.8) in [(s, v) for s, _, v, _ in got]


def test_a_longer_name_is_not_the_known_name_inside_it_and_a_clause_names_its_own_flow():
    assert [(s, c) for s, c, _, _ in moves("Tencent Music Entertainment Group shares surged 14% in New York.")] == [
        ("Tencent Music Entertainment Group", "")]
    got = amounts("北向资金全天净卖出45.6亿元，其中沪股通净卖出30.1亿元，深股通净卖出15.5亿元。")
    assert [(s, v) for s, _, v, _ in got] == [("北向资金", -45.6e8), ("沪股通", -30.1e8), ("深股通", -15.5e8)]
    assert moves("两市合共11只个股涨停。") == []  # a count, not a name


def test_a_list_named_in_the_clause_before_and_places_that_settle_a_listing():
    got = moves("板块方面，涨幅居前的是星河材料、云帆科技和北辰电子，分别上涨3.21%、2.87%和2.45%。")
    assert [(s, v) for s, _, v, _ in got] == [("星河材料", 3.21), ("云帆科技", 2.87), ("北辰电子", 2.45)]
    assert [(s, c) for s, c, _, _ in moves("Chipmaker SMIC rallied 10% in Hong Kong.")] == [("SMIC", "00981.HK")]
    assert [(s, c) for s, c, _, _ in moves("The CSI 300 Index of Shanghai- and Shenzhen-listed stocks dropped 0.9%.")] \
        == [("CSI 300 Index", "000300.SH")]
    # "A股" is no market move: it is the A-share listing of the company just read
    assert [(s, c) for s, c, _, _ in moves("中芯国际港股涨4.12%，A股涨2.35%。")] == [("中芯国际", "00981.HK"),
                                                                                  ("中芯国际", "688981.SH")]


def test_prices_are_no_names_and_a_pared_move_keeps_its_subject():
    got = moves("ASMPT (00522.HK) closed at HKD88.2, up 1.1%, with turnover of HKD1.5 billion.")
    assert [(s, v) for s, _, v, _ in got] == [("ASMPT", 1.1)]
    got = moves("Oakmont fell as much as 4.6% before paring losses to close 1.9% lower.")
    assert [(s, v, q) for s, _, v, q in got] == [("Oakmont", -4.6, "intraday_low"), ("Oakmont", -1.9, "close")]


def test_a_headline_in_title_case_and_limit_up_as_an_adjective():
    got = moves("Chip Stocks Surge! Pine And Oak Deploy New Chips, Values Highlighted! Oakmont ETF (589999) Soars 3.7%")
    assert [(s, v) for s, _, v, _ in got] == [("Oakmont ETF", 3.7)]
    assert moves("Regarding limit-up stocks, Oakmont said orders reached a record.") == []


def test_index_futures_are_not_the_index_and_corporate_suffixes_keep_a_known_name():
    assert moves("Hang Seng Index futures were down 0.4%, pointing to a weaker open.") == []
    got = moves("Shares of Alibaba Group Holding Ltd. rose as much as 3.5% in Hong Kong trading.")
    assert [(c, v, q) for _, c, v, q in got] == [("09988.HK", 3.5, "intraday_high")]


def test_superlative_predicates_sector_words_and_signed_values_after_a_direction():
    got = moves("Consumer staples were the weakest S&P sector, down 1.1%, while technology gained 0.8%.")
    assert [(s, v) for s, _, v, _ in got] == [("Consumer staples", -1.1), ("technology", 0.8)]
    assert [s for s, _, _, _ in moves("Small caps outperformed, with the Russell 2000 up 1.4%.")] == ["Russell 2000"]
    got = moves("其中，电力设备行业涨幅最大，为3.12%；煤炭行业跌幅最大，为-1.85%。")
    assert [(s, v) for s, _, v, _ in got] == [("电力设备行业", 3.12), ("煤炭行业", -1.85)]


def test_midday_levels_market_values_and_hyphenated_words_in_names():
    got = sentence_facts("午盘收盘，沪指报3210.45点，跌0.21%。", "a", load_reference())
    assert {(f.metric, f.qualifier) for f in got} == {("pct_change", "intraday"), ("level", "intraday")}
    got = sentence_facts("星河材料大涨12.5%，股价再创历史新高，总市值突破5000亿元。", "a", load_reference())
    assert [f.metric for f in got] == ["pct_change"]  # a market value is no price level
    assert [s for s, _, _, _ in moves("The MSCI Asia ex-Japan index climbed 0.7%.")] == ["MSCI Asia ex-Japan index"]


def test_relative_clauses_name_nothing_and_breadth_counts_belong_to_the_market():
    got = moves("Shares of Oakmont Corp., which makes smartphones and EVs, jumped 6.2% to a record.")
    assert [s for s, _, _, _ in got] == ["Oakmont Corp."]
    counts = [(f.subject, f.value, f.unit) for f in sentence_facts("今日共有62只个股涨停，18只个股跌停。", "a",
                                                                   load_reference()) if f.metric == "count"]
    assert [(v, u) for _, v, u in counts] == [(62.0, "stocks_limit_up"), (18.0, "stocks_limit_down")]
    assert all(s != "共有" for s, _, _ in counts)


def test_the_amount_a_figure_moved_from_is_another_days():
    got = amounts("Turnover on the Hong Kong exchange reached HK$245.6 billion, up from HK$201.3 billion in the "
                  "previous session.")
    assert [v for _, _, v, _ in got] == [245.6e9]


def test_a_ranked_list_before_shares_its_respective_figures():
    got = moves("电子、计算机、通信行业领涨，涨幅分别为3.2%、2.9%、2.5%；银行、煤炭行业领跌，跌幅分别为0.8%、0.6%。")
    assert [(s, v) for s, _, v, _ in got] == [("电子", 3.2), ("计算机", 2.9), ("通信行业", 2.5), ("银行", -0.8),
                                              ("煤炭行业", -0.6)]


def test_names_written_in_capitals_resolve():
    assert [(s, c) for s, c, _, _ in moves("HSI Ends Rebound, Down 280 Pts; MEITUAN-W Plunges 4%")] == [
        ("MEITUAN-W", "03690.HK")]


@pytest.mark.parametrize("sentence", [
    "前一交易日涨幅超过4%的中国神华和华东铝材，当日跌幅都在2%以上；",  # a name the reference has, one it lacks
    "前一交易日涨幅超过4%的江南钢构和华东铝材，当日跌幅都在2%以上；",  # neither in the reference
])
def test_names_read_after_one_figure_carry_the_next_shared_figure_known_or_not(sentence):
    today = {subject for subject, _, value, qualifier in moves(sentence) if value == -2.0}
    assert len(today) == 2 and "华东铝材" in today


@pytest.mark.parametrize("sentence", [
    "政策旨在增强生产能力，板块涨2%。",  # 强生 inside 增强生产
    "提高通过效率后，该股涨2%。",  # 高通 inside 提高通过
    "反思科技股估值，指数涨1%。",  # 思科 inside 反思科技
    "业绩增长和订单回暖，股价涨3%。",  # 长和 inside 增长和
])
def test_a_foreign_companys_chinese_name_is_not_read_inside_ordinary_words(sentence):
    assert not [fact for fact in sentence_facts(sentence, "a", load_reference()) if fact.code], sentence


@pytest.mark.parametrize("sentence, expected", [
    # the later figure of a resized move is the move as it then stood, signed by the noun
    ("Quarry Robotics gained as much as 6% before trimming its advance to 2.6%.",
     [("Quarry Robotics", 6.0, "intraday_high"), ("Quarry Robotics", 2.6, "")]),
    ("Harbor Lights pared losses to 1.2%.", [("Harbor Lights", -1.2, "")]),
    ("Tallow Mills extended its losses to 6%, its worst day in a month.", [("Tallow Mills", -6.0, "")]),
    ("云帆科技一度涨超5%，随后涨幅收窄至2.1%。", [("云帆科技", 5.0, "intraday_high:at_least"), ("云帆科技", 2.1, "intraday")]),
    ("星河材料午后跌幅扩大至4%。", [("星河材料", -4.0, "intraday")]),
])
def test_a_resized_move_states_its_later_figure(sentence, expected):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == expected


@pytest.mark.parametrize("sentence", ["Its revenue growth narrowed to 5%.", "The company cut its stake to 4.9%.",
                                      "Volume extended gains to 30%."])
def test_a_resized_figure_that_is_not_a_price_is_no_move(sentence):
    assert moves(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("BYD Company's Hong Kong shares fell 3.2% and its Shenzhen-listed stock lost 2.9%.",
     [("01211.HK", -3.2), ("002594.SZ", -2.9)]),
    ("比亚迪港股跌3.2%，其A股跌2.9%。", [("01211.HK", -3.2), ("002594.SZ", -2.9)]),
    ("SMIC rose 5% in Hong Kong, and its Shanghai-listed shares gained 3%.", [("00981.HK", 5.0), ("688981.SH", 3.0)]),
    ("中芯国际A股涨3%，在港股收涨6.5%。", [("688981.SH", 3.0), ("00981.HK", 6.5)]),
    # a listing the reference lacks: the figure keeps the company's name, never the other market's code
    ("贵州茅台早盘一度涨3%，在港股收涨1%。", [("600519.SH", 3.0), ("", 1.0)]),
    ("贵州茅台港股涨1%。", [("", 1.0)]),
])
def test_its_other_listing_is_the_same_company_in_the_market_named(sentence, expected):
    """A listing word names which of a company's listings a figure is about, after the name or after "its"/其."""
    assert [(c, v) for _, c, v, _ in moves(sentence)] == expected


def index_figures(sentence: str) -> list[tuple]:
    return sorted((f.code, f.metric, f.value, f.qualifier) for f in sentence_facts(sentence, "a", load_reference()))


@pytest.mark.parametrize("sentence, expected", [
    ("The Dow lost 626.15 points, or 1.5%, to 40,936.93.",
     [("DJI.US", "level", 40936.93, ""), ("DJI.US", "pct_change", -1.5, ""), ("DJI.US", "point_change", -626.15, "")]),
    ("The Hang Seng Index was down 169 points or 0.7% at 25,100 at midday.",
     [("HSI.HK", "level", 25100.0, "intraday"), ("HSI.HK", "pct_change", -0.7, "intraday"),
      ("HSI.HK", "point_change", -169.0, "intraday")]),
    ("The Shanghai Composite gained 0.6% to close at 3,880.2.",
     [("000001.SH", "level", 3880.2, "close"), ("000001.SH", "pct_change", 0.6, "close")]),
    ("恒生指数收跌490.32点，跌幅2.28%，报21,000.5点。",
     [("HSI.HK", "level", 21000.5, "close"), ("HSI.HK", "pct_change", -2.28, ""),
      ("HSI.HK", "point_change", -490.32, "close")]),
])
def test_points_then_percent_give_the_move_the_change_in_points_and_the_level(sentence, expected):
    assert index_figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The Hang Seng Index rose 1% as turnover climbed to 2,345.6 million yuan.",
    "The Hang Seng Index rose 1%, and Tencent closed at HK$612.5.",
    "The Hang Seng Index rose 1% to a two-week high, its 3rd gain in 2025.",
])
def test_a_number_with_a_unit_or_no_level_shape_is_no_level(sentence):
    assert [f for f in sentence_facts(sentence, "a", load_reference()) if f.metric in ("level", "point_change")] == []


@pytest.mark.parametrize("sentence, expected", [
    ("Chipmakers Quarry Semiconductor and Harbor Lights rose 5.2% and 3.9%, respectively.",
     [("Quarry Semiconductor", 5.2), ("Harbor Lights", 3.9)]),
    ("Insurers Tallow Life and Oakmont Re fell 1.2% and 0.8%, respectively.", [("Tallow Life", -1.2), ("Oakmont Re", -0.8)]),
    ("Bank of Quarry rose 1%.", [("Bank of Quarry", 1.0)]),
    ("Giant Harbor Group rose 2%.", [("Giant Harbor Group", 2.0)]),
    ("芯片股云帆半导体、星河材料涨超5%。", [("云帆半导体", 5.0), ("星河材料", 5.0)]),
    ("保险股星河人寿跌1.2%。", [("星河人寿", -1.2)]),
    ("云帆股份涨3%。", [("云帆股份", 3.0)]),
    ("光模块龙头星河光电大涨9.8%。", [("星河光电", 9.8)]),
])
def test_a_description_before_names_is_not_part_of_them(sentence, expected):
    """"Chipmakers X and Y", "芯片股X、Y": the kind of company opens the list; "Bank of X", "X股份" are names."""
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("ST星微、*ST云帆跌停。", [("ST星微", -5.0), ("*ST云帆", -5.0)]),
    ("星兰微涨3%。", [("星兰微", 3.0)]),
    ("云帆科技微涨0.2%。", [("云帆科技", 0.2)]),
    ("星河指数微跌0.3%。", [("星河指数", -0.3)]),
])
def test_slightly_is_read_off_a_name_only_where_the_name_stands_without_it(sentence, expected):
    """微 before a verb means "slightly"; a short name ending in 微 keeps it."""
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_a_flow_channel_named_with_its_exchange_owns_its_amount():
    got = amounts("南向资金今日净买入128.6亿港元，其中港股通（沪）净买入71.2亿港元，港股通（深）净买入57.4亿港元。")
    assert [(s, v) for s, _, v, _ in got] == [("南向资金", 12_860_000_000.0), ("港股通（沪）", 7_120_000_000.0),
                                              ("港股通（深）", 5_740_000_000.0)]


@pytest.mark.parametrize("sentence, expected", [
    ("Quarry Semiconductor soared as much as 10% in Hong Kong before closing up 6.5%.",
     [("Quarry Semiconductor", 10.0, "intraday_high"), ("Quarry Semiconductor", 6.5, "close")]),
    ("Harbor Lights rose 1.1%, its third straight gain, and is up 35% this year.",
     [("Harbor Lights", 1.1, ""), ("Harbor Lights", 35.0, "ytd")]),
    ("Harbor Lights rose 1.1%, its third straight gain, and Tallow Mills is up 3%.",
     [("Harbor Lights", 1.1, ""), ("Tallow Mills", 3.0, "")]),
    ("星河科技早盘一度涨10%，在港股收涨6.5%。", [("星河科技", 10.0, "intraday_high"), ("星河科技", 6.5, "close")]),
])
def test_a_place_or_a_remark_between_two_figures_keeps_their_subject(sentence, expected):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == expected


def test_bought_a_net_amount_is_a_net_inflow_and_amounts_keep_their_written_digits():
    assert amounts("Southbound investors bought a net HK$8.2 billion worth of Hong Kong shares.") == \
        [("Southbound investors", "net_inflow", 8_200_000_000.0, "HKD")]
    assert amounts("Northbound investors sold a net 3.1 billion yuan of A-shares.") == \
        [("Northbound investors", "net_inflow", -3_100_000_000.0, "CNY")]


def test_a_clock_time_ends_no_clause_and_a_window_is_no_name():
    """"截至10:30涨2.15%" continues the ETF's clause; "近5日累计净流入" is the ETF's flow over five days."""
    got = sentence_facts("星河芯片ETF（159999）盘中涨超2%，截至10:30涨2.15%，近5日累计净流入3.2亿元。", "a",
                         load_reference())
    assert [(f.subject, f.metric, f.value, f.qualifier) for f in got] == [
        ("星河芯片ETF", "pct_change", 2.0, "intraday:at_least"),  # 盘中: the bound keeps its moment
            ("星河芯片ETF", "pct_change", 2.15, "intraday:10:30"),
        ("星河芯片ETF", "net_inflow", 320_000_000.0, "streak:5")]


def test_an_all_caps_index_short_name_carries_its_level_and_points():
    got = sentence_facts("HSI closed at 26,051, down 297 pts or 1.1%.", "a", load_reference())
    assert sorted((f.code, f.metric, f.value) for f in got) == [
        ("HSI.HK", "level", 26051.0), ("HSI.HK", "pct_change", -1.1), ("HSI.HK", "point_change", -297.0)]


def test_a_hong_kong_report_in_traditional_characters():
    """Levels and point changes read on the folded view (點 is 点); points "或" a percentage; 元 in a Hong Kong
    price is the Hong Kong dollar; 大市 turnover in 港元 is Hong Kong's."""
    got = sentence_facts("恒生指數收市報25,120點，跌312點或1.23%；國企指數跌1.5%，報8,950點。", "a", load_reference())
    assert sorted((f.code, f.metric, f.value) for f in got) == [
        ("HSCEI.HK", "level", 8950.0), ("HSCEI.HK", "pct_change", -1.5), ("HSI.HK", "level", 25120.0),
        ("HSI.HK", "pct_change", -1.23), ("HSI.HK", "point_change", -312.0)]
    price = [(f.code, f.value, f.unit) for f in sentence_facts("星河集團-W(09898)升4.5%，收報52.3元。", "a",
                                                               load_reference()) if f.metric == "level"]
    assert price == [("09898.HK", 52.3, "HKD")]
    turnover = [(f.code, f.value, f.unit) for f in sentence_facts("大市成交額2,315億港元，較上日減少10%。", "a",
                                                                  load_reference()) if f.metric == "turnover"]
    assert turnover == [("HK.MARKET", 231_500_000_000.0, "HKD")]


@pytest.mark.parametrize("sentence, expected", [
    ("The Oakmont Composite climbed 1.1% for the week, while the Tallow Index slipped 0.2%.",
     [("Oakmont Composite", 1.1, "weekly"), ("Tallow Index", -0.2, "weekly")]),
    ("The Oakmont Composite climbed 1.1% for the week, while the Tallow Index slipped 0.2% on Friday.",
     [("Oakmont Composite", 1.1, "weekly"), ("Tallow Index", -0.2, "")]),
    ("长江指数本周累计涨2.1%，而星河指数跌0.5%。", [("长江指数", 2.1, "weekly"), ("星河指数", -0.5, "weekly")]),
    ("Harbor Lights gained 3.3% on Wednesday, extending their weekly gain to 15%.",
     [("Harbor Lights", 3.3, ""), ("Harbor Lights", 15.0, "weekly")]),
])
def test_a_contrast_over_a_window_keeps_the_window(sentence, expected):
    """A weekly figure shown as the day's would be a wrong figure: the clause contrasted with it shares its window
    unless it names its own day."""
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == expected


def test_levels_and_points_hold_for_the_moment_their_sentence_states():
    """The open ("opened lower, with the HSI down 169 points or 0.7% at 23,900"), the morning session, and a
    level whose index the sentence names through "It"."""
    body = ("Hong Kong stocks opened lower, with the HSI down 169 points or 0.7% at 23,900. "
            "It finished the morning session down 148 points or 0.6% at 23,921.")
    facts = article_facts(Article("a", "HK stocks midday", "", None, "", "en", body, "x"), load_reference())
    assert sorted((f.metric, f.value, f.qualifier) for f in facts) == [
        ("level", 23900.0, "open"), ("level", 23921.0, "intraday"), ("pct_change", -0.7, "open"),
        ("pct_change", -0.6, "intraday"), ("point_change", -169.0, "open"), ("point_change", -148.0, "intraday")]
    assert {f.code for f in facts} == {"HSI.HK"}


def test_a_level_crossed_is_a_bound_not_where_the_index_stood():
    got = sentence_facts("长江指数跌破3000点，报2995.1点；星河指数站上2700点。", "a", load_reference())
    assert [(f.subject, f.value, f.qualifier) for f in got if f.metric == "level"] == []  # names the reference lacks
    got = sentence_facts("沪指跌破3000点，报2995.1点；创业板指站上2700点。", "a", load_reference())
    assert sorted((f.code, f.value, f.qualifier) for f in got if f.metric == "level") == [
        ("000001.SH", 2995.1, ""), ("000001.SH", 3000.0, "at_most"), ("399006.SZ", 2700.0, "at_least")]


def test_the_name_after_a_flow_word_owns_the_flow():
    got = amounts("主力资金净流入星河板块52.3亿元，长江板块净流出18.6亿元。")
    assert [(s, v) for s, _, v, _ in got] == [("星河板块", 5_230_000_000.0), ("长江板块", -1_860_000_000.0)]


def test_latin_names_of_several_words_match_in_any_case_and_pm_clock_times():
    got = moves("The Hang Seng tech index climbed 2.5%, its biggest daily gain in three weeks.")
    assert [(c, v) for _, c, v, _ in got] == [("HSTECH.HK", 2.5)]
    got = moves("The Oakmont Chip Index rose 3.02% as of 1:30 p.m.")
    assert [q for _, _, _, q in got] == ["intraday:13:30"]
    assert moves("Shares of Arm rose 2%, and mu fell.") == [("Arm", "", 2.0, "")]  # single words keep their case


def test_what_is_not_the_subject_or_not_the_metric():
    """A name a figure is compared with is not its subject; a small turnover no name owns is not the market's;
    an amount named as trading volume right after it is turnover, not the price named earlier; a 12-month
    figure is a window."""
    assert moves("Over the past year, the stock has outperformed the Oakmont Index, with a 12-month increase of "
                 "189.5%.") == []
    assert amounts("Real-time trading volume exceeded 60 million yuan, showing active participation.") == []
    got = sentence_facts("The Oakmont ETF (159999) rose 2.02%, with a latest price of 1.01 yuan, amounting to "
                         "20.32 million yuan in trading volume.", "a", load_reference())
    assert sorted((f.metric, f.value) for f in got) == [("level", 1.01), ("pct_change", 2.02),
                                                         ("turnover", 20_320_000.0)]
    assert [q for _, _, _, q in moves("星河科技近一年涨幅达320%。")] == ["yearly"]


def test_the_two_exchanges_respectively():
    """"沪深两市分别成交X和Y": Shanghai's figure, then Shenzhen's, each named as the sentence writes it."""
    got = amounts("成交方面，滬深兩市較前一交易日縮量，分別成交512.3億元和301.4億元，總額不足1000億元。")
    assert [(s, v) for s, _, v, _ in got][:2] == [("滬市", 51_230_000_000.0), ("深市", 30_140_000_000.0)]


def test_a_flow_verb_is_no_part_of_the_name_and_southbound_alone_names_the_channel():
    assert amounts("Mainland investors sold a net HK$2.1 billion of Hong Kong stocks.") == \
        [("Mainland investors", "net_inflow", -2_100_000_000.0, "HKD")]
    got = sentence_facts("So far this year, southbound net inflows have reached HK$1.2 trillion.", "a",
                         load_reference())
    assert [(f.code, f.value, f.qualifier) for f in got] == [("HK.SOUTHBOUND", 1.2e12, "ytd")]


@pytest.mark.parametrize("sentence, subject", [
    ("CHINA HARBOR (09898.HK) hit a new high, up 2%.", "CHINA HARBOR"),
    ("Meanwhile Harbor Lights extended its gains, up 2%.", "Harbor Lights"),
    ("China Oakmont extended its slide, down 1%.", "China Oakmont"),
])
def test_the_clause_subject_before_a_remark_may_open_with_a_nationality_or_a_connective(sentence, subject):
    assert [s for s, _, _, _ in moves(sentence)] == [subject]


@pytest.mark.parametrize("sentence, expected", [
    ("概念股午后拉升，润星软件20cm涨停，长江北明涨超9%。", [("润星软件", 20.0), ("长江北明", 9.0)]),
    ("*ST星河、ST长江等多股跌停。", [("*ST星河", -5.0), ("ST长江", -5.0)]),
    ("云和科技和星河材料均涨超5%。", [("云和科技", 5.0), ("星河材料", 5.0)]),
])
def test_names_holding_a_list_word_and_limit_slang(sentence, expected):
    """和 inside a name ("云和科技") joins nothing; "20cm涨停" states a 20% limit; "等多股" closes a list."""
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The ChiNext Index, which tracks China's Nasdaq-style board of growth enterprises, rose 1.8 percent to finish "
     "at 2,890.6 points.", [("399006.SZ", "level", 2890.6, "close"), ("399006.SZ", "pct_change", 1.8, "close")]),
    ("The Shenzhen Component Index gained 1.1 percent to close at 12,850.2 points.",
     [("399001.SZ", "level", 12850.2, "close"), ("399001.SZ", "pct_change", 1.1, "close")]),
    ("The STAR 50 Index on the Shanghai Stock Exchange's sci-tech innovation board climbed 2.12 percent.",
     [("000688.SH", "pct_change", 2.12, "")]),
])
def test_wire_close_forms(sentence, expected):
    """"Nasdaq-style" names no Nasdaq; a level is read once; a place phrase after a known name keeps it."""
    assert index_figures(sentence) == expected


def test_leading_the_laggards_closes_a_list_of_sectors():
    got = moves("Eight of the 11 sectors ended in the red, with energy and materials leading the laggards, down 1.6 "
                "percent and 1.1 percent, respectively.")
    assert [(s, v) for s, _, v, _ in got] == [("energy", -1.6), ("materials", -1.1)]


@pytest.mark.parametrize("body, expected", [
    ("Harbor Lights rose 2% on Tuesday after falling 3% on Monday.", [(2.0, ""), (-3.0, "previous_session")]),
    ("Harbor Lights fell 3% on Monday and rebounded 2% today.", [(-3.0, "previous_session"), (2.0, "")]),
    ("On Monday, Harbor Lights fell 1%.", [(-1.0, "previous_session")]),
    ("长江指数周一跌2%后，周二反弹1.5%。", [(-2.0, "previous_session"), (1.5, "")]),
    ("周一，长江指数跌1%，星河指数涨2%。", [(-1.0, "previous_session"), (2.0, "previous_session")]),
])
def test_a_figure_of_another_weekday_is_not_the_days(body, expected):
    """Read on a Tuesday (the brief's day): a figure its clause, or the sentence's opening, puts on another
    weekday is another session's."""
    from datetime import date
    facts = article_facts(Article("a", "", "", None, "", "en", body, "x"), load_reference(), date(2025, 9, 16))
    assert [(f.value, f.qualifier) for f in facts] == expected


@pytest.mark.parametrize("sentence, expected", [
    # an absolute clause opens its own subject
    ("Miners weakened, with Pine Ridge Gold (01234.HK) and Oakmont Zinc (05678.HK) down 2.6% and 1.9%, respectively.",
     [("Pine Ridge Gold", -2.6), ("Oakmont Zinc", -1.9)]),
    # a subject, its verb and "with a X% gain"
    ("Of the 11 sector indexes, utilities led with a 1.5% gain.", [("utilities", 1.5)]),
    # a predicate between a lower-case subject and its figure, and "on the day by about"
    ("In trading on Friday, shipping shares were relative laggards, down on the day by about 0.9%.",
     [("shipping", -0.9)]),
    # a verb of motion before the figure's own verb
    ("星河材料午后拉升涨超3%。", [("星河材料", 3.0)]),
    ("长江指数冲高回落跌0.3%。", [("长江指数", -0.3)]),
])
def test_subjects_before_a_predicate_an_absolute_clause_or_a_second_verb(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


@pytest.mark.parametrize("body, expected", [
    ("Harbor Lights fell 4% on Tuesday. The stock is still up 9% year to date.", [(-4.0, ""), (9.0, "ytd")]),
    ("Harbor Lights fell 4% on Tuesday. The company was down about 45% so far this year.",
     [(-4.0, ""), (-45.0, "ytd:about")]),  # over the year so far, and about: both marks kept
])
def test_a_pointer_before_an_auxiliary_verb_names_the_last_subject(body, expected):
    from datetime import date
    facts = article_facts(Article("a", "", "", None, "", "en", body, "x"), load_reference(), date(2025, 9, 16))
    assert [(f.subject, f.value, f.qualifier) for f in facts] == [("Harbor Lights", v, q) for v, q in expected]


@pytest.mark.parametrize("sentence, expected", [
    # the window opening the move noun or verb is the figure's, not the name's
    ("从涨跌幅看，星河材料ETF（159999）上周涨幅居首，周涨幅达7.8%。", [("星河材料ETF", 7.8, "weekly")]),
    ("星河材料ETF周涨7.8%，月跌2%。", [("星河材料ETF", 7.8, "weekly"), ("星河材料ETF", -2.0, "monthly")]),
    ("星河材料ETF近1周累计上涨4.56%。", [("星河材料ETF", 4.56, "weekly")]),
    # the midday break is no close
    ("星河材料早盘一度涨超9%，截至午间收盘涨6.12%。", [("星河材料", 9.0, "intraday_high:at_least"), ("星河材料", 6.12, "intraday")]),
    ("星河材料午收涨0.5%。", [("星河材料", 0.5, "intraday")]),
    # a space parts the clauses of a Chinese title
    ("星河材料净流出1.5亿元 云帆ETF周涨7.8%", [("云帆ETF", 7.8, "weekly")]),
])
def test_window_words_inside_the_move_and_the_midday_break(sentence, expected):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, points", [
    ("The Harbor Index rose 0.46 percent, or 107.48 points, at 23,345.05.", 107.48),
    ("The Harbor Index fell 1.2%, or 260.5 points, to 21,600.", -260.5),
    ("长江指数跌1.2%或260点。", -260.0),
])
def test_percent_then_points(sentence, points):
    facts = sentence_facts(sentence, "a", load_reference())
    assert [f.value for f in facts if f.metric == "point_change"] == [points]


def test_a_listing_word_after_a_dash_and_a_name_listed_in_two_markets():
    # "Alibaba" names a Hong Kong and a New York listing: the words after it, or the article's market, choose
    got = moves("Alibaba — U.S.-listed shares of the e-commerce company slid 7.6% after results.")
    assert [(c, v) for _, c, v, _ in got] == [("BABA.US", -7.6)]
    got = moves("Alibaba rose 2% in Hong Kong.")
    assert [(c, v) for _, c, v, _ in got] == [("09988.HK", 2.0)]


def test_a_flow_over_a_window_names_its_subject_without_the_window_word():
    got = sentence_facts("上周星河ETF净流出152亿元。", "a", load_reference())
    assert [(f.subject, f.value, f.qualifier) for f in got if f.metric == "net_inflow"] == \
        [("星河ETF", -15200000000.0, "weekly")]


def test_the_same_figure_with_and_without_its_code_is_one_fact():
    body = "从涨跌幅看，星河材料ETF（159999）上周涨幅居首，周涨幅达7.8%。"
    facts = article_facts(Article("a", "星河材料ETF周涨7.8%", "", None, "", "zh", body, "x"), load_reference())
    assert [(f.subject, f.code, f.value) for f in facts] == [("星河材料ETF", "159999.SZ", 7.8)]


@pytest.mark.parametrize("sentence, expected", [
    # a verb before "by the daily limit" is no part of the last name
    ("Harbor Lights and Pine Ridge Mining surged by the daily limit.",
     [("Harbor Lights", 10.0), ("Pine Ridge Mining", 10.0)]),
    # "the sub-index tracking X shares" is X; "IT" in capitals is the sector
    ("The sub-index tracking energy shares dipped 0.4%, while the IT sector fell 2.3%.",
     [("energy", -0.4), ("IT sector", -2.3)]),
    # a possessive index is named as the text names it, never by the place after it
    ("Elsewhere, Harbor's broadest index of Asian shares outside Japan was down 0.52%.",
     [("Harbor's broadest index of Asian shares outside Japan", -0.52)]),
    # a predicate verb after a list of sectors
    ("Utilities and consumer staples lagged, dropping 1.25 percent and 0.64 percent, respectively.",
     [("Utilities", -1.25), ("consumer staples", -0.64)]),
    # after a possessive, a market's name ("A shares") is a listing word, not the subject
    ("Harbor Lights's A shares rose 6.2 percent.", [("Harbor Lights", 6.2)]),
    # tenths: 半成 is 5%, 两成 20%
    ("星河材料涨近半成，云帆科技跌逾两成。", [("星河材料", 5.0), ("云帆科技", -20.0)]),
    # bracketed figures in a list a ranking word closes
    ("行业板块中，星河材料(3.45%)、云帆科技(1.12%)领涨，北辰电子(-0.84%)跌幅居前。",
     [("星河材料", 3.45), ("云帆科技", 1.12), ("北辰电子", -0.84)]),
    # names that open with a time word's character: 当升, 全志, 今世缘
    ("当升材料涨9.87%，全志电子涨3%，今世缘酒业跌1%。", [("当升材料", 9.87), ("全志电子", 3.0), ("今世缘酒业", -1.0)]),
])
def test_fourth_set_forms(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_a_known_name_inside_a_longer_chinese_name_is_not_that_name():
    # 碧桂园 is a known name; 碧桂园服务 is another company, and 哔哩哔哩-SW is 哔哩哔哩
    got = moves("碧桂园服务涨5.2%，哔哩哔哩-SW跌3%。")
    assert [(s, c, v) for s, c, v, _ in got] == [("碧桂园服务", "", 5.2), ("哔哩哔哩", "09626.HK", -3.0)]


@pytest.mark.parametrize("sentence, expected", [
    # an amount after "from" is where the figure began, another day's
    ("Turnover on the two bourses rose to 1.28 trillion yuan from 1.05 trillion yuan on Monday.", [1.28e12]),
])
def test_the_amount_a_figure_moved_from_is_not_the_days(sentence, expected):
    assert [v for _, m, v, _ in amounts(sentence) if m == "turnover"] == expected


def test_names_before_respectively_pair_with_their_amounts():
    got = amounts("个股方面，星河材料、云帆科技-W分别获净买入9.8亿港元和6.1亿港元，北辰电子遭净卖出3.2亿港元。")
    assert got == [("星河材料", "net_inflow", 980000000.0, "HKD"), ("云帆科技-W", "net_inflow", 610000000.0, "HKD"),
                   ("北辰电子", "net_inflow", -320000000.0, "HKD")]


def test_a_bare_dollar_in_a_hong_kong_report_is_hong_kong_dollars():
    body = "The HSI fell 180 pts or 0.7% to 24,049 at midday. Turnover $112.6B."
    facts = article_facts(Article("a", "", "", None, "", "en", body, "x"), load_reference())
    assert [(f.code, f.value, f.unit) for f in facts if f.metric == "turnover"] == [("HK.MARKET", 112.6e9, "HKD")]


@pytest.mark.parametrize("sentence, expected", [
    # a place's index is the index ("Japan's Topix"); a company's listing stays the company ("TSMC's US shares")
    ("Japan's Harbor Index slipped 0.3%.", [("Harbor Index", -0.3, "")]),
    ("Harbor Lights's US shares rose 2.3%.", [("Harbor Lights", 2.3, "")]),
    # 半日 is the session so far, not the name's
    ("长江指数半日涨1.2%。", [("长江指数", 1.2, "intraday")]),
    # a window between a resized move and its figure is the figure's
    ("Harbor Lights fell 3.8%, extending its losses for the week to 7%.",
     [("Harbor Lights", -3.8, ""), ("Harbor Lights", -7.0, "weekly")]),
])
def test_fifth_set_forms(sentence, expected):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # verbless list items take the direction the sentence gave before them
    ("Lithium producers rallied: PINE RIDGE LITHIUM (09999.HK) 6.9%, OAKMONT MINING (08888.HK) 5.4%.",
     [("PINE RIDGE LITHIUM", 6.9), ("OAKMONT MINING", 5.4)]),
    ("All sectoral indices ended higher, led by the Harbor Financials 1.21 percent, followed by the Commerce and "
     "Industry 0.10 percent, and the Holding Firms 0.08 percent.",
     [("Harbor Financials", 1.21), ("Commerce and Industry", 0.1), ("Holding Firms", 0.08)]),
    ("The shipping sector was the day's best performer, up 0.4%, followed by utilities 0.2%.",
     [("shipping sector", 0.4), ("utilities", 0.2)]),
    # "and" before a corporate word joins no two names
    ("Pine Developments and Holdings soared 4.95 percent.", [("Pine Developments and Holdings", 4.95)]),
    # a comma after a date's digits parts the items
    ("On May 2, Harbor Lights rose 3%.", [("Harbor Lights", 3.0)]),
    # a relative clause with its own day between a name and its figure
    ("Oakmont Land, which had dropped 3 percent on July 4, added 0.9 percent.",
     [("Oakmont Land", -3.0), ("Oakmont Land", 0.9)]),
])
def test_verbless_items_corporate_and_relative_clauses(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_decimals_split_by_a_space_stay_one_figure():
    from briefs.extract.text import split_sentences
    assert split_sentences("Shares rose, with the Harbor Index up 1. 42 percent at 24,180. It rose 2. 10 fell.") == \
        ["Shares rose, with the Harbor Index up 1. 42 percent at 24,180.", "It rose 2.", "10 fell."]


@pytest.mark.parametrize("body, expected", [
    # a date in a figure's own clause dates that figure only
    ("Oakmont Land, which had dropped 3 percent on July 4, added 0.9 percent.", [(-3.0, "earlier"), (0.9, "")]),
    ("星河材料7月4日曾大跌3%，今日涨0.9%。", [(-3.0, "earlier"), (0.9, "")]),
    # a dateline dates the report, not its figures
    ("NEW YORK, July 7 (Xinhua) -- Harbor Lights rose 2%.", [(2.0, "")]),
    # yesterday opening the sentence
    ("Yesterday, Harbor Lights rose 3%.", [(3.0, "previous_session")]),
    ("昨日，该指数曾下跌1.1%。", []),
])
def test_a_figure_dated_to_another_day_says_so(body, expected):
    from datetime import date
    facts = article_facts(Article("a", "", "", None, "", "en", body, "x"), load_reference(), date(2025, 7, 8))
    assert [(f.value, f.qualifier) for f in facts] == expected


def test_an_earlier_days_figure_is_not_the_days():
    from briefs.extract.windows import is_window
    from briefs.wording import moment
    assert is_window("earlier") and moment("earlier") == "an earlier day"


@pytest.mark.parametrize("published, expected", [
    ("2025-07-08T10:30:00+08:00", "intraday"),  # during the session: the session so far
    ("2025-07-08T08:30:00+08:00", "previous_session"),  # before the open: the last session's
    ("2025-07-08T16:30:00+08:00", ""),  # after the close
    ("2025-07-08T00:00:00+08:00", ""),  # a date without a time says nothing
])
def test_the_publication_time_against_the_session(published, expected):
    from datetime import datetime
    article = Article("a", "", "", datetime.fromisoformat(published), "", "zh", "星河材料涨3%。", "x")
    assert [f.qualifier for f in article_facts(article, load_reference())] == [expected]


def test_a_title_about_us_listings_keeps_hong_kong_codes_off_their_adrs():
    # 小鹏汽车 is known by its Hong Kong listing; in a report on US-listed Chinese stocks it is the ADR, which the
    # reference lacks: the name stays, the Hong Kong code goes, the market is the US
    body = "热门中概股周三普遍下跌，小鹏汽车跌3.8%，中概互联网ETF（513050）涨1.8%。"
    facts = article_facts(Article("a", "中概股普跌", "", None, "", "zh", body, "x"), load_reference())
    assert [(f.subject, f.code, f.market) for f in facts] == [("小鹏汽车", "", "us"), ("中概互联网ETF", "513050.SH", "cn")]


@pytest.mark.parametrize("sentence, expected", [
    # a clause before a figure with no name of its own names it by its shape, up to its predicate
    ("星河材料封板涨停，云帆科技此前一度炸板，现涨9.2%。", [("星河材料", 10.0), ("云帆科技", 9.2)]),
    ("北辰银行、南海银行均涨超3%，星河银行、云帆银行盘中续创历史新高，收盘分别上涨1.2%、1.06%。",
     [("北辰银行", 3.0), ("南海银行", 3.0), ("星河银行", 1.2), ("云帆银行", 1.06)]),
    # "Top holding" describes the name; it is no weight
    ("Top holding Harbor Oil rose 1.6%.", [("Harbor Oil", 1.6)]),
])
def test_eighth_set_forms(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("北向资金尾盘加速流入，全天净买入超百亿元。", [("北向资金", "net_inflow", 1e10, "CNY")]),
    ("南向资金净买入近千亿港元。", [("南向资金", "net_inflow", 1e11, "HKD")]),
])
def test_a_magnitude_word_alone_is_an_amount(sentence, expected):
    assert amounts(sentence) == expected


def test_a_turnover_change_is_no_move_and_a_coordinated_clause_names_the_market():
    # "turnover fell 6.2%": turnover is no instrument; ", and turnover fell ... to 1.38 trillion yuan" is the market's
    got = sentence_facts("Volume was 12% higher, and turnover fell 6.2% from Monday to 1.38 trillion yuan.", "a",
                         load_reference())
    assert [(f.metric, f.value) for f in got] == [("turnover", 1.38e12)]
    assert amounts("Brokers surge as turnover tops 2 trillion yuan.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("So far this year, the Harbor Index has risen about 7.2% and the Pine Index 8.6%.",
     [("Harbor Index", 7.2, "ytd:about"), ("Pine Index", 8.6, "ytd")]),
    # (over the days since the deal: no figure of the day's)
    ("Harbor Lights has fallen 12% since the deal.", [("Harbor Lights", -12.0, "earlier")]),
    ("星河材料、云帆科技等20余股涨停。", [("星河材料", 10.0, "limit_up"), ("云帆科技", 10.0, "limit_up")]),
])
def test_tenth_set_forms(sentence, expected):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == expected


def test_a_limit_touched_during_the_session_is_a_high_not_the_close():
    # shown as a limit-up close, it would hide the figure the sentence gives for where the stock stood
    got = moves("星河材料一度触及涨停，午间涨11.2%。")
    assert [(v, q) for _, _, v, q in got] == [(10.0, "intraday_high"), (11.2, "intraday")]
    assert [q for _, _, _, q in moves("星河材料涨停。")] == ["limit_up"]


@pytest.mark.parametrize("sentence, code", [
    ("Tencent (0700.HK) rose 1%.", "00700.HK"),  # Reuters writes Hong Kong codes with four digits
    ("Tencent (700.HK) rose 1%.", "00700.HK"),
    ("Harbor Lights (1234.HK) rose 1%.", "01234.HK"),  # a code the reference lacks, in the reference's form
])
def test_hong_kong_codes_in_four_digits_or_fewer(sentence, code):
    assert [c for _, c, _, _ in moves(sentence)] == [code]


def test_a_flow_after_its_pointer_and_an_opening_window():
    body = ("The Harbor Chip ETF (512999) rose 2%. Over the past 20 trading days, the ETF has seen nearly 2.8 billion "
            "yuan in net inflows.")
    facts = article_facts(Article("a", "", "", None, "", "en", body, "x"), load_reference())
    assert [(f.subject, f.metric, f.value, f.qualifier) for f in facts if f.metric == "net_inflow"] == \
        [("Harbor Chip ETF", "net_inflow", 2.8e9, "streak:20:about")]
    got = sentence_facts("近5个交易日，星河ETF累计净流入3.2亿元。", "a", load_reference())
    assert [(f.subject, f.qualifier) for f in got] == [("星河ETF", "streak:5")]


def test_a_move_word_after_the_figure_and_a_pointer_before_its_session_verb():
    assert [(s, v, q) for s, _, v, q in moves("Shares of Harbor Lights ended 3.4% down.")] == \
        [("Harbor Lights", -3.4, "close")]
    body = "The Harbor Index fell 1% at the open. The index ended the morning session 0.5% higher."
    facts = article_facts(Article("a", "", "", None, "", "en", body, "x"), load_reference())
    assert [(f.subject, f.value, f.qualifier) for f in facts] == [("Harbor Index", -1.0, "open"),
                                                                   ("Harbor Index", 0.5, "intraday")]


def test_h_shares_after_a_name_are_its_hong_kong_listing_and_bao_shou_is_a_close():
    got = moves("比亚迪H股涨3%，其A股涨2%。")
    assert [(c, v) for _, c, v, _ in got] == [("01211.HK", 3.0), ("002594.SZ", 2.0)]
    facts = sentence_facts("长江指数报收3,320.45点，涨幅为0.23%。", "a", load_reference())
    assert [(f.metric, f.value, f.qualifier) for f in facts if f.metric == "level"] == [("level", 3320.45, "close")]


def test_a_lower_case_sector_after_the_is_a_subject_and_while_opens_no_name():
    assert [(s, v) for s, _, v, _ in moves("Property fell 1.8%, while the shipping sector gained 0.3%.")] == \
        [("Property", -1.8), ("shipping sector", 0.3)]
    assert [(s, v) for s, _, v, _ in moves("While the shipping sector gained 0.3%.")] == [("shipping sector", 0.3)]


def test_headline_verbs_in_capitals_are_verbs_not_names():
    # an AASTOCKS title: "Plummets" once read as part of a name took the sign of the figure before it
    got = moves("<H Shrs>HARBOR Retreats 0.5% at Midday; PINE-W Rebounds 3%; OAK-W Edges Up 0.4%; "
                "BIRCH Plummets 8%; ELM Tanks 5%; ASH Spikes 6%")
    assert [(s, v) for s, _, v, _ in got] == [("HARBOR", -0.5), ("PINE-W", 3.0), ("OAK-W", 0.4), ("BIRCH", -8.0),
                                             ("ELM", -5.0), ("ASH", 6.0)]


@pytest.mark.parametrize("title, expected", [
    ("Markets Close Mixed; Harbor Index Ends Up 0.2%", [("Harbor Index", 0.2, "close")]),  # "Ends Up": its close
    ("Pine Lights Hits Record High, Jumps 5%", [("Pine Lights", 5.0, "")]),
    ("Harbor Index Trims Losses to 0.3% at Midday", [("Harbor Index", -0.3, "intraday")]),
    ("Harbor Index Ends Week 2% Lower", [("Harbor Index", -2.0, "weekly")]),
])
def test_a_headline_verb_in_capitals_ends_the_name_before_it(title, expected):
    assert [(s, v, q) for s, _, v, q in moves(title)] == expected


def test_a_turn_of_direction_is_no_part_of_the_name():
    assert [(s, v) for s, _, v, _ in moves("星河材料由跌转涨，涨0.8%。")] == [("星河材料", 0.8)]


def test_a_session_extreme_and_a_time_word_before_a_coded_name():
    got = moves("今日星河创新药ETF（159999）收涨4.35%，盘中最高涨超5%，最低跌1.1%。")
    assert [(s, c, v, q) for s, c, v, q in got] == [("星河创新药ETF", "159999.SZ", 4.35, "close"),
                                                    ("星河创新药ETF", "159999.SZ", 5.0, "intraday_high:at_least"),
                                                    ("星河创新药ETF", "159999.SZ", -1.1, "intraday_low")]


def test_a_short_name_several_funds_carry_gives_no_code_unless_one_is_printed():
    # 芯片ETF has one row in the reference (159995.SZ) but is the short name of nine funds
    assert [(s, c, v) for s, c, v, _ in moves("芯片ETF午后拉升，收涨2.1%。")] == [("芯片ETF", "", 2.1)]
    assert [(s, c, v) for s, c, v, _ in moves("芯片ETF（159995）收涨2.1%。")] == [("芯片ETF", "159995.SZ", 2.1)]
    assert [(s, c) for s, c, _, _ in moves("芯片ETF（159801）收涨2.1%。")] == [("芯片ETF", "159801.SZ")]
    # still a name the reference knows: its flow is its own, not the words before the amount
    got = sentence_facts("证券ETF近5个交易日内有4日资金净流入，合计“吸金”2.9亿元。", "a", load_reference())
    assert [(f.subject, f.code, f.metric, f.value) for f in got] == [("证券ETF", "", "net_inflow", 2.9e8)]


def test_every_shared_name_says_where_it_was_checked_and_names_the_rows_that_carry_it():
    import csv
    import re as regex

    from briefs.resources import data_dir

    with (data_dir("sources") / "securities.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["code"]: r for r in csv.DictReader(handle)}
    with (data_dir("sources") / "shared_names.csv").open(encoding="utf-8", newline="") as handle:
        shared = list(csv.DictReader(handle))
    ref = load_reference()
    for entry in shared:
        holders = entry["holders"].split()
        assert entry["checked"].strip() and len(holders) >= 2, entry["name"]
        assert all(regex.fullmatch(r"\d{6}\.(?:SH|SZ)", code) for code in holders), entry["name"]
        assert ref.resolve_alias(entry["name"]) is None and ref.codes_for(entry["name"]) == ()
        for code in holders:  # a row of the reference among the holders carries the name
            if code in rows:
                names = {rows[code]["name_zh"], rows[code]["name_en"], *rows[code]["aliases"].split("|")}
                assert entry["name"] in names, (entry["name"], code)


def test_a_coordinate_clause_opens_its_own_subject_past_a_non_move_word_before_it():
    got = moves("Harbor Trust rose 1.9% after the bank topped earnings expectations, and Pine Ridge Bancorp jumped 7.2%.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Trust", 1.9), ("Pine Ridge Bancorp", 7.2)]
    assert moves("Harbor Trust's revenue rose 5%, and Profit jumped 7%.") == []  # the clause's own word still counts
    got = moves("港岸银行涨1.9%，营收超预期，松岭银行大涨7.2%。")
    assert [(s, v) for s, _, v, _ in got] == [("港岸银行", 1.9), ("松岭银行", 7.2)]


@pytest.mark.parametrize("sentence, subject, value, qualifier", [
    ("Shares of Harbor Lights popped nearly 4% in extended trading after the company raised its forecast.",
     "Harbor Lights", 4.0, "extended:about"),  # outside the session, and about 4%
    ("Pine Ridge Foods fell 2.5% after the bell.", "Pine Ridge Foods", -2.5, "extended"),
    ("Quarry Robotics dropped 4% in premarket trading.", "Quarry Robotics", -4.0, "extended"),
    ("云帆科技盘前涨5%。", "云帆科技", 5.0, "extended"),
    ("云帆科技盘后跌超3.2%。", "云帆科技", -3.2, "extended:at_least"),
])
def test_a_move_outside_the_session_is_never_the_days(sentence, subject, value, qualifier):
    from briefs.extract.windows import is_window

    (got,) = moves(sentence)
    assert got[0] == subject and got[2] == value and got[3] == qualifier and is_window(got[3])


def test_a_name_after_its_figure_ends_before_the_full_stop():
    got = moves("The Kospi slid 0.9%, dragged by a 2.4% decline in Harbor Electronics.")
    assert ("Harbor Electronics", -2.4) in [(s, v) for s, _, v, _ in got]
    got = moves("The gauge rose, led by gains of 3% each in Harbor Lights Inc. and Pine Co.")
    assert [s for s, _, _, _ in got] == ["Harbor Lights Inc.", "Pine Co."]


def test_a_relative_clause_describing_the_name_holds_no_non_move_word():
    got = moves("The Harbor Tech index, which tracks startups on the growth board, climbed 2.1%.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Tech index", 2.1)]
    assert moves("Revenue, which beat forecasts, rose 5%.") == []  # the clause's own subject still counts


@pytest.mark.parametrize("sentence, subject, value", [
    ("松岭生物急升8.5%，為表現最好藍籌。", "松岭生物", 8.5),
    ("港岸地產急挫4.2%。", "港岸地產", -4.2),
    ("港岸地產大升3%。", "港岸地產", 3.0),
])
def test_hong_kong_papers_verbs_of_motion(sentence, subject, value):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == [(subject, value)]


def test_a_titles_space_parts_its_clauses_for_amounts_too():
    got = sentence_facts("港股收市：恒指跌98點 科指跌1.4% 成交2,318億元", "a", load_reference())
    turnover = [f for f in got if f.metric == "turnover"]
    assert [(f.code, f.value) for f in turnover] == [("CN.MARKET", 2.318e11)]  # the market's, not 科指's


@pytest.mark.parametrize("sentence, kept", [
    ("Futures tied to the Dow Jones Industrial Average fell 120 points, or 0.3%.", []),
    ("S&P 500 futures rose 0.4%, while the S&P 500 closed up 0.2%.", [("SPX.US", 0.2)]),
    ("The Hang Seng Index rose 1%, and contracts on the Nikkei fell 0.5%.", [("HSI.HK", 1.0)]),
    ("恒指夜期涨0.5%，恒指收涨1%。", [("HSI.HK", 1.0)]),
])
def test_an_index_futures_figure_is_never_the_index(sentence, kept):
    assert [(c, v) for _, c, v, _ in moves(sentence)] == kept


def test_an_index_futures_level_is_never_the_index_level():
    got = sentence_facts("恒指夜期收报25,650点，较现货低水162点。", "a", load_reference())
    assert not [f for f in got if f.code == "HSI.HK"]


def test_an_unknown_ticker_beside_a_known_name_decides_and_lower_case_initials_open_names():
    got = moves("The iShares China Large-Cap ETF (FXI) rose 1.1%, and the KraneShares CSI China Internet ETF (KWEB) "
                "jumped 2.4%.")
    assert [(s, c, v) for s, c, v, _ in got] == [("iShares China Large-Cap ETF", "FXI", 1.1),
                                                 ("KraneShares CSI China Internet ETF", "KWEB", 2.4)]
    assert [(s, c) for s, c, _, _ in moves("China Internet ETF (KWEB) jumped 2.4%.")] == [("China Internet ETF", "KWEB")]
    assert [(s, c) for s, c, _, _ in moves("Tencent (HK) rose 2%.")] == [("Tencent", "00700.HK")]


@pytest.mark.parametrize("sentence, expected", [
    ("松岭能源股价一度跌5%，收盘跌3.12%。", [(-5.0, "intraday_low"), (-3.12, "close")]),
    ("松岭能源盘中一度涨8%，午间涨6.1%。", [(8.0, "intraday_high"), (6.1, "intraday")]),
    # the high keeps its bound: "over 8%" never reads as exactly 8%
    ("松岭能源盘中一度涨超8%，午间涨6.1%。", [(8.0, "intraday_high:at_least"), (6.1, "intraday")]),
    ("Pine Ridge Foods shed as much as 6% before closing down 4.2%.", [(-6.0, "intraday_low"), (-4.2, "close")]),
    ("Pine Ridge Foods gained 2.9% premarket.", [(2.9, "extended")]),
])
def test_an_exact_move_the_session_touched_once_is_its_extreme(sentence, expected):
    assert [(v, q) for _, _, v, q in moves(sentence)] == expected


def test_a_bounded_session_extreme_keeps_its_bound_in_every_wording():
    from briefs.edition import Edition
    from briefs.wording import said_move, stated_move

    (got,) = moves("星河材料盘中最高涨超5%。")
    assert got[2:] == (5.0, "intraday_high:at_least")
    assert stated_move(5.0, "intraday_high:at_least") == ">+5%"
    assert said_move(5.0, "intraday_high:at_least") == ">+5% (intraday high)"
    assert said_move(-5.0, "intraday_low:about", Edition.of("zh_Hans")) == "跌约5%（盘中最低）"


def test_a_ranking_between_a_name_and_its_figure_and_a_funds_size_after_its_flow():
    got = moves("Among sectors, Harbor Lights led gains, rising 1.8%, while Pine Ridge Foods fell 0.7%.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Lights", 1.8), ("Pine Ridge Foods", -0.7)]
    got = sentence_facts("星河机器人ETF近20个交易日净流入12.5亿元，最新规模突破200亿元，份额单日增加超1亿份。", "a",
                         load_reference())
    assert [(f.metric, f.value) for f in got] == [("net_inflow", 1.25e9)]


def test_points_then_a_bracketed_percent_then_its_direction():
    got = moves("HSI closed 213 pts (0.8%) lower at 25,600.")
    assert [(c, v) for _, c, v, _ in got] == [("HSI.HK", -0.8)]
    got = moves("The Harbor Composite ended 180.5 points (0.7%) higher.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Composite", 0.7)]


def test_an_english_etf_flash_its_market_from_codes_and_shared_english_short_names():
    from datetime import datetime, timedelta, timezone

    published = datetime(2025, 11, 11, 13, 35, tzinfo=timezone(timedelta(hours=8)))
    article = Article("a", "Harbor Robotics ETF (159999) Rises 2.55%", "Fund Wire", published, "", "en",
                      "As of 13:30, the Harbor Robotics ETF (159999) rose 2.55%. Constituent Leader Drive (688017) "
                      "surged 9.2%.", "t")
    got = [(f.subject, f.code, f.value, f.qualifier.split(":")[0]) for f in article_facts(article, load_reference())]
    # published during the Chinese session: the codes' market says so, though the reference knows neither
    assert ("Harbor Robotics ETF", "159999.SZ", 2.55, "intraday") in got
    assert ("Leader Drive", "688017.SH", 9.2, "intraday") in got
    # "Sci-Tech Chip ETF" translates 科创芯片ETF, the short name of eight funds: no code without one printed
    assert [(s, c) for s, c, _, _ in moves("Sci-Tech Chip ETF up 1.8%.")] == [("Sci-Tech Chip ETF", "")]


def test_the_previous_session_said_after_the_figure_and_a_pointer_after_a_coordinate():
    got = moves("Harbor Lights fell 2% in the previous session and rose 3% on Tuesday.")
    assert [(v, q) for _, _, v, q in got] == [(-2.0, "previous_session"), (3.0, "")]
    assert [(v, q) for _, _, v, q in moves("Harbor Lights rose 2% yesterday.")] == [(2.0, "previous_session")]
    got = moves("Tencent's revenue grew 9.1% year on year, and its shares rose 1.2%.")  # a pointer needs a known name
    assert [(c, v) for _, c, v, _ in got] == [("00700.HK", 1.2)]


@pytest.mark.parametrize("sentence, expected", [
    ("上周五，恒生指数下跌1.5%。", [(-1.5, "earlier")]),
    ("上周五，恒指跌1.5%；本周一，恒指涨0.8%。", [(-1.5, "earlier"), (0.8, "")]),
    ("The Hang Seng fell 1.5% last Friday and rose 0.8% on Monday.", [(-1.5, "earlier"), (0.8, "")]),
    ("Last Friday, the Hang Seng fell 1.5%.", [(-1.5, "earlier")]),
    ("恒生指数本周累计下跌1.5%。", [(-1.5, "weekly")]),
])
def test_a_day_of_last_week_is_an_earlier_day_and_this_weeks_window_stays(sentence, expected):
    assert [(v, q) for _, _, v, q in moves(sentence)] == expected


def test_listings_windows_after_respectively_and_pointers_to_nobody():
    got = moves("中国平安A股涨1.1%，H股涨1.8%。")
    assert [(c, v) for _, c, v, _ in got] == [("601318.SH", 1.1), ("02318.HK", 1.8)]
    got = moves("Harbor Lights and Pine Co rose 2% and 3%, respectively, last week.")
    assert [q for _, _, _, q in got] == ["weekly", "weekly"]
    # "the index" names no index here: the figure is nobody's, never Harbor Lights'
    assert [(s, v) for s, _, v, _ in moves("Harbor Lights rose 2%, while the index fell 1%.")] == [("Harbor Lights", 2.0)]
    # the Hong Kong close is no extended-hours figure because the clause after it speaks of the premarket
    assert ("阿里巴巴", 3.2, "close") in [(s, v, q) for s, _, v, q in moves("阿里巴巴港股收涨3.2%，美股盘前涨2.1%。")]


def test_a_move_noun_owned_by_its_subject():
    got = moves("Chip stocks rallied, led by Harbor Semi's 5% jump.")
    assert ("Harbor Semi", 5.0) in [(s, v) for s, _, v, _ in got]
    assert [(c, v) for _, c, v, _ in moves("Tencent's 3% drop weighed on the index.")] == [("00700.HK", -3.0)]


def test_overnight_is_the_previous_session():
    got = moves("消息面上，英伟达股价隔夜上涨3.2%，带动A股算力板块走强。")
    assert [(s, c, v, q) for s, c, v, q in got] == [("英伟达", "NVDA.US", 3.2, "previous_session")]
    assert [q for _, _, _, q in moves("隔夜美股三大指数集体收涨，纳指涨0.9%。")] == ["previous_session"]


def test_a_listing_said_before_the_name_and_initials_in_brackets_are_no_ticker():
    got = moves("Hong Kong-listed shares of BYD rose 2%, while its Shenzhen-listed shares gained 1.5%.")
    assert [(c, v) for _, c, v, _ in got] == [("01211.HK", 2.0), ("002594.SZ", 1.5)]
    got = moves("Mainland-listed shares of Harbor Amperex Technology (HATL) climbed 3.3%.")
    assert [(s, c) for s, c, _, _ in got] == [("Harbor Amperex Technology", "")]
    got = moves("The Pine Ridge China Internet ETF (PWEB) jumped 2.4%.")  # a ticker that is no abbreviation stays
    assert [(s, c) for s, c, _, _ in got] == [("Pine Ridge China Internet ETF", "PWEB")]


def test_window_words_after_a_name_and_h_shares_of():
    got = moves("星河指数收跌0.52%，全周累计下跌2.1%。")
    assert [(s, v, q) for s, _, v, q in got] == [("星河指数", -0.52, "close"), ("星河指数", -2.1, "weekly")]
    got = moves("星河指数本月以来上涨8.2%，今日收涨1.1%。")
    assert [(s, v, q) for s, _, v, q in got] == [("星河指数", 8.2, "monthly"), ("星河指数", 1.1, "close")]
    assert [c for _, c, _, _ in moves("H-shares of China Merchants Bank rose 1.1%.")] == ["03968.HK"]


@pytest.mark.parametrize("sentence", ["恒生指数 25,600.5 -213.1 (-0.83%)", "Hang Seng Index: 25,600.5, -213.1 (-0.83%)"])
def test_a_quote_row_name_level_change_and_percent(sentence):
    assert [(c, v) for _, c, v, _ in moves(sentence)] == [("HSI.HK", -0.83)]


def test_breadth_with_its_bound_after_the_word():
    got = sentence_facts("个股方面，上涨个股超过3000只，下跌个股约2000只，涨停58只。", "a", load_reference())
    assert [(f.value, f.unit, f.qualifier) for f in got if f.metric == "count"] == [
        (3000.0, "stocks_up", "at_least"), (2000.0, "stocks_down", "about"), (58.0, "stocks_limit_up", "")]


@pytest.mark.parametrize("sentence, expected", [
    ("Harbor Lights, which has surged 40% this year, fell 2.1%.", [(40.0, "ytd"), (-2.1, "")]),
    ("Harbor Lights has lost 20% since January but rose 3% on Tuesday.", [(-20.0, "ytd"), (3.0, "")]),
    ("Harbor Lights has gained 150% since April.", [(150.0, "monthly")]),
    ("The Pine ETF gained 5.3% this week, including a 1.1% rise on Friday.", [(5.3, "weekly"), (1.1, "")]),
])
def test_a_window_said_after_a_figure_is_that_figures_only(sentence, expected):
    assert [(v, q) for _, _, v, q in moves(sentence)] == expected


def test_an_index_described_by_what_it_holds():
    got = moves("The Nasdaq Golden Dragon China index of U.S.-listed Chinese companies rose 2.3%.")
    assert [(s, v) for s, _, v, _ in got] == [("Nasdaq Golden Dragon China index", 2.3)]


def test_a_listing_word_opening_a_clause_pairs_with_the_listing_just_said():
    got = moves("中芯国际港股涨5%，A股涨3.2%。")
    assert [(c, v) for _, c, v, _ in got] == [("00981.HK", 5.0), ("688981.SH", 3.2)]
    # no listing said before: "港股" alone is the market's word, and no figure of Tencent's
    assert [(c, v) for _, c, v, _ in moves("腾讯控股涨2%，港股涨1%。")] == [("00700.HK", 2.0)]


@pytest.mark.parametrize("sentence, expected", [
    ("Harbor Lights has fallen for five straight sessions, losing 12% in that span.", [(-12.0, "streak:5")]),
    ("星河科技连续三日下跌，累计跌幅达12%。", [(-12.0, "streak:3")]),
    ("星河科技连续三日下跌，今日跌2%。", [(-2.0, "")]),  # no cumulative word: the day's own figure
])
def test_a_run_named_in_the_clause_before_a_cumulative_figure(sentence, expected):
    assert [(v, q) for _, _, v, q in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a ticker printed after the name without brackets, as MarketWatch prints it
    ("Harbor Lights Inc. HLX shares fell 6% after the retailer cut its outlook.", [("Harbor Lights Inc.", "HLX", -6.0)]),
    ("Quarry Robotics Corp.'s stock QRB dropped 2.8%.", [("Quarry Robotics Corp.", "QRB", -2.8)]),
    # the ticker shares the name's initials and is still a ticker when written inline
    ("Harbor Depot Inc. HD rose 1%.", [("Harbor Depot Inc.", "HD", 1.0)]),
    # a known name takes its reference code
    ("Nvidia Corp.'s stock NVDA dropped 2.8%.", [("Nvidia Corp", "NVDA.US", -2.8)]),
    # capitals after capitals are a name of their own, not a ticker; after a possessive, what is owned
    ("ORION HARBOUR PPT fell 2%.", [("ORION HARBOUR PPT", "", -2.0)]),
    ("Germany's DAX shed 0.8%.", [("DAX", "", -0.8)]),
    # a quote page's index symbol is no code; the name before it is the subject
    ("The Acme Biotech Index (^ABX) rose 0.4% in midday trading.", [("Acme Biotech Index", "", 0.4)]),
])
def test_inline_tickers_and_quote_symbols(sentence, expected):
    assert [(s, c, v) for s, c, v, _ in moves(sentence)] == expected


def test_a_name_with_a_ticker_and_its_verb_phrase_before_a_participle():
    got = moves("Quarry Robotics Inc.'s Class A shares QRB bucked the trend, rising 2.9% to a record.")
    assert [(s, v) for s, _, v, _ in got] == [("Quarry Robotics Inc.", 2.9)]


def test_an_appositive_after_a_name_names_nothing():
    got = moves("Harbor Lights Group, the owner of the Evening Post, gained 3.1 per cent.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Lights Group", 3.1)]


def test_a_word_that_is_a_company_name_is_no_price_target():
    assert [(s, v) for s, _, v, _ in moves("Target (TGT) stock sank 3.1% on weak sales.")] == [("Target", -3.1)]
    assert moves("The price target implies 3.1% upside.") == []


def test_a_day_after_an_event_word_is_the_events():
    def qualifiers(sentence: str) -> list[str]:
        return [f.qualifier for f in facts_on(sentence, date(2025, 11, 18))]  # a Tuesday
    assert qualifiers("Harbor Lights dropped 2.8% ahead of its report on Wednesday.") == [""]
    assert qualifiers("Harbor Lights dropped 2.8% on Monday ahead of its report.") == ["previous_session"]


def test_a_longer_name_starting_inside_a_shorter_one_is_the_name():
    got = moves("The Dow Jones Industrial Average fell 1.07%.")
    assert [(s, c) for s, c, _, _ in got] == [("Dow Jones Industrial Average", "DJI.US")]


def test_the_close_said_after_the_level_the_figure_reached():
    got = moves("The Acme Biotech Index climbed 1.2 per cent to 25,870.35 at the close.")
    assert [(v, q) for _, _, v, q in got] == [(1.2, "close")]
    assert [(v, q) for _, _, v, q in moves("The Acme Biotech Index climbed 1.2 per cent to 25,870.35.")] == [(1.2, "")]


def test_an_index_family_written_with_a_slash():
    # one the reference lacks is named as written; one it knows is its row
    assert [(s, v) for s, _, v, _ in moves("New Zealand's S&P/NZX 50 index eased 1.9%.")] == [("S&P/NZX 50", -1.9)]
    assert [(c, v) for _, c, v, _ in moves("Australia's S&P/ASX 200 index eased 1.9%.")] == [("AXJO.AU", -1.9)]


@pytest.mark.parametrize("sentence, expected", [
    ("润泽科技20cm涨停，并行科技涨超8%。", ["润泽科技", "并行科技"]),  # 并 opens a name
    ("和而泰涨停。", ["和而泰"]),
    ("星河科技涨5%，并带动星河电子涨3%。", ["星河科技", "星河电子"]),  # 并 before a verb is the conjunction
])
def test_names_that_open_with_a_conjunctions_character(sentence, expected):
    assert [s for s, _, _, _ in moves(sentence)] == expected


def test_slightly_after_a_known_short_chinese_name():
    # 微跌 after a name of two characters the reference knows: the name is 苹果, not 苹果微
    assert [(s, c, v) for s, c, v, _ in moves("英伟达涨2.35%，苹果微跌0.12%。")] == [
        ("英伟达", "NVDA.US", 2.35), ("苹果", "AAPL.US", -0.12)]


def test_spaced_figures_in_chinese_copy():
    got = moves("星河指數收市跌 213 點或 0.83%，報 25,430 點。")
    assert [(s, v) for s, _, v, _ in got] == [("星河指數", -0.83)]


def test_a_bare_five_digit_code_is_written_as_a_hong_kong_code():
    assert [(s, c) for s, c, _, _ in moves("星河礦業（02899）升 2.2%。")] == [("星河礦業", "02899.HK")]


@pytest.mark.parametrize("sentence, expected", [
    ("The Harbor 2000 small-cap index pared losses to end down 0.1%.", [("Harbor 2000", -0.1, "close")]),
    ("The Harbor 2000 small-cap index ended down 0.1%.", [("Harbor 2000 small-cap index", -0.1, "close")]),
    ("The Harbor 2000 index was down 1.1% in its final hour of trade.", [("Harbor 2000 index", -1.1, "intraday")]),
])
def test_numbered_index_names_with_a_description_and_the_last_hour(sentence, expected):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == expected


def test_the_publication_time_speaks_for_each_market_by_its_own_hours():
    # published 15:40 in Beijing on a Monday: Shanghai has closed (15:00), Hong Kong has not (16:00)
    got = {f.code: f.qualifier for f in published("China stocks pare gains", "Kweichow Moutai climbed 2.1%, while "
                                                  "Tencent Holdings rose 0.6%.", "2025-11-24 15:40")}
    assert got == {"600519.SH": "", "00700.HK": "intraday"}


def test_an_asian_wrap_speaks_for_each_market_and_its_unknown_names_by_their_place():
    # 13:20 in Beijing on a Wednesday: Tokyo, Seoul, Sydney and Mumbai are trading; New York closed hours ago,
    # and the US names Tuesday's figures
    got = {(f.subject, f.metric): (f.market, f.qualifier) for f in published(
        "Asian markets mixed",
        "Tokyo's Nikkei 225 gained 1.2% to a record. Toyota Motor jumped 3.1% and Sony Group added 1.9%. In Hong "
        "Kong, the Hang Seng rose 0.8% to 25,605.9. Australia's All Ordinaries edged 0.1% higher. In India, the BSE "
        "Midcap index was up 0.2%. On Tuesday, the S&P 500 rose 0.7% and the Nasdaq composite climbed 1.3%.",
        "2026-05-13 13:20")}
    assert got[("Toyota Motor", "pct_change")] == ("jp", "intraday")  # after the Nikkei, not the US named most
    assert got[("Australia's All Ordinaries", "pct_change")] == ("au", "intraday")
    assert got[("BSE Midcap index", "pct_change")] == ("in", "intraday")
    assert got[("Hang Seng", "level")] == ("hk", "intraday")  # as its move, not the US's previous session
    assert got[("S&P 500", "pct_change")] == ("us", "previous_session")


def test_a_company_named_after_an_index_owns_the_points_and_the_price_that_follow():
    got = sentence_facts("The best performers of the session on the Dow Jones Industrial Average were Harbor Foods "
                         "Inc (NYSE:HBF), which rose 1.42% or 1.36 points to trade at 97.10 at the close.", "a",
                         load_reference())
    assert [(f.subject, f.metric, f.value) for f in got] == [("Harbor Foods Inc", "pct_change", 1.42)]


def test_a_channel_after_a_word_of_receiving_bought_the_name_before_it():
    got = sentence_facts("星河科技(09898.HK)獲北水淨買入12.3億元，股價升1.9%。", "a", load_reference())
    assert [(f.subject, f.metric, f.value) for f in got] == [
        ("星河科技", "pct_change", 1.9), ("星河科技", "net_inflow", 1230000000.0)]


def test_flows_in_yuan_are_hong_kong_dollars_only_in_a_hong_kong_paper():
    def unit(sentence: str) -> list[str]:
        return [f.unit for f in sentence_facts(sentence, "a", load_reference()) if f.metric == "net_inflow"]
    assert unit("南向資金淨買入港股45.6億元。") == ["HKD"]  # traditional characters: a Hong Kong paper
    assert unit("南向资金净买入港股45.6亿元。") == ["CNY"]  # mainland data quote southbound flows in yuan


@pytest.mark.parametrize("sentence, expected", [
    # words set off by commas after a name, with no "and", describe it
    ("The Harbor Volatility index, Wall Street's fear gauge, jumped 14%.", [("Harbor Volatility index", 14.0)]),
    ("Harbor Lights, Quarry Robotics and Pine Mills, the three laggards, fell 2%.",
     [("Harbor Lights", -2.0), ("Quarry Robotics", -2.0), ("Pine Mills", -2.0)]),
    # after a figure, its clause runs on to ", and"; the next subject opens there
    ("Harbor Lights, down 3.2%, weighed most on the Acme Biotech Index, and shares of Quarry Robotics slipped 1.5%.",
     [("Harbor Lights", -3.2), ("Quarry Robotics", -1.5)]),
])
def test_asides_and_clauses_set_off_by_commas(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Investors pulled $3.1 billion from the Harbor Growth ETF (HGX) on Tuesday.", [("Harbor Growth ETF", -3.1e9)]),
    ("The Pine Dividend ETF took in $1.2 billion.", [("Pine Dividend ETF", 1.2e9)]),
    ("The Pine Dividend ETF bucked the trend with $640 million of inflows.", [("Pine Dividend ETF", 6.4e8)]),
    ("The Pine Dividend ETF saw $20 million of outflows.", [("Pine Dividend ETF", -2e7)]),
])
def test_fund_flows_as_flow_reports_write_them(sentence, expected):
    assert [(s, v) for s, m, v, _ in amounts(sentence) if m == "net_inflow"] == expected


def test_a_us_fund_named_by_its_ticker():
    assert [(s, c) for s, c, _, _ in moves("SPY fell 0.8% and XLK slipped 0.5%.")] == [
        ("SPY", "SPY.US"), ("XLK", "XLK.US")]


@pytest.mark.parametrize("sentence, expected", [
    ("The Harbor 2000 index rose 8% in the third quarter.", [(8.0, "quarterly")]),
    ("本季度以来，星河科技累计上涨18%。", [(18.0, "quarterly")]),
    ("星河指数第三季累升15%。", [(15.0, "quarterly")]),
    ("星河科技季涨幅达12%。", [(12.0, "quarterly")]),
    ("Harbor Lights has gained 4.5% so far in November.", [(4.5, "monthly")]),
    ("Harbor Lights rose 3% month-to-date.", [(3.0, "monthly")]),
    ("Harbor Lights fell 3% month-over-month.", [(-3.0, "monthly")]),
    ("Harbor Lights rose 2% on November 20.", [(2.0, "")]),  # a date is a day, not a month
])
def test_quarters_and_named_months_are_windows(sentence, expected):
    assert [(v, q) for _, _, v, q in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Harbor Lights is down 20% from its record high.", []),
    ("Harbor Lights trades 15% below its January peak.", []),
    ("Harbor Lights has more than doubled since its IPO, up 120%.", []),
    ("星河科技较年内高点回落20%。", []),
    ("星河科技距历史高点已下跌35%。", []),
    ("星河科技较52周高点回落20%。", []),  # a window's digits inside the peak's words
    # a verb of the day: the day's move from the record it set before
    ("The Harbor 2000 index slipped 0.3% from its all-time high.", [-0.3]),
    ("星河科技股价创年内高点，涨5%。", [5.0]),
])
def test_the_distance_from_a_peak_is_no_move(sentence, expected):
    assert [v for _, _, v, _ in moves(sentence)] == expected


@pytest.mark.parametrize("sentence", ["星河科技股价较前收盘价上涨3.2%。", "星河科技较昨日收盘上涨3.2%。"])
def test_the_close_a_move_is_measured_from_is_neither_its_subject_nor_its_moment(sentence):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == [("星河科技", 3.2, "")]


def test_a_quarter_is_written_as_a_window_in_both_languages():
    from briefs.edition import Edition
    from briefs.wording import MOMENT_LABELS

    assert MOMENT_LABELS["quarterly"] == "quarter"
    assert Edition.of("zh").gettext(MOMENT_LABELS["quarterly"]) == "季度"
    assert Edition.of("zh_Hant_HK").gettext(MOMENT_LABELS["quarterly"]) == "季度"


@pytest.mark.parametrize("sentence, expected", [
    ("Harbor Lights' market value fell 5%.", []),
    ("Harbor Lights' short interest rose 5%.", []),
    ("Harbor Lights' implied volatility jumped 20%.", []),
    ("星河科技融资余额增长5%。", []),
    ("星河科技股东户数减少5%。", []),
    # the same words elsewhere in the clause leave the move alone
    ("Tech stocks slid on valuation worries, with Harbor Lights down 3%.", [("Harbor Lights", -3.0)]),
    ("The Harbor Volatility index jumped 14%.", [("Harbor Volatility index", 14.0)]),
    # a plural's possessive mark is no part of the name
    ("Harbor Lights' shares rose 2%.", [("Harbor Lights", 2.0)]),
])
def test_measures_of_a_company_that_are_not_its_price(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_the_lunch_break_is_intraday():
    assert [(v, q) for _, _, v, q in moves("The Acme Biotech Index was 1.1% lower at the lunch break.")] == [
        (-1.1, "intraday")]


def test_gave_up_is_a_fall_and_last_is_the_latest_quote():
    assert [(s, v) for s, _, v, _ in moves("Harbor Lights gave up 2% and Quarry Robotics shed 1.5%.")] == [
        ("Harbor Lights", -2.0), ("Quarry Robotics", -1.5)]
    assert [(v, q) for _, _, v, q in moves("Harbor Lights was last up 3.2%.")] == [(3.2, "intraday")]


def test_a_bare_six_digit_code_is_written_with_the_exchange_its_form_says():
    assert [c for _, c, _, _ in moves("星河科技（603999）涨停。")] == ["603999.SH"]
    assert [c for _, c, _, _ in moves("星河电子（301999）涨3%。")] == ["301999.SZ"]
    # 000xxx is a Shenzhen share and a Shanghai index: its form says no exchange
    assert [c for _, c, _, _ in moves("星河指数（000999）涨1%。")] == ["000999"]


def test_names_listed_after_a_flow_word_pair_with_their_amounts():
    got = amounts("今日主力资金净流入星河电子、星河计算机板块，分别为52.3亿元、31.2亿元。")
    assert [(s, v) for s, _, v, _ in got] == [("星河电子", 5230000000.0), ("星河计算机板块", 3120000000.0)]


@pytest.mark.parametrize("sentence, expected", [
    ("星河科技(09898.HK)業績後挫5.2%。", [("星河科技", -5.2)]),
    ("星河科技业绩公布后大涨8%。", [("星河科技", 8.0)]),
    ("After earnings, Harbor Lights fell 3%.", [("Harbor Lights", -3.0)]),
    ("Following its earnings report, Harbor Lights jumped 9%.", [("Harbor Lights", 9.0)]),
    # results that are what moved stay out
    ("Harbor Lights' earnings rose 12%.", []),
    ("星河科技业绩增长50%。", []),
    ("Harbor Lights jumped 9% after its revenue rose 12%.", [("Harbor Lights", 9.0)]),
])
def test_results_named_as_a_time_are_no_measure(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_a_sentence_about_us_listed_chinese_shares_names_their_new_york_listings():
    # the reference lists XPeng's Hong Kong listing only: its New York figure takes no code rather than a wrong one
    assert [(s, c) for s, c, _, _ in moves("中概股多数上涨，小鹏汽车涨超5%。")] == [("小鹏汽车", "")]
    assert [(s, c) for s, c, _, _ in moves("小鹏汽车涨超5%。")] == [("小鹏汽车", "09868.HK")]
    # 中概 alone is no listing word: the China internet ETF trades in Shanghai
    assert [c for _, c, _, _ in moves("中概互联网ETF涨2%，腾讯控股涨1%。")] == ["513050.SH", "00700.HK"]


def test_a_name_the_article_printed_with_its_code_keeps_it_later():
    body = ("科创50ETF(588000)上涨1.1%，最新价报1.25元。拉长时间看，科创50ETF近1周累计上涨3.2%。"
            "星河ETF(159999)涨2%，星河ETF近5日累计涨5%。")
    got = [(f.subject, f.code, f.value) for f in published("科创50ETF走强", body, "2025-11-26 10:45")
           if f.metric == "pct_change"]
    assert got == [("科创50ETF", "588000.SH", 1.1), ("科创50ETF", "588000.SH", 3.2),
                   ("星河ETF", "159999.SZ", 2.0), ("星河ETF", "159999.SZ", 5.0)]
    # without the code printed, a name several funds share gives none
    assert [c for _, c, _, _ in moves("科创50ETF近1周累计上涨3.2%。")] == [""]


def test_a_day_of_the_month_alone():
    def read(sentence: str) -> list[tuple]:
        return [(f.subject, f.value, f.qualifier) for f in facts_on(sentence, date(2025, 11, 26))
                if f.metric == "pct_change"]
    assert read("星河科技26日涨停。") == [("星河科技", 10.0, "limit_up")]
    assert read("25日，星河指数曾上涨0.9%。") == [("星河指数", 0.9, "earlier")]
    # a span of days is no date: five days' gain is a window
    assert read("星河科技5日涨幅达20%。") == [("星河科技", 20.0, "streak:5")]
    assert read("星河科技近5日涨幅达20%。") == [("星河科技", 20.0, "streak:5")]


def test_the_body_states_a_figure_the_title_repeats():
    got = [(f.code, f.value, f.evidence) for f in published("星河ETF涨3.42%", "星河ETF（159999）涨3.42%，成交额2.1亿元。",
                                                             "2025-11-26 16:45") if f.metric == "pct_change"]
    assert got == [("159999.SZ", 3.42, "星河ETF（159999）涨3.42%，成交额2.1亿元。")]


def test_points_with_their_direction_after():
    got = sentence_facts("The Hang Seng Index closed 213 points lower at 25,430.", "a", load_reference())
    assert [(f.metric, f.value) for f in got if f.metric == "point_change"] == [("point_change", -213.0)]


@pytest.mark.parametrize("sentence, expected", [
    ("Among the biggest decliners were Harbor Lights, down 6.4%, and Quarry Robotics, off 5.1%.",
     [("Harbor Lights", -6.4), ("Quarry Robotics", -5.1)]),
    ("Top gainers included Harbor Lights, up 3%.", [("Harbor Lights", 3.0)]),
    ("Harbor Lights, which is Quarry Robotics' rival, rose 2%.", [("Harbor Lights", 2.0)]),
])
def test_names_after_an_inverted_verb(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_the_exchange_pair_with_thousands_separators():
    got = amounts("滬深兩市分別成交6,812.35億元和8,903.61億元，總成交較前一交易日萎縮。")
    assert [(s, v) for s, _, v, _ in got] == [("滬市", 681235000000.0), ("深市", 890361000000.0)]


def test_a_limit_of_the_session_before():
    got = moves("前一交易日漲停的星河重工當日繼續漲停。")
    assert [(s, v, q) for s, _, v, q in got] == [("星河重工", 10.0, "previous_session"), ("星河重工", 10.0, "limit_up")]


def test_a_sector_phrase_opening_a_sentence_in_capitals():
    assert [(s, v) for s, _, v, _ in moves("Real estate shares were also lagging, down 0.8%.")] == [("Real estate", -0.8)]
    assert [s for s, _, _, _ in moves("Communication services and consumer discretionary lagged, dropping 1.25 "
                                      "percent and 0.64 percent, respectively.")] == [
        "Communication services", "consumer discretionary"]


def test_a_long_chinese_index_name_before_its_code():
    assert [s for s, _, _, _ in moves("中证星河材料设备主题指数（931999）上涨2.21%。")] == ["中证星河材料设备主题指数"]


def test_the_largest_move_of_the_session():
    assert [(s, v, q) for s, _, v, q in moves("星河科技盘中最大涨幅超过10%。")] == [
        ("星河科技", 10.0, "intraday_high:at_least")]
    assert [(s, v, q) for s, _, v, q in moves("星河科技盘中最大跌幅达8%。")] == [("星河科技", -8.0, "intraday_low")]


def test_futures_opening_a_clause_are_not_the_index():
    assert moves("Hang Seng index futures indicated a weaker open, down 0.4%.") == []
    assert [c for _, c, _, _ in moves("The Hang Seng index extended its slide, down 0.4%.")] == ["HSI.HK"]


def test_names_sharing_a_plural_head():
    got = moves("The Hang Seng and Hang Seng Tech indexes fell 0.7% and 1.5%, respectively.")
    assert [(c, v) for _, c, v, _ in got] == [("HSI.HK", -0.7), ("HSTECH.HK", -1.5)]


@pytest.mark.parametrize("sentence, expected", [
    ("Chip stocks rallied, with Harbor Lights and Quarry Robotics hitting the daily limit.",
     [("Harbor Lights", 10.0), ("Quarry Robotics", 10.0)]),
    # the names before ", with" are another clause's: a product and a description name no limit move
    ("The industry surged after the release of Harbor Model V3.1, with multiple computing power stocks hitting "
     "the limit up.", []),
])
def test_a_limit_move_after_with_names_its_own_subjects(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_pc_is_a_percent_and_four_digit_codes_are_hong_kong_ones():
    # The Standard's "pc" is a percent sign; Hong Kong papers print four-digit codes
    assert moves("Harbor Lights (0016) rose 1.9pc and Tallow Mills (1113) shed 1.4 pc.") == [
        ("Harbor Lights", "00016.HK", 1.9, ""), ("Tallow Mills", "01113.HK", -1.4, "")]
    assert moves("Lenovo's PC shipments rose in the quarter.") == []
    # "turnover HK$152b" states no bound: "over" inside "turnover" is no word
    assert [(f.metric, f.value, f.qualifier) for f in sentence_facts(
        "Hang Seng slips; turnover HK$152b", "a", load_reference())] == [("turnover", 152e9, "")]


@pytest.mark.parametrize("sentence, expected", [
    # a partitive opening ("Of the 11 sectors,") sets the scene; the subject follows it
    ("Of the 11 major S&P 500 sectors, energy gained the most, up 1.1%.", [("energy", "", 1.1, "")]),
    ("Of the S&P 500 sectors, real estate led, up 0.8%.", [("real estate", "", 0.8, "")]),
    # "firmer by", "weaker": how wires write a rise and a fall
    ("Around the region, MSCI's Asia ex-Japan stock index was firmer by 0.3%.",
     [("MSCI's Asia ex-Japan stock index", "MSCI.APXJ", 0.3, "")]),
    ("The Acme Composite was 0.4% weaker.", [("Acme Composite", "", -0.4, "")]),
    # an index's own part after "its"
    ("The Acme 300 index rose 0.5%, with its financial sector sub-index higher by 0.2%.",
     [("Acme 300 index", "", 0.5, ""), ("financial sector sub-index", "", 0.2, "")]),
    # a scene, then a known name opening the clause whose figure comes after its quote
    ("At 0405 GMT, the yuan was quoted at 7.1032 per U.S. dollar, 0.05% firmer than the previous close.",  # (its clock: intraday)
     [("the yuan", "USDCNY", 0.05, "intraday")]),
    # 与 inside an index's name; a shared figure still splits a list of names
    ("中证全指星河产品与设备指数上涨3.21%。", [("中证全指星河产品与设备指数", "", 3.21, "")]),
    ("星河电子与云帆设备指数均涨1%。", [("星河电子", "", 1.0, ""), ("云帆设备指数", "", 1.0, "")]),
])
def test_scene_openings_comparatives_and_names_with_conjunctions(sentence, expected):
    assert moves(sentence) == expected


def test_a_late_session_word_in_its_own_clause_leaves_the_figures_to_the_article_time():
    body = "星河芯片股午后拉升，星河科技涨7.35%，云帆电子涨5%。早盘，星河材料一度跌2%。"
    got = {(f.subject, f.qualifier) for f in published("收评：芯片股走强", body, "2026-03-12 15:08")
           if f.metric == "pct_change"}
    # after the close, the day's figures (no qualifier); the morning's low keeps its moment
    assert got == {("星河科技", ""), ("云帆电子", ""), ("星河材料", "intraday_low")}
    # said in the figure's own clause, the word is still its moment
    assert moves("午后，星河科技涨7.35%。") == [("星河科技", "", 7.35, "intraday")]


def test_main_funds_and_a_channel_named_after_the_amount():
    assert amounts("资金面上，主力资金全天净流出89.6亿元。") == [("主力资金", "net_inflow", -8.96e9, "CNY")]
    assert amounts("主力资金净流入星河板块52.3亿元。") == [("星河板块", "net_inflow", 5.23e9, "CNY")]
    assert amounts("Mainland investors bought a net HK$4.1 billion of Hong Kong shares via the southbound "
                   "trading links.") == [("southbound", "net_inflow", 4.1e9, "HKD")]


def test_a_time_at_the_markets_close_is_the_close_and_currencies_are_named():
    assert moves("- The S&P 500 rose 0.4% as of 4:00 p.m. New York time") == [("S&P 500", "SPX.US", 0.4, "close")]
    assert moves("截至14:30，沪指涨0.4%。") == [("沪指", "000001.SH", 0.4, "intraday:14:30")]
    assert moves("- The euro rose 0.1% to $1.0852") == [("The euro", "EURUSD", 0.1, "")]
    assert moves("- The Japanese yen rose 0.3% to 151.20 per dollar") == [("The Japanese yen", "JPY", 0.3, "")]
    assert moves("Euro zone inflation rose to 2.4%.") == []


def test_limit_words_levels_and_points_as_hong_kong_papers_write_them():
    assert moves("机器人概念股活跃，云帆智能一字涨停。") == [("云帆智能", "", 10.0, "limit_up")]
    got = {(f.metric, f.value, f.qualifier) for f in sentence_facts(
        "恒指今早高開後窄幅上落，半日升120點或0.48%，報25,320點。", "a", load_reference())}
    # the level is the midday one (半日 said nearest before it), not the open's
    assert got == {("pct_change", 0.48, "intraday"), ("point_change", 120.0, "intraday"),
                   ("level", 25320.0, "intraday")}
    assert {(f.metric, f.value) for f in sentence_facts("恒指急挫300點，報24,000點。", "a", load_reference())} == {
        ("point_change", -300.0), ("level", 24000.0)}


def test_a_move_in_a_market_the_reference_lacks_keeps_no_code_and_peers_are_no_name():
    # ASML's Amsterdam listing is none the reference has: no code, never its New York one's
    assert moves("Shares of ASML jumped 4.2% in Amsterdam.") == [("ASML", "", 4.2, "")]
    assert moves("ASML rose 2%.")[0][1] == "ASML.US"
    # TSMC trades in Taipei and New York: the place says which (the test above)
    # ("is trading lower": the session so far)
    assert moves("Peer Tallow Mills Corp (NYSE:TLW) is trading lower by 3.1% to $45.20.") == [
        ("Tallow Mills Corp", "TLW", -3.1, "intraday")]
    assert moves("Peers rose 2%.") == []
    assert amounts("港股今日震荡走高，全日成交额2,310亿港元。") == [("全日成交额", "turnover", 231e9, "HKD")]


def test_a_premarket_title_makes_unsaid_figures_extended():
    got = {(f.subject, f.qualifier) for f in published(
        "美股盘前：热门中概股多数上涨", "热门中概股盘前多数上涨，星河汽车涨2%，云帆汽车跌0.6%。", "2026-04-09 20:30")}
    assert got == {("星河汽车", "extended"), ("云帆汽车", "extended")}


def test_a_gapped_list_after_semicolons_and_the_markets_funds():
    assert moves("Among sectors, technology rose 1.4%; financials, 0.8%; and utilities fell 0.3%.") == [
        ("technology", "", 1.4, ""), ("financials", "", 0.8, ""), ("utilities", "", -0.3, "")]
    from briefs.extract.text import split_sentences
    # the gapped item stays in its verb's sentence; a headline's clauses still part at the semicolon
    assert split_sentences("Harbor Lights fell 2%; Tallow Mills, 1.5%. HSI Down 118 pts; HSTECH Falls 1%") == [
        "Harbor Lights fell 2%; Tallow Mills, 1.5%.", "HSI Down 118 pts;", "HSTECH Falls 1%"]
    assert moves("Harbor Lights fell 2%; Tallow Mills, 1.5%.") == [("Harbor Lights", "", -2.0, ""),
                                                                   ("Tallow Mills", "", -1.5, "")]
    assert amounts("据Wind数据，全市场股票ETF合计净流入56.3亿元。") == [("全市场股票ETF", "net_inflow", 5.63e9, "CNY")]
    assert amounts("全市场成交额1.2万亿元。") == [("全市场", "turnover", 1.2e12, "CNY")]


def test_a_bound_said_during_the_session_keeps_both_its_bound_and_its_moment():
    from briefs.edition import Edition
    from briefs.wording import moment, said_move, stated_move

    assert moves("盘中星河科技涨超5%。") == [("星河科技", "", 5.0, "intraday:at_least")]
    assert moves("Harbor Lights rose more than 3% in afternoon trade.") == [
        ("Harbor Lights", "", 3.0, "intraday:at_least")]
    assert moves("星河科技涨超5%。") == [("星河科技", "", 5.0, "at_least")]  # said of no moment: a bound
    # a midday report: the bound holds for the session so far
    got = {(f.subject, f.qualifier) for f in published("港股午评：恒指跌0.5%", "星河科技涨超5%，云帆电子跌2%。",
                                                       "2026-04-09 12:10")}
    assert got >= {("星河科技", "intraday:at_least"), ("云帆电子", "intraday")}
    # after the close, the same words are a bound of the day
    got = {(f.subject, f.qualifier) for f in published("收评", "星河科技涨超5%。", "2026-04-09 15:30")}
    assert got == {("星河科技", "at_least")}
    assert stated_move(5.0, "intraday:at_least") == ">+5%"
    assert said_move(5.0, "intraday:at_least") == ">+5% (intraday)"
    assert said_move(-3.5, "intraday:about", Edition.of("zh_Hans")) == "跌约3.5%（盘中）"
    assert moment("intraday:14:00") == "intraday, 14:00"


@pytest.mark.parametrize("sentence, value, qualifier, english, chinese", [
    ("Harbor Lights has gained more than 5% this week.", 5.0, "weekly:at_least", ">+5% (week)", "涨逾5%（本周）"),
    ("星河科技本周累计涨超12%。", 12.0, "weekly:at_least", ">+12% (week)", "涨逾12%（本周）"),
    ("Harbor Lights fell more than 4% in extended trading.", -4.0, "extended:at_least", "<-4% (extended hours)",
     "跌逾4%（盘前盘后）"),
    ("Harbor Lights is down about 45% so far this year.", -45.0, "ytd:about", "≈-45% (year to date)",
     "跌约45%（年初至今）"),
])
def test_a_bound_over_a_window_or_outside_the_session_keeps_both_marks(sentence, value, qualifier, english, chinese):
    from briefs.edition import Edition
    from briefs.extract.windows import is_window
    from briefs.wording import said_move

    (got,) = moves(sentence)
    assert got[2:] == (value, qualifier) and is_window(qualifier)
    assert said_move(value, qualifier) == english  # never "+5.00%" for "more than 5%"
    assert said_move(value, qualifier, Edition.of("zh_Hans")) == chinese


def test_sub_indices_named_with_and_and_moves_that_went_up():
    got = moves("The sub-indices were mixed: the Hang Seng Finance Sub-index went up 0.62 percent, the Hang Seng "
                "Utilities Sub-index went down 0.21 percent, and the Hang Seng Commerce and Industry Sub-index went "
                "up 1.09 percent.")
    assert [(s, c, v) for s, c, v, _ in got] == [("Hang Seng Finance Sub-index", "HSI.FIN", 0.62),
                                                 ("Hang Seng Utilities Sub-index", "HSI.UTL", -0.21),
                                                 ("Hang Seng Commerce and Industry Sub-index", "HSI.CI", 1.09)]
    # the same list of names the reference lacks: each keeps its whole name, and no sub-index's code
    got = moves("The sub-indices were mixed: the Harbour Finance Sub-index went up 0.62 percent, the Harbour "
                "Utilities Sub-index went down 0.21 percent, and the Harbour Commerce and Industry Sub-index went "
                "up 1.09 percent.")
    assert [(s, c, v) for s, c, v, _ in got] == [("Harbour Finance Sub-index", "", 0.62),
                                                 ("Harbour Utilities Sub-index", "", -0.21),
                                                 ("Harbour Commerce and Industry Sub-index", "", 1.09)]
    # two known names joined by "and" stay two
    assert [s for s, _, _, _ in moves("The Dow and Nasdaq Composite index rose 1%.")] == [
        "The Dow", "Nasdaq Composite index"]
    assert moves("从行业板块来看，贵金属板块涨幅居首，板块内星河白银、云帆黄金均涨停。") == [
        ("星河白银", "", 10.0, "limit_up"), ("云帆黄金", "", 10.0, "limit_up")]


def test_a_hong_kong_index_beside_turnover_is_the_market_and_a_fund_name_keeps_its_ticker():
    assert [(f.subject, f.code, f.value) for f in sentence_facts(
        "The Hang Seng Index's main board turnover totaled 218.4 billion HK dollars.", "a", load_reference())] == [
        ("main board turnover", "HK.MARKET", 218.4e9)]
    got = [(f.subject, f.code, f.metric) for f in sentence_facts("恒指現升185點，報25,400點，成交額1,320億元。", "a",
                                                                 load_reference())]
    assert ("成交額", "HK.MARKET", "turnover") in got and ("恒指", "HSI.HK", "level") in got
    # an index's name inside a fund's is no index: the fund the reference knows, and one it lacks
    assert [(f.code, f.metric, f.value) for f in sentence_facts(
        "The iShares Core S&P 500 ETF (IVV) added $1.3 billion in new assets.", "a", load_reference())] == [
        ("IVV.US", "net_inflow", 1.3e9)]
    assert [(f.subject, f.code, f.metric, f.value) for f in sentence_facts(
        "The Harbor Core S&P 500 ETF (HCSP) added $1.3 billion in new assets.", "a", load_reference())] == [
        ("Harbor Core S&P 500 ETF", "HCSP", "net_inflow", 1.3e9)]


def test_an_after_hours_title_and_the_regular_session():
    got = {(f.subject, f.qualifier) for f in published(
        "Stocks making the biggest moves after hours",
        "Harbor Lights — Shares of the lighting firm jumped 7.4% after raising its outlook. During the regular "
        "session, Tallow Mills shares had gained 1.8%.", "2026-04-11 05:30")}
    assert got == {("Harbor Lights", "extended"), ("Tallow Mills", "close")}


def test_a_one_year_window_once_and_a_pointer_before_a_late_move():
    assert moves("拉长时间看，截至4月10日，星河ETF近1年上涨18.35%。") == [("星河ETF", "", 18.35, "yearly")]
    assert moves("星河股份盘中曾跌5%，收盘跌2%。") == [("星河股份", "", -5.0, "intraday_low"),
                                                 ("星河股份", "", -2.0, "close")]
    got = {(f.subject, f.value, f.qualifier) for f in published(
        "个股异动：星河股份收涨3.25%", "截至收盘，星河股份股价报15.23元，涨幅3.25%。该股尾盘跳水前曾涨近8%。",
        "2026-04-13 15:35")}
    assert got == {("星河股份", 3.25, "close"), ("星河股份", 8.0, "intraday_high:about")}


def test_an_index_name_opening_a_funds_is_the_fund_and_a_stocks_own_turnover():
    assert moves("恒生科技指数ETF午后跌超2%") == [("恒生科技指数ETF", "", -2.0, "intraday:at_least")]
    assert moves("恒生科技指数跌2%。") == [("恒生科技指数", "HSTECH.HK", -2.0, "")]
    got = [(f.subject, f.metric, f.value, f.qualifier) for f in sentence_facts(
        "星河科技盘中快速拉升，截至10:12，涨超8%，成交额超3亿元，换手率4.2%。", "a", load_reference())
        if f.metric in ("pct_change", "turnover")]
    # the clause of time alone between the name and its figure; the small turnover is the stock's, not the market's
    # (the turnover so far, over 300 million: both its moment and its bound)
    assert got == [("星河科技", "pct_change", 8.0, "intraday:at_least"),
                   ("星河科技", "turnover", 3e8, "intraday:at_least")]
    # with two stocks moved, a small turnover is nobody's
    assert amounts("星河科技涨5%，云帆电子跌2%，成交额3亿元。") == []
    assert amounts("资金流向方面，星河信息获主力资金净流入5.6亿元。") == [("星河信息", "net_inflow", 5.6e8, "CNY")]


def test_a_table_rows_price_and_a_month_named_without_its_day():
    from briefs.extract.text import split_sentences

    (row,) = split_sentences("| SHK PPT (00016) | $82.5 | +1.9% |")
    assert moves(row) == [("SHK PPT", "00016.HK", 1.9, "")]
    assert moves("Harbor Lights rose 2% to $82.5, while Tallow Mills fell 1%.") == [
        ("Harbor Lights", "", 2.0, ""), ("Tallow Mills", "", -1.0, "")]
    # a month without its day is the month's figure, for every figure the sentence opens it for
    assert [q for _, _, _, q in moves("3月恒生指数累计下跌3.2%，恒生科技指数累计下跌5.1%。")] == ["monthly", "monthly"]
    assert [f.qualifier for f in sentence_facts("南向资金3月累计净流入1,230亿港元。", "a", load_reference())] == [
        "monthly"]
    assert [q for _, _, _, q in moves("4月15日，沪指涨1%，深成指涨2%。")] == ["", ""]  # a date is no window


def test_a_sentence_without_a_move_still_names_whom_its_means_and_short_selling_is_no_turnover():
    got = {(f.subject, f.value) for f in published(
        "Stocks", "Bitcoin fell 3% to $64,200. Harbor Lights reported earnings per share of $1.23, up 15% from a year "
        "earlier, and its revenue rose 12% year on year; its shares climbed 4.4%.", "2026-04-16 22:30")
        if f.metric == "pct_change"}
    assert got == {("Bitcoin", -3.0), ("Harbor Lights", 4.4)}
    assert amounts("大市成交额1,980亿港元，沽空金额312亿港元，沽空比率18.5%。") == [("大市", "turnover", 198e9, "HKD")]
    assert amounts("Turnover was HK$201.6 billion, with short selling of HK$31 billion.") == [
        ("Turnover", "turnover", 201.6e9, "HKD")]


def test_a_half_day_amount_is_the_sessions_so_far():
    got = {(f.metric, f.qualifier) for f in published(
        "午评：三大指数集体回调", "沪深两市半日成交额6,215亿元，较上个交易日缩量712亿元。", "2026-04-13 11:35")}
    assert got == {("turnover", "intraday"), ("turnover_change", "intraday")}
    # after the close, or in a report of another period published during the session, the time alone says nothing
    assert {f.qualifier for f in published("收评", "沪深两市成交额1.2万亿元。", "2026-04-13 15:35")} == {""}
    # (a monthly report's flow is the month's, whatever the time it is published)
    assert {f.qualifier for f in published("港股月报", "南向资金净流入1,230亿港元。", "2026-04-13 10:00")} == {"monthly"}
    assert [f.qualifier for f in sentence_facts("截至10:30，星河ETF（159999）成交额已达3亿元。", "a",
                                                load_reference())] == ["intraday"]


def test_a_bare_level_a_price_word_and_a_drawdown_since_a_peak():
    got = {(f.subject, f.metric, f.value) for f in sentence_facts(
        "恒指收報25,120，跌118點或0.47%；國指收報8,930，跌0.6%。", "a", load_reference())}
    assert {("恒指", "level", 25120.0), ("國指", "level", 8930.0), ("恒指", "point_change", -118.0)} <= got
    got = [(f.subject, f.metric, f.value) for f in sentence_facts(
        "个股方面，星河电子涨停，封单金额3亿元，股价报12.34元。", "a", load_reference())]
    assert got == [("星河电子", "pct_change", 10.0), ("星河电子", "level", 12.34)]  # 封单金额 is no turnover
    assert moves("The Hang Seng Index has lost 8% since its peak in March.") == []
    assert moves("Harbor Lights rose 3% since the open.") == [("Harbor Lights", "", 3.0, "")]


def test_a_code_after_an_exchange_prefix():
    assert moves("晨光能源（HK：01777）收跌1.1%。") == [("晨光能源", "01777.HK", -1.1, "close")]
    assert moves("贵州茅台（SH：600519）涨1%。") == [("贵州茅台", "600519.SH", 1.0, "")]


def test_yesterdays_limit_before_todays_move_keeps_both():
    assert moves("昨日涨停的星河科技今日跌5%。") == [("星河科技", "", 10.0, "previous_session"),
                                             ("星河科技", "", -5.0, "")]


def test_an_amount_of_the_session_before_and_points_that_decreased():
    assert [(f.subject, f.qualifier) for f in sentence_facts("股票ETF昨日净流入超60亿元", "a", load_reference())] == [
        ("股票ETF", "previous_session:at_least")]  # the session before, and over 6 billion
    # a comparison with the session before is today's figure
    got = {(f.metric, f.qualifier) for f in sentence_facts(
        "沪深京三市半日成交额达21019亿元，较上一交易日同期增加5713亿元。", "a", load_reference())}
    assert got == {("turnover", "intraday"), ("turnover_change", "intraday")}
    got = {(f.metric, f.value) for f in sentence_facts(
        "The S&P 500 decreased 4.61 points, or 0.08 percent, to 5,862.3.", "a", load_reference())}
    assert got == {("pct_change", -0.08), ("point_change", -4.61), ("level", 5862.3)}


def test_a_signed_figure_in_brackets_after_a_name_the_reference_lacks():
    assert moves("Top gainers: Harbor Lights (+1.5%), Tallow Mills (-0.8%).") == [
        ("Harbor Lights", "", 1.5, ""), ("Tallow Mills", "", -0.8, "")]
    assert moves("星河科技（+2.1%）领涨。") == [("星河科技", "", 2.1, "")]


def test_the_close_said_as_the_end_of_the_session_or_its_time():
    assert moves("Harbor Lights ended the session 4.1% higher.") == [("Harbor Lights", "", 4.1, "close")]
    assert moves("Harbor Lights finished the day up 4.1%.") == [("Harbor Lights", "", 4.1, "close")]
    assert moves("Harbor Lights ended the morning 1% higher.") == [("Harbor Lights", "", 1.0, "")]
    assert moves("星河科技收盘时涨1%。") == [("星河科技", "", 1.0, "close")]
    assert moves("星河科技午间收盘时涨1%。") == [("星河科技", "", 1.0, "intraday")]


def test_names_that_open_with_a_comparison_characters_and_a_currency_against_the_dollar():
    assert moves("比特币跌3%。") == [("比特币", "BTC", -3.0, "")]  # (a reference row since; the name is whole)
    assert moves("比上日涨3%。") == []
    assert moves("离岸人民币兑美元涨0.1%。") == [("离岸人民币", "USDCNH", 0.1, "")]
    assert moves("在岸人民币兑美元收盘涨0.05%。") == [("在岸人民币", "USDCNY", 0.05, "close")]


def test_us_crude_is_wti():
    got = {(f.subject, f.code, f.metric, f.value) for f in sentence_facts(
        "U.S. crude futures settled down 1.1% at $77.90 a barrel.", "a", load_reference())}
    assert got == {("U.S. crude", "WTI", "pct_change", -1.1), ("U.S. crude", "WTI", "level", 77.9)}


@pytest.mark.parametrize("sentence, expected", [
    ("星河科技晋级5连板。", [("星河科技", "", 10.0, "limit_up")]),
    ("星河科技走出地天板。", [("星河科技", "", 10.0, "limit_up")]),   # from the lower limit to the upper
    ("云帆电子天地板。", [("云帆电子", "", -10.0, "limit_down")]),    # the other way
    ("星河科技尾盘封板。", [("星河科技", "", 10.0, "limit_up")]),
    ("星河科技回封涨停。", [("星河科技", "", 10.0, "limit_up")]),
    ("星河科技盘中一度封板。", [("星河科技", "", 10.0, "intraday_high")]),
    ("星河科技炸板率30%。", []),
])
def test_limit_words_of_the_desk(sentence, expected):
    assert moves(sentence) == expected


def test_a_level_takes_its_own_close_word_over_the_open_said_before():
    got = {(f.metric, f.value, f.qualifier) for f in sentence_facts(
        "恒指今日低開後反覆向下，全日跌61點或0.24%，收報25,011點，連跌三日。", "a", load_reference())}
    assert got == {("pct_change", -0.24, "close"), ("point_change", -61.0, "close"), ("level", 25011.0, "close")}
    assert moves("星河科技全天涨3%。") == [("星河科技", "", 3.0, "close")]


def test_a_run_in_the_past_sessions_and_losers_led_by():
    assert moves("Harbor Lights has risen 5.1% in the past five sessions.") == [("Harbor Lights", "", 5.1, "streak:5")]
    got = [(f.subject, f.metric, f.value) for f in sentence_facts("Losers were led by Tallow Mills, down 4%.", "a",
                                                                  load_reference())]
    assert got == [("Tallow Mills", "leader", -1.0), ("Tallow Mills", "pct_change", -4.0)]


def test_levels_regained_once_inside_the_move_and_a_ranking_clause_before_the_figure():
    got = {(f.metric, f.value, f.qualifier) for f in sentence_facts("恒指涨1.2%，重上25000点。", "a", load_reference())}
    assert got == {("pct_change", 1.2, ""), ("level", 25000.0, "at_least")}
    assert moves("星河科技盘中涨幅一度扩大至8%。") == [("星河科技", "", 8.0, "intraday_high")]
    assert moves("星河科技涨幅居前，涨超7%。") == [("星河科技", "", 7.0, "at_least")]


def test_an_etf_channel_flow_note():
    got = [(f.subject, f.code, f.metric, f.value, f.qualifier) for f in sentence_facts(
        "Looking today at week-over-week shares outstanding changes among the universe of ETFs covered at ETF "
        "Channel, one standout is the SPDR S&P 500 ETF Trust (Symbol: SPY) where we have detected an approximate "
        "$2.1 billion dollar inflow -- that's a 0.4% increase week over week in outstanding units.", "a",
        load_reference())]
    # the units outstanding are the fund's size, no move; the flow is the week's
    assert got == [("SPY", "SPY.US", "net_inflow", 2.1e9, "weekly")]
    assert moves("Among the largest underlying components of SPY, in trading today Harbor Lights is up about 0.8%, "
                 "and Tallow Mills is higher by about 1.2%.") == [("Harbor Lights", "", 0.8, "about"),
                                                                  ("Tallow Mills", "", 1.2, "about")]


def test_a_wires_index_code_in_brackets_names_nothing():
    assert moves("China's blue-chip CSI300 index (.CSI300) rose 0.4%, while the Shanghai Composite index (.SSEC) "
                 "added 0.3%.") == [("CSI300", "000300.SH", 0.4, ""), ("Shanghai Composite index", "000001.SH", 0.3, "")]
    got = {(f.subject, f.metric) for f in sentence_facts("The Hang Seng index (.HSI) fell 1.2% to 25,010.5.", "a",
                                                         load_reference())}
    assert got == {("Hang Seng index", "pct_change"), ("Hang Seng index", "level")}


@pytest.mark.parametrize("sentence, expected", [
    # what a sub-index tracks, said between a known index's name and "index", makes it another index
    ("The S&P 500 energy index rose 1.5%.", [("S&P 500 energy index", "", 1.5, "")]),
    ("The KBW bank index (.BKX) fell 1.3%.", [("KBW bank index", "", -1.3, "")]),
    ("The Hang Seng tech index rose 2%.", [("Hang Seng tech index", "HSTECH.HK", 2.0, "")]),
    ("The S&P 500 index rose 1%.", [("S&P 500 index", "SPX.US", 1.0, "")]),
])
def test_a_sector_index_named_after_its_benchmark_is_not_the_benchmark(sentence, expected):
    assert moves(sentence) == expected


def test_a_name_may_hold_lei_and_a_list_word_ends_none():
    assert moves("恒生地产分类指数跌2%。") == [("恒生地产分类指数", "HSI.PRP", -2.0, "")]
    assert moves("中华地产分类指数跌2%。") == [("中华地产分类指数", "", -2.0, "")]  # another family's: unknown
    assert moves("金融类涨1%。") == []


def test_a_pointer_owns_a_flow_and_a_window_word_opens_no_name():
    got = [(f.subject, f.metric, f.value, f.qualifier) for f in published(
        "星河ETF吸金", "星河科技ETF（159999）涨2%。该ETF近5日获资金连续净流入，合计3.2亿元。", "2026-04-13 15:30")]
    assert ("星河科技ETF", "net_inflow", 3.2e8, "streak:5") in got
    assert moves("星河科技ETF本周累计上涨5.2%，月内涨幅达12%。") == [("星河科技ETF", "", 5.2, "weekly"),
                                                           ("星河科技ETF", "", 12.0, "monthly")]


def test_net_buyers_and_sellers_and_trading_volume():
    assert amounts("Mainland investors were net sellers of HK$2.3 billion worth of Hong Kong shares.") == [
        ("Mainland investors", "net_inflow", -2.3e9, "HKD")]
    assert amounts("Southbound investors were net buyers of HK$2.3 billion of Hong Kong shares.") == [
        ("Southbound investors", "net_inflow", 2.3e9, "HKD")]
    assert amounts("Trading volume in Shanghai and Shenzhen rose to 1.35 trillion yuan from 1.2 trillion yuan.") == [
        ("Trading volume", "turnover", 1.35e12, "CNY")]


def test_a_commoditys_futures_are_its_quote_an_indexs_are_not():
    assert moves("WTI原油期货收跌1.2%，报77.9美元/桶。") == [("WTI原油", "WTI", -1.2, "close")]
    assert moves("恒指期货跌0.5%。") == []


def test_a_headlines_present_tense():
    got = {(f.subject, f.metric, f.value, f.qualifier) for f in sentence_facts(
        "HSI Tumbles 220 pts; HSCEI Sinks 1%", "a", load_reference())}
    assert got == {("HSI", "point_change", -220.0, ""), ("HSCEI", "pct_change", -1.0, "")}
    assert moves("HSI Closes Up 1.2%; HSTECH Climbs 2%")[0] == ("HSI", "HSI.HK", 1.2, "close")
    got = {(f.metric, f.qualifier) for f in sentence_facts("HSI Opens 50 pts Higher at 25,100", "a", load_reference())}
    assert got == {("level", "open"), ("point_change", "open")}


def test_a_funds_turnover_beside_its_intraday_move_is_the_sessions_so_far():
    got = {(f.metric, f.qualifier) for f in published(
        "星河ETF涨超3%", "星河科技ETF（159999）上涨3.12%，成交额4.5亿元。", "2026-04-24 14:05")}
    assert ("turnover", "intraday") in got and ("pct_change", "intraday") in got
    # a month's figures published during the session stay the month's
    got = {(f.metric, f.qualifier) for f in published(
        "港股月报", "3月恒生指数累计下跌3.2%，南向资金3月累计净流入1230亿港元。", "2026-04-02 10:00")}
    assert got == {("pct_change", "monthly"), ("net_inflow", "monthly")}


@pytest.mark.parametrize("sentence, subject", [
    # a part of a known index, named before or after it, is not the index
    ("The energy sector of the S&P 500 rose 1.5%.", "energy sector"),
    ("S&P 500 energy stocks rose 1.5%.", "S&P 500 energy stocks"),
    ("Energy stocks in the S&P 500 gained 1.5%.", "Energy stocks"),
    ("The S&P 500's energy sector rose 1.5%.", "S&P 500's energy sector"),
    ("The Hang Seng's property sub-index fell 2%.", "Hang Seng's property sub-index"),
    # what a part tracks names it
    ("The sub-index of the Hang Seng tracking energy shares dipped 0.5%.", "energy"),
])
def test_a_part_of_an_index_is_not_the_index(sentence, subject):
    assert [(s, c) for s, c, _, _ in moves(sentence)] == [(subject, "")]
    assert moves("The S&P 500 rose 1.5%.") == [("S&P 500", "SPX.US", 1.5, "")]


def test_a_narrowing_loss_is_a_predicate_not_a_name():
    assert moves("早盘，恒指一度跌超2%，午后跌幅收窄，收跌0.5%。") == [
        ("恒指", "HSI.HK", -2.0, "intraday_low:at_least"), ("恒指", "HSI.HK", -0.5, "close")]
    assert [(s, v) for s, _, v, _ in moves("星河科技跌幅收窄，现跌1%。")] == [("星河科技", -1.0)]


@pytest.mark.parametrize("sentence, expected", [
    # a clause of consequence names its own subject
    ("In Seoul, Pine Ridge Chips rose 1.3%, helping the Kospi pare losses to 0.2%.",
     [("Pine Ridge Chips", 1.3), ("Kospi", -0.2)]),
    # what a gauge tracks names it
    ("The Harbor Index slid 1.5%, while a gauge of Chinese developers dropped 2.4%.",
     [("Harbor Index", -1.5), ("Chinese developers", -2.4)]),
    # a ranking, then its figure as a noun
    ("Of the 11 sectors, real estate led declines with a 2.3% drop, followed by materials, off 1.9%.",
     [("real estate", -2.3), ("materials", -1.9)]),
    # the sector named after a ranking word and "is"; a plain clause of lower-case words stays its own subject
    ("The laggard sector is utilities, down about 0.6%.", [("utilities", -0.6)]),
    ("Real estate shares were also lagging, down 0.8%.", [("Real estate", -0.8)]),
    ("Quarry markets closed mixed, with the Harbor Composite Index going down 0.25 percent.",
     [("Harbor Composite Index", -0.25)]),
    ("Gold Futures for June delivery was up 1.10% or 36.40 to $3,345.20 a troy ounce.", [("Gold Futures", 1.1)]),
    # a count of stocks is no name
    ("个股方面，全市场超2600只个股上涨，两市58股涨停，星河科技涨停。", [("星河科技", 10.0)]),
    # a CSI index code in brackets keeps the name whole, with 与 inside it and 同时段 after it
    ("中证全指星河产品与设备指数（H30999）同时段涨2.41%。", [("中证全指星河产品与设备指数", 2.41)]),
])
def test_forms_of_the_thirty_fifth_to_thirty_seventh_sets(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, qualifier", [
    ("** So far this month, the Harbor stock index is down 2.1%.", "monthly"),
    ("星河证券ETF（512999）上周净流出9.8亿元，周内下跌1.9%。", "weekly"),
    # a relative clause's month is its own: the figure is the session's high
    ("Harbor Tea Group, which listed in March, jumped as much as 9 per cent before closing 6.2 per cent higher.",
     "intraday_high"),
])
def test_the_window_of_a_bulleted_opening_and_of_a_week_and_not_of_a_relative_clause(sentence, qualifier):
    assert moves(sentence)[0][3] == qualifier


@pytest.mark.parametrize("sentence, expected", [
    ("The Harbor Small Cap ETF (HSCX) shed $510 million and fell 0.9%.", [("net_inflow", -510e6)]),
    ("Meanwhile, the iShares 20+ Year Harbor Bond ETF (HBND) gathered $640 million.", [("net_inflow", 640e6)]),
    ("Harbor Lights shed $200 billion in market value.", []),  # a company's worth, no flow
    ("Related News: HK Short Selling Turnover Recorded $31.2B, Ratio at 14.2%", []),  # not the market's turnover
])
def test_fund_flows_said_with_shed_and_gathered_and_amounts_that_are_no_flow(sentence, expected):
    got = sentence_facts(sentence, "a", load_reference())
    assert [(f.metric, f.value) for f in got if f.metric in ("net_inflow", "turnover")] == expected
    if expected:
        assert got[-1].subject.endswith("ETF") and "20+" in got[-1].subject or "Small Cap" in got[-1].subject


def test_a_bounded_half_day_turnover_keeps_its_bound_and_its_moment():
    got = published("宽基ETF午间成交活跃", "截至午间收盘，星河A500ETF（159999）涨0.52%，成交额超25亿元。", "2026-05-15 12:15")
    assert {(f.metric, f.qualifier) for f in got} == {("pct_change", "intraday"), ("turnover", "intraday:at_least")}
    from briefs.edition import Edition
    from briefs.render import Words

    assert Words(Edition.of("en")).qualifier("intraday:at_least") == "intraday, at least"  # the flows table says both
    assert Words(Edition.of("zh_Hans")).qualifier("intraday:at_least") == "盘中、至少"


def test_forms_of_the_thirty_eighth_set():
    assert [(s, v) for s, _, v, _ in moves("Target — Shares slid more than 5% after the retailer cut its guidance.")] \
        == [("Target", -5.0)]  # a company named Target; "target" in lower case stays a word of no move
    assert [(c, v) for _, c, v, _ in moves("滬綜指收跌0.45%")] == [("000001.SH", -0.45)]
    assert moves("多只星河ETF午后涨停。") == []  # several funds of a kind are no one name
    got = sentence_facts("4月份，北向资金累计净卖出312.5亿元，其中沪股通净卖出201.3亿元；南向资金累计净买入1,205.6亿港元。",
                         "a", load_reference())
    assert {f.qualifier for f in got} == {"monthly"}  # "4月份，" holds past the "；"


def test_a_date_opening_a_sentence_holds_past_its_semicolon_and_for_the_title_that_repeats_it():
    # a paper of the 20th reports the 19th's close; its title repeats the 19th's figure
    got = [(f.subject, f.metric, f.value, f.qualifier) for f in published(
        "恒指收涨1.12% 南向资金净买入逾50亿港元",
        "5月19日，香港恒生指数全天震荡上行，收涨282.15点，涨幅1.12%，报25,480.63点；恒生国企指数涨108.21点，"
        "报9,102.35点，涨幅1.20%。",
        "2026-05-20 00:00") if f.metric in ("pct_change", "level")]
    assert got == [("恒生指数", "pct_change", 1.12, "earlier"), ("恒生指数", "level", 25480.63, "earlier"),
                   ("恒生国企指数", "pct_change", 1.2, "earlier"), ("恒生国企指数", "level", 9102.35, "earlier")]
    # in the brief of the 20th, none of them is the day's
    article = Article(id="a", origin="t.txt", title="恒指收涨1.12%", outlet="Wire", url="",
                      body="5月19日，香港恒生指数收涨282.15点，涨幅1.12%；恒生国企指数涨1.20%。",
                      published=datetime(2026, 5, 20, 8, 0, tzinfo=ZoneInfo("Asia/Shanghai")), language="zh")
    assert article_facts(article, load_reference(), date(2026, 5, 20)) == []


def test_forms_of_the_thirty_ninth_set():
    # a venue abroad before the code says the market; a corporate suffix after a comma ends the name
    got = sentence_facts("The worst performers were Pine Ridge Holdings Co., Ltd. (TYO:9843), which fell 3.21% or "
                         "520.0 points to trade at 15,680.0 at the close.", "a", load_reference())
    assert [(f.subject, f.code, f.market, f.kind, f.metric) for f in got] == [
        ("Pine Ridge Holdings Co., Ltd.", "9843.T", "jp", "stock", "pct_change")]  # its price is no index level
    # the figure after the names "led by" is theirs; a sector's lower-case name after "a 1.2% gain in"
    assert [(s, v) for s, _, v, _ in moves(
        "Eight of the 11 sectors rose, led by communication services, up 1.6%, followed by a 1.2% gain in "
        "technology.")] == [("communication services", 1.6), ("technology", 1.2)]
    assert [(s, v) for s, _, v, _ in moves("Gains were led by Harbor Lights Corp., up 4.4%.")] == [
        ("Harbor Lights Corp.", 4.4)]
    assert [v for _, _, v, _ in moves("The Harbor Index rose, with a 1.2% gain in early trade.")] == [1.2]
    # an event of the stock's between its name and its move
    assert [(s, v) for s, _, v, _ in moves("另外，星河集团复牌后股价续跌32.5%，报0.22港元。")] == [("星河集团", -32.5)]
    # a space parts a title's clauses: the next clause's window is not this figure's
    assert moves("星河ETF大涨逾4% 云帆ETF近5日吸金18.6亿元")[0][3] == "at_least"
    # the flow said first, 分别 after the comma
    got = sentence_facts("腾讯控股、美团-W获净买入，分别获6.8亿港元、5.2亿港元。", "a", load_reference())
    assert [(f.subject, f.value) for f in got] == [("腾讯控股", 6.8e8), ("美团-W", 5.2e8)]


def test_a_turnover_said_in_the_next_sentence_is_the_stock_the_sentence_before_moved():
    got = published("星河科技股价创新高", "星河科技（688999）股价快速拉升，截至发稿涨7.12%，报1,320元。成交额达98.6亿元，换手率3.1%。",
                    "2026-05-21 14:32")
    assert [(f.subject, f.metric, f.value) for f in got if f.metric == "turnover"] == [("星河科技", "turnover", 9.86e9)]
    # a sentence between them breaks the thread
    got = published("星河科技股价创新高", "星河科技（688999）涨7.12%。分析人士看好后市。成交额达98.6亿元。", "2026-05-21 14:32")
    assert [f for f in got if f.metric == "turnover"] == []


@pytest.mark.parametrize("name, kind", [("Eli Lilly", "stock"), ("Huatai Securities", "stock"), ("HSI", "index"),
                                        ("PSEi", "index"), ("KLCI", "index")])
def test_a_kind_from_the_name_reads_an_index_code_only_in_capitals(name, kind):
    from briefs.extract.subjects import infer_kind

    assert infer_kind(name) == kind


def test_a_second_figure_after_a_window_continues_its_subject():
    assert [(s, v, q) for s, _, v, q in moves(
        "** The Harbor index is up 26.3% so far this year, and down 1.1% for the week.")] == [
        ("Harbor index", 26.3, "ytd"), ("Harbor index", -1.1, "weekly")]


def test_forms_of_the_forty_first_set():
    # "over the same period" after a figure is the window said before; "over the same period last year" is growth
    got = published("Why Harbor Robotics Stock Soared 12% This Week",
                    "Shares of Harbor Robotics (NASDAQ: HRBR) soared 12.3% this week. The S&P 500 fell 2.6% over the "
                    "same period. Revenue rose 8% over the same period last year.", "2026-05-23 22:00")
    assert [(f.subject, f.value, f.qualifier) for f in got] == [
        ("Harbor Robotics", 12.0, "weekly"), ("Harbor Robotics", 12.3, "weekly"), ("S&P 500", -2.6, "weekly")]
    # an index's name opening a fund's is the fund, in a flow too
    got = sentence_facts("其中，星河300ETF净流入8.2亿元，中证1000ETF净流出6.9亿元。", "a", load_reference())
    assert [(f.subject, f.code, f.value) for f in got] == [("星河300ETF", "", 8.2e8), ("中证1000ETF", "", -6.9e8)]
    # the predicate "小幅下跌" ends the names before "跌幅分别为"
    assert [(s, v) for s, _, v, _ in moves("银行、煤炭行业小幅下跌，跌幅分别为0.35%、0.21%。")] == [
        ("银行", -0.35), ("煤炭行业", -0.21)]


def test_forms_of_the_forty_second_set():
    # a participle's clause after the close: the name opening the sentence, with its code or without
    assert [(s, v) for s, _, v, _ in moves("Harbor Foods (HBF) closed at $52.20 in the latest trading session, "
                                           "marking a -1.35% move from the prior day.")] == [("Harbor Foods", -1.35)]
    assert [(s, v) for s, _, v, _ in moves("Pine Mills closed at $12.2, marking a 2% gain.")] == [("Pine Mills", 2.0)]
    # the owner of the figure's noun is its subject, though it is the benchmark compared with
    assert [(s, v) for s, _, v, _ in moves("Harbor Foods rose 1%, outpacing the Consumer Staples sector's gain of "
                                           "2.1% over that time.")] == [("Harbor Foods", 1.0), ("Consumer Staples sector", 2.1)]
    assert [(c, v) for _, c, v, _ in moves("This move lagged the S&P 500's daily gain of 0.52%.")] == [("SPX.US", 0.52)]
    # "Shares" opening a sentence are the last name's
    got = published("Movers", "Harbor Chips — The memory chipmaker slipped about 1% a day after posting record revenue. "
                    "Shares are still up 45% this year.", "2026-06-27 00:35")
    assert [(f.subject, f.value, f.qualifier) for f in got if f.value == 45.0] == [("Harbor Chips", 45.0, "ytd")]


def test_forms_of_the_forty_third_set():
    # Yicai's square-bracketed codes after a venue; the colon inside them ends no clause
    got = moves("Harbor chipmakers led the losses. Pine Micro [SHA: 688999] dropped 3.1 percent to CNY98.2 (USD13.6), "
                "while Quarry Tech [SHE: 301999] fell 2.7 percent to CNY412.5.")
    assert [(s, c, v) for s, c, v, _ in got] == [("Pine Micro", "688999.SH", -3.1), ("Quarry Tech", "301999.SZ", -2.7)]
    # "午后活跃" in its own clause leaves the figures to the article's time (published after the close)
    got = published("北交所个股活跃", "北交所个股午后活跃，星河精工（920123）30cm涨停，云帆新材（832456）涨18.6%。",
                    "2026-05-26 15:10")
    assert [(f.subject, f.value, f.qualifier) for f in got] == [("星河精工", 30.0, "limit_up"), ("云帆新材", 18.6, "")]


def test_forms_of_the_forty_fifth_set():
    # Nasdaq.com's inverted closing line names the sector after "are"
    assert [(s, v) for s, _, v, _ in moves("Also showing relative weakness are utilities shares, down on the day by "
                                           "about 0.9%.")] == [("utilities", -0.9)]
    # a name with 的 inside, known to the reference, is not cut at it
    assert [(s, c) for s, c, _, _ in moves("绿的谐波涨超12%。")] == [("绿的谐波", "688017.SH")]


@pytest.mark.parametrize("sentence, value", [
    ("星河ETF涨跌幅为-1.2%。", -1.2), ("星河ETF当日涨跌幅0.8%。", 0.8), ("星河ETF漲跌幅-0.35%。", -0.35)])
def test_the_change_noun_takes_its_sign_from_the_figure(sentence, value):
    # 涨跌幅 ("change") holds 跌 but says no direction: "涨跌幅0.35%" had been read as a fall
    assert [(s, v) for s, _, v, _ in moves(sentence)] == [("星河ETF", value)]


def test_a_table_row_and_a_name_after_shi_own_their_flows():
    got = sentence_facts("星河A500ETF（159999） 净流入5.2亿元 涨跌幅-0.18%", "a", load_reference())
    assert [(f.subject, f.metric, f.value) for f in got] == [
        ("星河A500ETF", "pct_change", -0.18), ("星河A500ETF", "net_inflow", 5.2e8)]
    got = sentence_facts("净流出居前的是星河科技指数ETF（513999），净流出4.7亿元，当日跌1.26%。", "a", load_reference())
    assert {f.subject for f in got} == {"星河科技指数ETF"}
    # a title's clause after a space is no row: the turnover is the market's, not the index's before it
    got = sentence_facts("A股三大指数集体高开 沪指续创十年新高 半日成交超2.1万亿", "a", load_reference())
    assert [f.code for f in got if f.metric == "turnover"] == ["CN.MARKET"]


def test_a_clock_times_zone_after_pm_continues_the_sentence():
    from briefs.extract.text import split_sentences

    assert split_sentences("At 12:04 p.m. ET, the Harbor index was down 0.26%. Stocks closed at 4 p.m. The index fell.") \
        == ["At 12:04 p.m. ET, the Harbor index was down 0.26%.", "Stocks closed at 4 p.m.", "The index fell."]
    assert [s for s, _, _, _ in moves("At 12:04 p.m. ET, the Harbor index was down 0.26%.")] == ["Harbor index"]


@pytest.mark.parametrize("sentence, value", [
    ("星河控股－ＳＷ(09999.HK)則回吐1.5%。", -1.5), ("星河集團(09998.HK)倒跌0.8%。", -0.8),
    ("星河地產(09997.HK)急瀉6.2%。", -6.2), ("星河科技(09996.HK)抽升3.3%。", 3.3),
    ("星河地產(09997.HK)瀉3.4%。", -3.4), ("星河半導體(09991.HK)飆7.1%。", 7.1),
    ("星河手機(09995)全日急升5.3%，創三個月新高。", 5.3)])
def test_hong_kong_papers_verbs_of_a_move(sentence, value):
    # 回吐 ("gave back"), 倒跌, 急瀉, 瀉, 飆 and 抽升 are how Hong Kong reports write falls and rises; 全日 ("all
    # day") before the verb is no part of the name
    got = moves(sentence)
    assert [v for _, _, v, _ in got] == [value]
    assert "全日" not in got[0][0]


@pytest.mark.parametrize("sentence", ["星河銀行(09931)及華星銀行(09932)各跌0.6%，星河保險(09933)跌0.8%。",
                                      "星河银行、华星银行各跌0.6%，星河保险跌0.8%。"])
def test_each_after_a_list_shares_the_figure_with_every_name(sentence):
    # 各 ("each") after a list, as 均 and 都: every name fell 0.6%
    got = moves(sentence)
    assert [v for _, _, v, _ in got] == [-0.6, -0.6, -0.8]
    assert [s for s, _, _, _ in got][:2] in (["星河銀行", "華星銀行"], ["星河银行", "华星银行"])


def test_a_close_written_as_shou_right_before_the_number_is_a_level():
    from briefs.extract import sentence_facts
    from briefs.extract.reference import load_reference

    got = [(f.metric, f.value) for f in sentence_facts("國指收9402點，升91點或1%。", "a", load_reference())]
    assert ("level", 9402.0) in got and ("point_change", 91.0) in got
    # 收 before a direction word is the change's, never a level
    got = [(f.metric, f.value) for f in sentence_facts("沪指收跌12.5点。", "a", load_reference())]
    assert got == [("point_change", -12.5)]


def test_a_conjunction_after_the_item_befores_code_joins_a_list():
    got = moves("晶片股造好，星河半導體(09991.HK)及華虹星河(09992.HK)分別升4.6%及3.9%。")
    assert [(s, v) for s, _, v, _ in got] == [("星河半導體", 4.6), ("華虹星河", 3.9)]
    # a name that opens with the same character, with no code before it, keeps it
    assert [s for s, _, _, _ in moves("和星科技(301999)涨5.1%。")] == ["和星科技"]


def test_a_midday_close_word_makes_the_level_and_points_intraday():
    got = published("《午市》恒指半日升112點", "恒指今早高開後反覆向上，半日收報25,480點，升112點或0.44%。",
                    "2025-11-05 12:08")
    assert {(f.metric, f.qualifier) for f in got} == {("pct_change", "intraday"), ("level", "intraday"),
                                                       ("point_change", "intraday")}


@pytest.mark.parametrize("sentence, qualifier", [
    ("Harbor Lights tumbled nearly 8% in its worst day since March, while Quarry Tech jumped 5.5%.", ""),
    ("Harbor Lights fell 3% to its lowest close since August.", ""),
    ("Harbor Lights rose 2% for its best week since June.", "weekly"),
    ("Harbor Lights is up 4% since March.", "monthly"),
    ("星河科技大涨8%，股价创3月以来新高。", ""),
    ("星河科技跌3%，创年内最大单日跌幅。", ""),
])
def test_a_records_reference_point_is_no_window(sentence, qualifier):
    # "its worst day since March": the day's move, the worst since March; "since March" alone is a window
    assert {bound_free(q) for _, _, _, q in moves(sentence)} == {qualifier}


def bound_free(qualifier: str) -> str:
    return qualifier.split(":")[0] if qualifier.split(":")[0] not in ("about", "at_least") else ""


def test_an_of_phrase_after_an_index_describes_it():
    # "startups" is a count's word ("the number of startups rose 12%"), not when it describes the index's name
    assert [(s, v) for s, _, v, _ in moves("The ChiNext Index of startups rose 1.04% to 3,224.1.")] == \
        [("ChiNext Index", 1.04)]
    assert moves("The number of startups rose 12%.") == []


def test_a_funds_added_and_gathered_are_flows_named_before_the_verb():
    got = amounts("The Harbor Core Equity ETF (HCQE) added $1.3 billion, while U.S.-listed ETFs gathered $5.6 billion.")
    assert got == [("Harbor Core Equity ETF", "net_inflow", 1.3e9, "USD"), ("U.S.-listed ETFs", "net_inflow", 5.6e9, "USD")]
    # a company adding worth, or to a buyback, states no flow
    assert amounts("Harbor Lights added $200 billion in market value.") == []
    assert amounts("Harbor Lights added $3 billion to its buyback.") == []


@pytest.mark.parametrize("sentence, subject, code", [
    ("Crude oil rose 1.3%, while gold slipped 0.2%.", "gold", "XAU"),
    ("Silver fell 1.1%.", "Silver", "XAG"),
    ("Copper rose 2% on supply worries.", "Copper", "COPPER"),
    ("伦铜涨1.2%。", "伦铜", "COPPER"),
    # a commodity's word naming its producers, or inside a company's name, is no commodity
    ("Gold miners fell 1%.", "Gold miners", "SECTOR.gold"),
    ("Harbor Gold International rose 3%.", "Harbor Gold International", ""),
    ("铜缆高速连接板块涨3%。", "铜缆高速连接板块", ""),
])
def test_commodities_by_their_plain_names(sentence, subject, code):
    got = [(s, c) for s, c, _, _ in moves(sentence)]
    assert (subject, code) in got and len(got) == 1 + ("Crude" in sentence)


def test_a_board_spoken_of_without_its_name_is_the_board_named_before():
    got = published("午评", "今日半导体板块逆势走强，板块指数涨幅一度扩大至3%。", "2025-11-07 11:40")
    assert [(f.subject, f.value) for f in got] == [("半导体板块", 3.0)]
    # with no board named before, "板块指数" names nobody
    assert moves("板块指数涨2%。") == []


def test_an_index_named_by_its_futures_is_never_the_subject():
    # "S&P 500 futures added 0.3%" had been read as the Dow's move
    assert moves("Dow futures rose 0.2%, S&P 500 futures added 0.3% and Nasdaq 100 futures gained 0.5%.") == []
    assert [(s, c) for s, c, _, _ in moves("Gold futures rose 0.4%.")] == [("Gold futures", "GC")]
    assert [(s, c) for s, c, _, _ in moves("Copper futures rose 0.4%.")] == [("Copper", "COPPER")]  # a commodity's


def test_a_known_name_with_and_inside_is_one_name():
    got = moves("Hong Kong Exchanges and Clearing retreated 2.74% on the day.")
    assert [(s, c, v) for s, c, v, _ in got] == [("Hong Kong Exchanges and Clearing", "00388.HK", -2.74)]


def test_a_list_of_the_same_shape_after_a_window_list_keeps_its_window():
    got = published("一周回顾", "电子、通信本周分别上涨4.12%、3.85%，煤炭、银行分别下跌1.65%、0.92%。", "2025-11-08 09:00")
    assert {f.qualifier for f in got} == {"weekly"} and len(got) == 4
    # a day word in the later clause is its own moment
    got = published("收评", "本周沪指累计涨1%，今日电子、通信分别涨3%、2%。", "2025-11-07 16:00")
    assert [(f.subject, f.qualifier) for f in got] == [("沪指", "weekly"), ("电子", ""), ("通信", "")]


def test_a_target_or_forecast_is_no_level():
    got = sentence_facts("Citi Lifts HSI Target to 28,000 by year-end.", "a", load_reference())
    assert [f for f in got if f.metric == "level"] == []
    got = sentence_facts("机构预计恒指年底上看28,000点。", "a", load_reference())
    assert [f for f in got if f.metric == "level"] == []
    got = sentence_facts("The HSI closed 312 points or 1.2% higher at 26,045.", "a", load_reference())
    assert [(f.metric, f.value) for f in got if f.metric == "level"] == [("level", 26045.0)]


def test_capital_names_ending_in_i_are_no_index_codes():
    from briefs.extract.subjects import infer_kind

    assert [infer_kind(n) for n in ("HUA HONG SEMI", "TIANQI LITHIUM", "HSI", "PSEi", "FTSE Bursa Malaysia KLCI")] == \
        ["stock", "stock", "index", "index", "index"]


def test_a_resized_move_names_its_owner():
    assert [(s, v, q) for s, _, v, q in moves("The move extended URA's year-to-date gain to 64%.")] == [("URA", 64.0, "ytd")]
    # an owner in the "s'" form is not read, and nothing else stands in for it: no figure beats a wrong one
    assert moves("The selloff deepened Harbor Lights' weekly loss to 9%.") == []
    assert [(s, v, q) for s, _, v, q in moves("The selloff deepened Tesla's weekly loss to 9%.")] == \
        [("Tesla", -9.0, "weekly")]


def test_a_word_right_after_an_earlier_figure_is_that_figures():
    # "22% weight" is the weight's figure; the move after it is a move
    got = moves("Shares of Harbor Lights (HBLT), the fund's largest holding at roughly 22% weight, jumped 7.1%.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Lights", 7.1)]
    assert moves("Harbor Lights' weight in the index rose 2%.") == []


def test_a_funds_flow_window_after_its_flow_words_and_its_assets_are_no_flow():
    got = amounts("HBLT has gathered $310 million in net inflows over the past month, lifting its assets to $4.2 billion.")
    assert got == [("HBLT", "net_inflow", 3.1e8, "USD")]
    facts = sentence_facts("HBLT has gathered $310 million in net inflows over the past month.", "a", load_reference())
    assert [f.qualifier for f in facts] == ["monthly"]


def test_a_name_opening_with_yin_is_no_cause():
    # 因 opens a cause ("因利好刺激"), not when it opens a name in a list
    got = moves("易点天下20cm涨停，值得买、因赛集团涨超10%。")
    assert [s for s, _, _, _ in got] == ["易点天下", "值得买", "因赛集团"]


def test_a_midday_summary_continues_its_subject_past_the_semicolon():
    got = published("《半日總結》恒指半日升189點", "恒指高開98點後升幅擴大，最多升236點，高見26,281點；半日升189點或0.73%，收報26,234點。"
                    "國指升0.8%，收報9,310點。", "2025-11-12 12:10")
    assert {(f.subject, f.metric, f.value, f.qualifier) for f in got if f.metric != "level" or f.value == 26234} == {
        ("恒指", "point_change", 236.0, "intraday_high"), ("恒指", "pct_change", 0.73, "intraday"),
        ("恒指", "level", 26234.0, "intraday"), ("恒指", "point_change", 189.0, "intraday"),
        ("國指", "pct_change", 0.8, "intraday"), ("恒指", "point_change", 98.0, "open")}
    # in a midday report 收報 is where the morning ended; in a close report it is the close
    assert {f.qualifier for f in got if f.metric == "level"} == {"intraday"}
    got = published("《收市》恒指收升189點", "恒指收報26,234點，升189點或0.73%。", "2025-11-12 16:30")
    assert {f.qualifier for f in got if f.metric == "level"} == {"close"}


def test_a_flow_after_a_clause_that_points_at_the_fund():
    got = published("ETF", "星河科技ETF（513999）盘中涨1.62%。数据显示，该ETF近10个交易日有8日获资金净流入，合计净流入23.5亿元。",
                    "2025-11-12 10:48")
    assert [(f.subject, f.metric, f.value) for f in got if f.metric == "net_inflow"] == [("星河科技ETF", "net_inflow", 2.35e9)]


def test_with_turnover_of_is_the_clauses_owners():
    got = sentence_facts("The Harbor index rose 0.5%, with turnover of HK$245.6 billion.", "a", load_reference())
    assert [(f.code, f.value) for f in got if f.metric == "turnover"] == [("HK.MARKET", 2.456e11)]
    got = sentence_facts("Tencent rose 2%, with turnover of HK$12 billion.", "a", load_reference())
    assert [(f.code, f.value) for f in got if f.metric == "turnover"] == [("00700.HK", 1.2e10)]


def test_net_subscriptions_and_redemptions_are_flows():
    assert amounts("Harbor ETFs drew 12.4 billion yuan in net subscriptions.") == \
        [("Harbor ETFs", "net_inflow", 1.24e10, "CNY")]
    assert amounts("Harbor bond ETFs saw 2 billion yuan of net redemptions.") == \
        [("Harbor bond ETFs", "net_inflow", -2e9, "CNY")]


def test_a_venue_inside_a_codes_brackets_names_no_index():
    # "Amgen Inc (NASDAQ:AMGN) added 2.10% or 7.05 points to end at 342.80": the points and the price are Amgen's
    got = sentence_facts("Meanwhile, Harbor Lights Inc (NASDAQ:HBLT) added 2.10% or 7.05 points to end at 342.80.", "a",
                         load_reference())
    assert [(f.subject, f.metric) for f in got] == [("Harbor Lights Inc", "pct_change")]


def test_a_name_inside_a_relative_clause_owns_no_level():
    got = sentence_facts("The CBOE Volatility Index, which is based on S&P 500 options, was down 4.22% to 17.21.", "a",
                         load_reference())
    assert [(f.subject, f.metric, f.value) for f in got] == [
        ("CBOE Volatility Index", "pct_change", -4.22), ("CBOE Volatility Index", "level", 17.21)]


def test_a_contracts_month_is_no_window_and_no_name():
    got = moves("Elsewhere in commodities trading, Crude oil for delivery in December rose 1.06% or 0.63 to hit $60.06 a barrel, while the January "
                "Brent oil contract rose 0.90% or 0.57 to trade at $63.95 a barrel.")
    assert [(s, c, v, q) for s, c, v, q in got] == [("Crude oil", "", 1.06, ""), ("Brent", "BRENT", 0.9, "")]


def test_a_weekday_is_read_in_the_markets_own_zone():
    # a Beijing paper of Saturday 05:10 on the US close: Friday is the day in New York, not the session before
    got = published("美股收盘", "周五美股收盘，道指收涨0.55%。英伟达涨1.2%。", "2025-11-15 05:10")
    assert [(f.subject, f.qualifier) for f in got] == [("道指", "close"), ("英伟达", "")]
    # in Beijing's own market a weekday before the paper's is the session before
    got = published("A股", "周四，沪指收涨0.41%。", "2025-11-14 09:00")
    assert [(f.subject, f.qualifier) for f in got] == [("沪指", "previous_session")]


@pytest.mark.parametrize("sentence, change", [
    ("两市合计成交1.52万亿元，较上一交易日缩量近1000亿元。", -1e11),
    ("Turnover was 1.2 trillion yuan, down nearly 100 billion yuan from Friday.", -1e11)])
def test_a_bound_between_a_change_word_and_its_amount_keeps_it_a_change(sentence, change):
    got = sentence_facts(sentence, "a", load_reference())
    assert [(f.metric, f.value) for f in got if f.metric.startswith("turnover")] == [
        ("turnover", 1.52e12 if "万亿" in sentence else 1.2e12), ("turnover_change", change)]


def test_a_name_with_candidates_before_a_flow_owns_the_move_after_it():
    # 宁德时代 has two listings (the reference has candidates, not one instrument); the move had gone to the name of
    # the piece before the "；", or to "宁德时代成交额98亿元"
    got = published("资金流向", "个股方面，中际旭创获主力资金净流入12.4亿元，该股收涨6.12%；宁德时代遭主力资金净流出9.8亿元，收跌2.05%。",
                    "2025-11-18 16:05")
    assert [(f.subject, f.value) for f in got if f.metric == "pct_change"] == [("中际旭创", 6.12), ("宁德时代", -2.05)]
    got = sentence_facts("宁德时代成交额98亿元，收跌2.05%。", "a", load_reference())
    assert sorted((f.subject, f.metric) for f in got) == [("宁德时代", "pct_change"), ("宁德时代", "turnover")]


def test_main_funds_after_a_name_are_no_part_of_it():
    assert [s for s, _, _, _ in amounts("电子行业主力资金净流入18.6亿元，沪市主力资金净流出312.1亿元。")] == ["电子行业", "沪市"]


def test_a_known_names_us_quote_the_reference_lacks_and_a_scene_of_holdings():
    got = moves("Among its holdings, Tencent Holdings (TCEHY) is down about 2.3%, and Alibaba (BABA) is off 3.1%.")
    assert [(s, c, v) for s, c, v, _ in got] == [("Tencent Holdings", "TCEHY", -2.3), ("Alibaba", "BABA.US", -3.1)]
    # holdings as what moved are still no move
    assert moves("Its holdings rose 5%.") == []


@pytest.mark.parametrize("sentence, subject", [
    ("恒指收市報25,620點，全日成交2,150億元。", "全日成交"), ("半日成交额938亿港元。", "半日成交额")])
def test_a_market_turnover_keeps_the_words_that_name_it(sentence, subject):
    # a bare "成交" names nothing a reader (or a label) knows as the market; "全日成交" does
    got = sentence_facts(sentence, "a", load_reference())
    assert [(f.subject, f.code) for f in got if f.metric == "turnover"] == [(subject, "HK.MARKET")]


def test_gold_futures_are_no_spot_gold():
    # a futures contract's move beside spot gold's level would be a figure neither source stated
    assert [(s, c) for s, c, _, _ in moves("Gold Futures for December delivery was up 0.56% or 22.70.")] == \
        [("Gold Futures", "GC")]
    assert [(s, c) for s, c, _, _ in moves("纽约金涨0.8%，伦敦金涨0.6%。")] == [("纽约金", "GC"), ("伦敦金", "XAU")]
    got = sentence_facts("Spot gold added 0.5% to $4,010.23 a troy ounce.", "a", load_reference())
    assert [(f.code, f.metric, f.value) for f in got] == [("XAU", "pct_change", 0.5), ("XAU", "level", 4010.23)]


@pytest.mark.parametrize("name, kind", [
    ("Crude oil", "commodity"), ("Natural gas futures", "commodity"), ("Bitcoin", "commodity"), ("原油", "commodity"),
    ("Oil Search", "stock"), ("Cotton On Group", "stock")])
def test_a_commodity_the_reference_lacks_is_no_stock(name, kind):
    # "Crude oil +1.06%" had been listed among the day's stock movers
    from briefs.extract.subjects import infer_kind

    assert infer_kind(name) == kind


def test_reuters_msci_gauges_by_their_descriptions():
    got = moves("MSCI's broadest index of Asia-Pacific shares outside Japan was up 0.5%, while MSCI's gauge of stocks "
                "across the globe rose 0.41%.")
    assert [(c, v) for _, c, v, _ in got] == [("MSCI.APXJ", 0.5), ("MSCI.ACWI", 0.41)]
    # the MSCI World Index (developed markets only) is another index
    assert [c for _, c, _, _ in moves("The MSCI World Index rose 0.3%.")] == [""]


def test_a_level_after_a_first_figure_does_not_end_the_subject_and_takes_its_own_moment():
    got = published("HK midday", "The Harbor Index opened 0.3% higher at 25,980 and was up 0.4% at 26,004 at the midday break.",
                    "2025-11-24 12:20")
    assert [(f.metric, f.value, f.qualifier) for f in got] == [
        ("pct_change", 0.3, "open"), ("pct_change", 0.4, "intraday"), ("level", 25980.0, "open"),
        ("level", 26004.0, "intraday")]


def test_a_clause_of_consequence_opens_its_own_figure():
    # "revenue" belongs to the clause of the first figure; the clause of consequence moves its object
    got = moves("Harbor Lights shares rose 3.7% after the chipmaker's revenue beat expectations, helping lift the "
                "Harbor Chip Index by 2.5%.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Lights", 3.7), ("Harbor Chip Index", 2.5)]
    assert moves("Revenue rose 5%, helping earnings grow 3%.") == []


def test_a_count_of_stocks_in_gu_is_no_amount_of_shares():
    got = sentence_facts("沪深两市成交额超1.7万亿元，两市超5000股下跌。", "a", load_reference())
    assert [(f.metric, f.value, f.unit) for f in got] == [("turnover", 1.7e12, "CNY"), ("count", 5000.0, "stocks_down")]
    got = sentence_facts("两市58股涨停。", "a", load_reference())
    assert [(f.metric, f.value, f.unit) for f in got] == [("count", 58.0, "stocks_limit_up")]


def test_a_non_move_word_inside_a_funds_name_is_the_names():
    # "Dividend Yield" in the fund's name makes its move no yield
    got = moves("The Global X Harbor High Dividend Yield ETF (3999.HK) rose 0.5%.")
    assert [(s, c, v) for s, c, v, _ in got] == [("Global X Harbor High Dividend Yield ETF", "03999.HK", 0.5)]
    assert moves("The Harbor dividend yield rose 0.2%.") == []


@pytest.mark.parametrize("name, kind", [
    ("电子", "sector"), ("通信行业", "sector"), ("非银金融", "sector"), ("贵金属板块", "sector"), ("电子城", "stock"),
    ("星河电子", "stock"),
    ("Utilities", "sector"), ("Real Estate", "sector"), ("Technology & Communications", "sector"),
    ("Chinese tech", "sector"), ("Coal miners", "sector"), ("Air transport", "sector"),
    ("Russell 2000", "index"), ("FTSE 100", "index"), ("DAX", "index"), ("CAC 40", "index"), ("Kestrel gauge", "index"),
    ("London", "index"), ("Paris", "index"),  # a market's city alone, as AFP names the market
    ("China Southern Airlines", "stock"), ("Delta Air Lines", "stock"), ("Harbor Lights", "stock"),
    ("Singapore Airlines", "stock")])
def test_the_kind_of_a_name_the_reference_lacks(name, kind):
    # "电子、通信、计算机分别上涨…" had listed the industries among the day's stock movers; so had "Energy" and "the
    # Russell 2000" been: a sector or a group named in capitals is no company, nor an index family
    from briefs.extract.subjects import infer_kind

    assert infer_kind(name) == kind


def test_a_date_opening_a_flows_words_is_no_part_of_its_name():
    assert [s for s, _, _, _ in amounts("本周（11月24日至11月28日）股票型ETF合计净流入312.6亿元。")] == ["股票型ETF"]
    assert [s for s, _, _, _ in amounts("从单日看，11月28日股票型ETF净流入45.3亿元。")] == ["股票型ETF"]


def test_a_tables_header_says_what_its_rows_figures_are_and_the_row_is_quoted_as_printed():
    body = ("| 名称 | 代码 | 涨跌幅 | 成交额 |\n\n|---|---|---|---|\n\n| 星河50ETF | 588999 | 1.23% | 25.6亿元 |\n\n"
            "| 星河创业ETF | 159999 | -0.45% | 18.2亿元 |")
    got = published("ETF收评", body, "2025-11-28 15:20")
    assert [(f.subject, f.metric, f.value, f.evidence) for f in got] == [
        ("星河50ETF", "pct_change", 1.23, "星河50ETF 588999 1.23% 25.6亿元"),
        ("星河50ETF", "turnover", 2.56e9, "星河50ETF 588999 1.23% 25.6亿元"),
        ("星河创业ETF", "pct_change", -0.45, "星河创业ETF 159999 -0.45% 18.2亿元"),
        ("星河创业ETF", "turnover", 1.82e9, "星河创业ETF 159999 -0.45% 18.2亿元")]
    from briefs.extract.text import split_sentences

    assert split_sentences("| Name | Ticker | % Chg |\n|---|---|---|\n| Harbor Lights | HBLT | +2.10% |") == [
        "Harbor Lights (HBLT) up 2.10%."]
    # a one-column (vertical) table keeps its label-then-value reading
    assert split_sentences("|Sector\n|% Change\n|Financial\n|+0.2%") == ["Sector", "% Change", "Financial +0.2%"]


def test_a_close_word_in_a_midday_report_is_the_mornings_end_in_its_own_market():
    got = published("Hong Kong shares slip at midday", "** The Hang Seng index fell 0.8% by the midday break, while the "
                    "financial sector ended 0.4% lower.", "2025-12-01 12:15")
    assert [(f.subject, f.qualifier) for f in got] == [("Hang Seng index", "intraday"), ("financial sector", "intraday")]


def test_a_known_name_followed_by_its_city_owns_its_figure_and_level():
    # "the Kospi in Seoul" had given "Seoul" the Kospi's move and the Nikkei the Kospi's level
    got = sentence_facts("Tokyo's Nikkei 225 lost 1.1% to 48,625.88, while the Kospi in Seoul gave up 0.8% to 3,953.76.",
                         "a", load_reference())
    assert sorted((f.code, f.metric, f.value) for f in got) == [
        ("KS11.KR", "level", 3953.76), ("KS11.KR", "pct_change", -0.8), ("N225.JP", "level", 48625.88),
        ("N225.JP", "pct_change", -1.1)]


def test_a_month_abbreviation_before_its_day_ends_no_sentence():
    # "BEIJING, Oct. 24 (Xinhua) -- ..." had been quoted from "24 (Xinhua)": the footnote lost its start
    from briefs.extract.text import split_sentences

    assert split_sentences("BEIJING, Oct. 24 (Xinhua) -- Chinese stocks ended higher. The index fell 1.2%, the most "
                           "since Nov. 4, with chipmakers leading.") == [
        "BEIJING, Oct. 24 (Xinhua) -- Chinese stocks ended higher.",
        "The index fell 1.2%, the most since Nov. 4, with chipmakers leading."]


@pytest.mark.parametrize("sentence", ["恒指 25,620 ↓120 (-0.47%)，科指 5,700 ↑35 (+0.62%)",
                                      "HSI 25,620 ▼120 (-0.47%), HSTECH 5,700 ▲35 (+0.62%)"])
def test_a_quote_row_with_arrows_names_its_index(sentence):
    assert [(c, v) for _, c, v, _ in moves(sentence)] == [("HSI.HK", -0.47), ("HSTECH.HK", 0.62)]


@pytest.mark.parametrize("sentence, qualifier", [("The Harbor Index closed at 25,620, down 0.47% from Tuesday.", "close"),
                                                 ("星河指数较周二收市跌0.47%。", "close")])
def test_a_day_a_comparison_measures_from_is_not_the_figures_day(sentence, qualifier):
    # on a Wednesday, "down 0.47% from Tuesday" is Wednesday's move, not Tuesday's
    got = facts_on(sentence, date(2025, 12, 3))
    assert [(f.value, f.qualifier) for f in got if f.metric == "pct_change"] == [(-0.47, qualifier)]
    assert facts_on("星河指数周二跌1.1%。", date(2025, 12, 3))[0].qualifier == "previous_session"


def test_commodity_futures_by_their_chinese_names():
    got = sentence_facts("沪金主力合约涨1.2%，碳酸锂期货跌超4%。", "a", load_reference())
    assert [(f.subject, f.kind, f.value) for f in got] == [("沪金", "commodity", 1.2), ("碳酸锂", "commodity", -4.0)]
    # an index's futures stay no index
    assert moves("恒指期货跌1%。") == []


def test_an_index_name_opening_an_english_funds_name_is_the_fund():
    got = amounts("Turnover in the STAR 50 ETF reached 1.8 billion yuan.")
    assert got == [("STAR 50 ETF", "turnover", 1.8e9, "CNY")]


def test_points_then_percent_set_off_by_commas_with_the_direction_after():
    got = sentence_facts("The Harbor Index ended 212 points, or 0.8 percent, higher at 26,102.", "a", load_reference())
    assert [(f.subject, f.metric, f.value) for f in got if f.metric == "pct_change"] == [("Harbor Index", "pct_change", 0.8)]


def test_yesterday_opening_a_flows_words_is_no_part_of_its_name():
    assert [s for s, _, _, _ in amounts("昨日（12月4日）股票型ETF合计净流入12.3亿元。")] == ["股票型ETF"]


def test_a_quote_pages_symbol_for_a_contract_after_its_name_is_its_code_not_its_name():
    got = moves("Oil futures retreated, with West Texas Intermediate crude CL.1 for January delivery down 1.1%, "
                "while gold GC00 was up 0.3%.")
    assert [(s, v) for s, _, v, _ in got] == [("West Texas Intermediate", -1.1), ("gold", 0.3)]
    assert [(s, v) for s, _, v, _ in moves("Brent crude BRN00 fell 0.8%.")] == [("Brent crude", -0.8)]
    # a stock's bare ticker still is one
    assert moves("Shares of Harbor Lights Inc. HLI jumped 4.6%.") == [("Harbor Lights Inc.", "HLI", 4.6, "")]


@pytest.mark.parametrize("sentence, expected", [
    ("Kuaishou Technology, which had dropped 9 per cent over the previous three sessions, recovered 5.1 per cent.",
     [(-9.0, "streak:3"), (5.1, "")]),
    ("Kuaishou Technology, which dropped 9% over the past five trading days, rose 5.1%.",
     [(-9.0, "streak:5"), (5.1, "")]),
    ("Kuaishou Technology has lost 9% in three sessions.", [(-9.0, "streak:3")]),
    ("Kuaishou Technology fell 2% in the previous session.", [(-2.0, "previous_session")]),
])
def test_a_run_of_sessions_in_a_relative_clause_is_its_own_and_the_main_clause_keeps_its_subject(sentence, expected):
    assert [(v, q) for s, _, v, q in moves(sentence)] == expected
    assert {s for s, _, _, _ in moves(sentence)} == {"Kuaishou Technology"}


def test_a_session_word_in_a_later_clause_with_its_own_figure_is_that_figures_alone():
    got = moves("CPO概念持续活跃，中际旭创涨4.8%，新易盛涨5.5%，天孚通信盘中一度涨超10%。")
    assert [(s, q) for s, _, _, q in got] == [("中际旭创", ""), ("新易盛", ""), ("天孚通信", "intraday_high:at_least")]
    # a level after the move is the same move's: its moment is the move's
    assert moves("沪指涨0.5%，午间收盘报3200点。") == [("沪指", "000001.SH", 0.5, "intraday")]
    assert moves("The Hang Seng rose 1.2% in afternoon trade.") == [("Hang Seng", "HSI.HK", 1.2, "intraday")]


def test_a_window_said_after_another_figure_is_that_figures():
    got = amounts("The Invesco QQQ Trust (QQQ) saw $860 million of outflows even as it rose 1.6% for the week.")
    assert got == [("QQQ", "net_inflow", -860000000.0, "USD")]
    facts = sentence_facts("The Invesco QQQ Trust (QQQ) saw $860 million of outflows even as it rose 1.6% for the "
                           "week.", "a", load_reference())
    assert {(f.metric, f.qualifier) for f in facts} == {("net_inflow", ""), ("pct_change", "weekly")}
    got = moves("The VanEck Semiconductor ETF (SMH) fell 3.4% and has lost 9% over the past month.")
    assert [(v, q) for _, _, v, q in got] == [(-3.4, ""), (-9.0, "monthly")]


def test_a_titles_rubric_before_its_bar_is_no_part_of_a_flows_name():
    got = [(f.subject, f.value, f.qualifier) for f in
           published("ETF资金动向｜上周股票型ETF净流入超300亿元 沪深300ETF获加仓", "据统计，上周市场平稳。",
                     "2025-12-08 08:30") if f.metric == "net_inflow"]
    assert got == [("股票型ETF", 30000000000.0, "weekly:at_least")]


def test_the_connect_channel_with_its_direction_in_brackets_is_the_channel():
    for body in ("港股通（南向）全日淨買入87.2億元。", "港股通(南向)全日净买入87.2亿元。"):
        (fact,) = [f for f in published("港股收市", body, "2025-12-11 16:30") if f.metric == "net_inflow"]
        assert (fact.code, fact.value) == ("HK.SOUTHBOUND", 8720000000.0)


def test_a_window_holds_past_a_semicolon_into_a_piece_that_names_no_time():
    facts = published("ETF周报", "从涨跌幅看，上周科创芯片ETF（588200）涨4.3%，表现最好；煤炭ETF（515220）跌2.1%。"
                      "其中，华泰柏瑞沪深300ETF（510300）上周净流入48.3亿元；证券ETF（512880）净流出9.6亿元。",
                      "2025-12-08 08:30")
    assert {(f.code, f.metric, f.qualifier) for f in facts} == {
        ("588200.SH", "pct_change", "weekly"), ("515220.SH", "pct_change", "weekly"),
        ("510300.SH", "net_inflow", "weekly"), ("512880.SH", "net_inflow", "weekly")}
    # a piece that names its day is that day's; and the window reaches the next piece only
    facts = published("港股收评", "本周恒指累计涨3%；周五单日跌1%。恒生科技指数涨2%。", "2025-12-05 16:30")
    assert [(f.subject, f.value, f.qualifier) for f in facts if f.metric == "pct_change"] == [
        ("恒指", 3.0, "weekly"), ("恒指", -1.0, ""), ("恒生科技指数", 2.0, "")]
    # in a weekly report, a figure said without a moment is the week's
    facts = published("恒指周报", "本周恒指累计涨3%；周五单日跌1%。恒生科技指数涨2%。", "2025-12-05 16:30")
    assert [(f.subject, f.value, f.qualifier) for f in facts if f.metric == "pct_change"] == [
        ("恒指", 3.0, "weekly"), ("恒指", -1.0, ""), ("恒生科技指数", 2.0, "weekly")]


@pytest.mark.parametrize("sentence, expected", [
    ("Nine of the 11 primary S&P 500 sectors ended in the red, with utilities and real estate leading the laggards "
     "by losing 1.2 percent and 0.9 percent, respectively.", [("utilities", -1.2), ("real estate", -0.9)]),
    ("Meanwhile, communication services and technology led the gainers by rising 0.8 percent and 0.5 percent, "
     "respectively.", [("communication services", 0.8), ("technology", 0.5)]),
    ("Energy led the gainers by rising 0.8 percent.", [("Energy", 0.8)]),
    ("Energy led the gainers, while Harbor Lights rose 0.8 percent.", [("Harbor Lights", 0.8)]),
])
def test_the_figures_right_after_a_ranking_are_its_leaders(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_a_price_or_an_amount_with_its_unit_is_no_name():
    got = moves("寒武纪-U（688256）盘中涨超8%，报1680元，总市值突破7000亿元，年内累计涨幅超过120%。")
    assert got == [("寒武纪-U", "688256.SH", 8.0, "intraday:at_least"), ("寒武纪-U", "688256.SH", 120.0, "ytd:at_least")]
    assert [s for s, _, _, _ in moves("星河科技涨8%，成交额突破7亿元，年内累计涨幅超过120%。")] == ["星河科技", "星河科技"]


def test_a_turnover_whose_clause_names_a_market_is_that_markets():
    assert amounts("南向资金半日净买入45.6亿港元，港股半日成交额1212亿港元。") == [
        ("南向资金", "net_inflow", 4560000000.0, "HKD"), ("港股", "turnover", 121200000000.0, "HKD")]
    facts = sentence_facts("南向资金半日净买入45.6亿港元，港股半日成交额1212亿港元。", "a", load_reference())
    assert [(f.code, f.metric) for f in facts] == [("HK.SOUTHBOUND", "net_inflow"), ("HK.MARKET", "turnover")]


def test_a_region_or_legal_form_closing_a_name_is_no_inline_ticker():
    assert moves("The top gainer on the Hang Seng was Budweiser Brewing Company APAC, which rose 3.9%.") == [
        ("Budweiser Brewing Company APAC", "01876.HK", 3.9, "")]
    assert moves("The top gainer was Harbor Brewing Company APAC, which rose 3.9%.") == [
        ("Harbor Brewing Company APAC", "", 3.9, "")]
    assert moves("Siemens AG rose 2%.") == [("Siemens AG", "", 2.0, "")]
    assert moves("Home Depot Inc. HD rose 2%.") == [("Home Depot Inc", "HD.US", 2.0, "")]


def test_against_the_market_words_end_a_chinese_name():
    assert moves("快手-W小幅收跌0.3%，百度集团-SW则逆势微涨0.2%。") == [
        ("快手-W", "01024.HK", -0.3, "close"), ("百度集团-SW", "09888.HK", 0.2, "")]
    assert moves("贵金属、银行板块逆势上涨，涨幅分别为1.35%和0.42%。") == [("贵金属", "", 1.35, ""), ("银行板块", "", 0.42, "")]
    assert moves("士兰微涨2%。") == [("士兰微", "", 2.0, "")]  # a name ending in 微 keeps it


def test_net_buying_of_one_markets_shares_via_the_links_is_that_channels():
    got = sentence_facts("Onshore traders bought a net 4.1 billion yuan of Hong Kong shares via trading links, "
                         "according to exchange data.", "a", load_reference())
    assert [(f.subject, f.code, f.value) for f in got] == [("Onshore traders", "HK.SOUTHBOUND", 4.1e9)]
    got = sentence_facts("Global funds sold a net 3.2 billion yuan of mainland shares via the trading links.", "a",
                         load_reference())
    assert [(f.subject, f.code, f.value) for f in got] == [("Global funds", "CN.NORTHBOUND", -3.2e9)]
    # without the links, a fund's own buying is its own
    got = sentence_facts("Harbor Fund bought a net $4 million of Hong Kong shares.", "a", load_reference())
    assert [f.code for f in got] == [""]


def test_precious_metals_named_in_lower_case_after_and_are_commodities():
    got = moves("Spot silver jumped 2.2% to $64.15 an ounce, platinum gained 1.1% and palladium slipped 0.7%.")
    assert [(s, c, v) for s, c, v, _ in got] == [("Spot silver", "XAG", 2.2), ("platinum", "XPT", 1.1),
                                                 ("palladium", "XPD", -0.7)]
    # "U.S." before a commodity's name is no company's name word
    assert moves("U.S. West Texas Intermediate crude futures rose 52 cents, or 0.9%, to settle at $58.61.") == [
        ("West Texas Intermediate", "WTI", 0.9, "close")]


def test_a_limit_with_its_width_as_a_percentage_is_the_limit():
    facts = published("收评", "半导体板块全天大涨3.12%，板块内长川科技（300604）以20%涨停收盘，北方华创涨6.8%。",
                      "2025-12-16 15:05")
    assert [(f.subject, f.value, f.qualifier) for f in facts] == [
        ("半导体板块", 3.12, "close"), ("长川科技", 20.0, "limit_up"), ("北方华创", 6.8, "close")]
    assert [(f.subject, f.value, f.qualifier) for f in published("收评", "星河科技涨10%涨停。", "2025-12-16 15:05")] == [
        ("星河科技", 10.0, "limit_up")]


def test_best_and_worst_performer_words_end_a_chinese_name():
    assert moves("翰森製藥表現最好，升5.2%；星河體育表現最差，跌2.9%。") == [("翰森製藥", "", 5.2, ""), ("星河體育", "", -2.9, "")]


@pytest.mark.parametrize("sentence, expected", [
    ("The next worst performing sector is the real estate sector, showing a 0.9% loss.",
     [("real estate sector", -0.9)]),
    ("Among large real estate stocks, Prologis (Symbol: PLD) and Equinix (Symbol: EQIX) are the most notable, showing "
     "a loss of 2.1% and 1.7%, respectively.", [("Prologis", -2.1), ("Equinix", -1.7)]),
    ("Harbor Lights closed at $12.2, showing a 2% gain.", [("Harbor Lights", 2.0)]),
])
def test_a_participles_figures_are_the_clause_befores_subjects(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_the_bar_a_chinese_title_writes_with_a_character_parts_its_rubric_from_the_name():
    facts = published("港股异动丨翰森制药涨超5% 创新药授权交易落地",
                      "格隆汇12月16日丨翰森制药(3692.HK)早盘走高，截至发稿涨5.31%。", "2025-12-16 10:35")
    assert {(f.subject, f.code, f.value) for f in facts} == {("翰森制药", "03692.HK", 5.0),
                                                             ("翰森制药", "03692.HK", 5.31)}


def test_a_level_after_a_move_of_a_name_the_reference_lacks_is_not_the_index_named_before():
    facts = sentence_facts("Japan's Nikkei 225 climbed 0.98% to close at 49,512.28, while the broader Harbor Index "
                           "added 0.61% to 3,371.4.", "a", load_reference())
    assert [(f.subject, f.metric, f.value) for f in facts if f.metric == "level"] == [("Nikkei 225", "level", 49512.28)]
    # the move of the broader index is its own, never the Nikkei's; a level after a known index's move is that index's
    assert [(f.subject, f.value) for f in facts if f.metric == "pct_change"][1] == ("Harbor Index", 0.61)
    facts = sentence_facts("Japan's Nikkei 225 climbed 0.98% to close at 49,512.28, while the broader Topix added "
                           "0.61% to 3,371.4.", "a", load_reference())
    assert [(f.code, f.value) for f in facts if f.metric == "level"] == [("N225.JP", 49512.28), ("TOPIX.JP", 3371.4)]
    facts = sentence_facts("The Hang Seng Index, which tracks blue chips, rose 1% to 25,000.", "a", load_reference())
    assert [(f.subject, f.value) for f in facts if f.metric == "level"] == [("Hang Seng Index", 25000.0)]


def test_the_tech_index_is_hong_kongs_and_a_bond_futures_tenor_is_no_name():
    assert moves("The Hang Seng Index added 0.2 per cent at the midday break, while the Tech Index rose 0.6 per "
                 "cent.")[1][:3] == ("Tech Index", "HSTECH.HK", 0.6)
    assert moves("期货方面，国债期货全线收跌，30年期主力合约跌0.35%。") == []


@pytest.mark.parametrize("sentence, expected", [
    ("The sub-index tracking property shares firmed 1.9 pct, while the financial sector eased 0.3 pct.",
     [("property", 1.9), ("financial sector", -0.3)]),
    ("Sun Hung Kai Properties tacked on 2.4 pct and CK Hutchison Holdings gave up 0.5 pct.",
     [("Sun Hung Kai Properties", 2.4), ("CK Hutchison Holdings", -0.5)]),
    ("Harbor Lights moved lower by 2%.", [("Harbor Lights", -2.0)]),
    ("Offshore yuan strengthened 0.2%.", [("Offshore yuan", 0.2)]),
    # a name's word is no verb: "Holding Firms" do not firm
    ("All sectoral indices ended higher, followed by the Holding Firms 0.08 percent.", [("Holding Firms", 0.08)]),
])
def test_older_wire_verbs_of_a_move(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_what_a_gauge_tracks_names_it_and_a_results_modifier_says_when():
    assert moves("A gauge of megacaps rose 1.1%.") == [("megacaps", "", 1.1, "")]
    assert moves("A gauge of Chinese developers sank 2.9%.") == [("Chinese developers", "", -2.9, "")]
    assert moves("Nike Inc. extended its post-earnings slide, falling 3.1%.") == [("Nike Inc", "NKE.US", -3.1, "")]
    assert moves("匯控升0.6%。") == [("匯控", "00005.HK", 0.6, "")]


def test_stocks_related_to_a_theme_are_the_theme_and_to_a_company_are_not_it():
    got = moves("Stocks related to artificial intelligence, semiconductors and software led the gains, rising 3.21 "
                "percent, 2.67 percent and 2.12 percent, respectively.")
    assert [(s, v) for s, _, v, _ in got] == [("artificial intelligence", 3.21), ("semiconductors", 2.67),
                                              ("software", 2.12)]
    for sentence in ("Stocks linked to Nvidia rose 2%.", "Nvidia suppliers rose 2%.", "Nvidia-related stocks rose 2%.",
                     "Stocks linked to Harbor Lights rose 2%."):
        assert moves(sentence) == [], sentence
    assert moves("Nvidia rose 2%.") == [("Nvidia", "NVDA.US", 2.0, "")]


def test_a_table_printed_without_bars_under_its_header_is_read_row_by_row():
    body = ("截至14:00，芯片类ETF表现如下：\n\n代码 名称 涨跌幅 成交额（亿元）\n588200 科创芯片ETF 3.10% 12.5\n"
            "512480 半导体ETF 2.80% 8.3\n\n数据来源：Wind")
    facts = published("芯片ETF午后走强", body, "2025-12-23 14:20")
    assert [(f.code, f.metric, f.value) for f in facts] == [
        ("588200.SH", "pct_change", 3.1), ("588200.SH", "turnover", 1.25e9),
        ("512480.SH", "pct_change", 2.8), ("512480.SH", "turnover", 8.3e8)]
    assert facts[0].evidence == "588200 科创芯片ETF 3.10% 12.5"  # the row as printed
    # an English table parted by tabs
    facts = published("Movers", "Symbol\tName\tChange\nNVDA\tNvidia\t+2.3%\nAMD\tAdvanced Micro Devices\t-1.1%",
                      "2025-12-24 05:00")
    assert [(f.code, f.value) for f in facts] == [("NVDA.US", 2.3), ("AMD.US", -1.1)]


def test_several_of_a_kind_moving_is_no_move_of_the_kind():
    assert moves("半导体ETF午后走强 多只芯片ETF涨超2%") == []
    assert moves("多家券商股涨超5%。") == []
    assert moves("券商股涨超5%。") == [("券商股", "SECTOR.brokers", 5.0, "at_least")]


def test_an_exchange_named_as_where_a_stock_lists_is_no_subject_and_an_offer_price_no_level():
    facts = published("新股首日｜星河医疗首日高开42% 收涨35.6%",
                      "星河医疗（02999）今日在港交所主板挂牌上市，开盘价较招股价18.0港元高开42%，收报24.41港元，"
                      "较招股价上涨35.6%，成交额8.9亿港元。", "2025-12-23 16:20")
    assert {f.code for f in facts} == {"02999.HK"}  # never HKEX's own shares
    assert sorted((f.metric, f.value) for f in facts) == [
        ("level", 24.41), ("pct_change", 35.6), ("pct_change", 42.0), ("turnover", 8.9e8)]
    assert moves("Harbor Lights rose 10% in its debut on the Nasdaq.") == [("Harbor Lights", "", 10.0, "")]
    assert moves("港交所涨2%。") == [("港交所", "00388.HK", 2.0, "")]


def test_a_pointer_earlier_in_the_sentence_owns_a_small_turnover():
    facts = published("星河科技涨超9%", "星河科技（301999）盘中涨超9%。公司前三季度净利润同比增长156%。"
                      "截至发稿，该股换手率为12.5%，成交额5.6亿元。", "2025-12-23 10:05")
    assert [(f.subject, f.value) for f in facts if f.metric == "turnover"] == [("星河科技", 5.6e8)]


def test_where_a_gauges_stocks_list_describes_them():
    assert moves("A gauge of Chinese developers listed in Hong Kong fell 0.5%.") == [("Chinese developers", "", -0.5, "")]
    got = moves("Hong Kong's Hang Seng Index was little changed, and a gauge of Chinese tech stocks listed in the city "
                "fell 0.5%.")
    assert [(s, v) for s, _, v, _ in got] == [("Chinese tech", -0.5)]


def test_a_period_word_takes_the_window_the_sentence_opened_with_and_the_subject_before():
    facts = published("科创50ETF近5日吸金23.6亿元", "近5个交易日，科创50ETF（588000）累计净流入23.6亿元，区间涨幅3.2%。"
                      "今日该ETF收涨1.1%。", "2025-12-24 18:00")
    assert [(f.subject, f.metric, f.value, f.qualifier) for f in facts] == [
        ("科创50ETF", "net_inflow", 2.36e9, "streak:5"), ("科创50ETF", "pct_change", 3.2, "streak:5"),
        ("科创50ETF", "pct_change", 1.1, "close")]


def test_an_opening_scene_of_extended_trading_or_of_a_named_day_holds_for_every_figure():
    facts = published("Stock futures", "In premarket trading, Nvidia edged up 0.4% and Micron added 1.2%, while Nike "
                      "lost 0.8%.", "2025-12-24 20:30")
    assert {f.qualifier for f in facts} == {"extended"}
    facts = published("Stock futures", "During Tuesday's regular session, the S&P 500 gained 0.5%, while the Nasdaq "
                      "Composite climbed 0.6%.", "2025-12-24 20:30")
    assert {f.qualifier for f in facts} == {"previous_session"}


def test_a_list_under_a_heading_that_ranks_it_takes_the_headings_direction():
    got = moves("行业板块涨幅前五：半导体(3.45%)、通信设备(2.98%)、软件开发(2.51%)。")
    assert [(s, v) for s, _, v, _ in got] == [("半导体", 3.45), ("通信设备", 2.98), ("软件开发", 2.51)]
    got = moves("行业板块跌幅前三：煤炭(1.12%)、银行(0.65%)。")
    assert [(s, v) for s, _, v, _ in got] == [("煤炭", -1.12), ("银行", -0.65)]


def test_a_span_of_days_resizing_a_move_is_a_run():
    got = moves("The Hang Seng Index rose 0.9 per cent to 26,280.5 at the close, extending its three-day gain to 2.4 "
                "per cent.")
    assert [(v, q) for _, _, v, q in got] == [(0.9, "close"), (2.4, "streak:3")]
    assert moves("Harbor Lights posted a 3-day gain of 6%.") == [("Harbor Lights", "", 6.0, "streak:3")]


def test_the_time_after_a_flows_name_is_no_part_of_it():
    assert amounts("资金面上，股票型ETF今日早盘合计净流入约35亿元，其中沪深300ETF（510300）净流入超10亿元。") == [
        ("股票型ETF", "net_inflow", 3.5e9, "CNY"), ("沪深300ETF", "net_inflow", 1e9, "CNY")]


def test_a_relative_clause_cut_off_by_its_commas_keeps_its_time_and_at_one_point_is_an_extreme():
    got = moves("Nvidia, the world's most valuable company, gained 1.4%, while Intel, which reported a loss last quarter, "
                "fell 2.2%.")
    assert [(s, v, q) for s, _, v, q in got] == [("Nvidia", 1.4, ""), ("Intel", -2.2, "")]
    assert moves("The materials sector, down 1.1% at one point, ended flat.") == [
        ("materials sector", "", -1.1, "intraday_low")]


def test_a_which_clause_with_its_own_figure_is_about_the_name_it_follows():
    got = moves("Japan's Nikkei slid 0.8%, with exporters weighed down by a firmer yen, which strengthened 0.5% to "
                "155.20 per dollar.")
    assert [(s, c, v) for s, c, v, _ in got] == [("Nikkei", "N225.JP", -0.8), ("yen", "JPY", 0.5)]
    assert moves("Toyota rose 2% to 3,000 yen.") == [("Toyota", "", 2.0, "")]  # a price in yen is no move of the yen


@pytest.mark.parametrize("sentence, expected", [
    ("科创板全天成交额1,612亿元。", [("科创板", "", "market", 1.612e11)]),
    ("北交所个股普涨，全天成交额281.5亿元。", [("北交所", "", "market", 2.815e10)]),
    ("沪市成交额6123亿元。", [("沪市", "", "market", 6.123e11)]),
    ("两市成交额1.2万亿元。", [("两市", "CN.MARKET", "market", 1.2e12)]),
])
def test_one_boards_or_exchanges_turnover_is_never_the_whole_markets(sentence, expected):
    got = [(f.subject, f.code, f.kind, f.value) for f in sentence_facts(sentence, "a", load_reference())
           if f.metric == "turnover"]
    assert got == expected


def test_a_turnover_after_several_indices_is_the_markets_after_one_it_is_that_exchanges():
    facts = sentence_facts("沪指涨0.5%，北证50涨2%，成交额1.2万亿元。", "a", load_reference())
    assert [(f.code, f.value) for f in facts if f.metric == "turnover"] == [("CN.MARKET", 1.2e12)]
    facts = sentence_facts("截至收盘，上证指数报3900.50点，涨0.50%，成交额6520亿元；", "a", load_reference())
    assert [(f.code, f.value) for f in facts if f.metric == "turnover"] == [("000001.SH", 6.52e11)]


def test_more_after_a_figure_is_a_bound_but_not_before_a_measure_word():
    assert moves("北交所收评：北证50指数收涨2.13% 多股涨停") == [("北证50指数", "899050.BJ", 2.13, "close")]
    assert moves("星河科技涨2%多。")[0][3] == "at_least"


def test_a_company_a_theme_is_named_after_says_nothing_of_where_the_others_trade():
    facts = published("港股开盘｜恒指高开0.52%", "港股三大指数集体高开，恒生指数高开0.52%。盘面上，苹果概念股走高，瑞声科技涨超4%，"
                      "比亚迪电子涨3.2%；内险股走弱，中国太保跌1.1%。", "2026-01-08 09:32")
    assert [(f.subject, f.market, f.qualifier) for f in facts] == [
        ("恒生指数", "hk", "open"), ("瑞声科技", "hk", "intraday:at_least"), ("比亚迪电子", "hk", "intraday"),
        ("中国太保", "hk", "intraday")]


def test_the_nikkei_stock_average_is_the_nikkei_225():
    assert moves("The Nikkei Stock Average finished 1.6% higher at 51,230.45, while the broader Topix rose 0.9%.") == [
        ("Nikkei Stock Average", "N225.JP", 1.6, "close"), ("Topix", "TOPIX.JP", 0.9, "")]


def test_a_wires_bare_instrument_code_after_a_name_leaves_the_name_the_subject():
    assert moves("At the close, the Harbor Composite index .HBCI was down 0.42% at 3,912.08 points.") == [
        ("Harbor Composite index", "", -0.42, "close")]
    assert moves("Around the region, South Korea's KOSPI .KS11 gained 0.4%.") == [("KOSPI", "KS11.KR", 0.4, "")]
    # a code the reference knows, after a description rather than a name, says which index it is
    assert [(s, c) for s, c, _, _ in moves("Tech shares listed in Hong Kong .HSTECH rose 0.6%.")] == [
        ("HSTECH", "HSTECH.HK")]
    assert [(s, c) for s, c, _, _ in moves("** Tech sub-index .HSTECH up 1.2%.")] == [("HSTECH", "HSTECH.HK")]
    # a long code is a code too
    assert moves("The Harbor Asia index .MIAPJ0000PUS was firmer by 0.3%.") == [("Harbor Asia index", "", 0.3, "")]


def test_a_figure_opening_the_sentence_belongs_to_the_name_after_its_comma():
    assert moves("Down 6.2%, Tallow Mills was the worst performer in the index.") == [("Tallow Mills", "", -6.2, "")]
    assert moves("Up 3.1%, Harbor Lights led the gainers.") == [("Harbor Lights", "", 3.1, "")]


def test_what_a_past_tense_helper_governs_is_the_subject_of_the_figure_after_it():
    got = moves("Gains in Quarry Robotics (+1.4%) helped the Acme Composite finish 0.5% higher at 21,840.17.")
    assert [(s, v) for s, _, v, _ in got] == [("Quarry Robotics", 1.4), ("Acme Composite", 0.5)]
    assert got[1][3] == "close"


def test_in_a_report_on_trading_after_hours_a_sentence_about_the_session_is_the_close():
    facts = published("Stocks making the biggest moves after hours: Tallow Mills, Harbor Lights",
                      "Tallow Mills — Shares fell 2.5% after the company cut its outlook.\n\n"
                      "Down 6.2%, Harbor Lights was the worst performer during the regular session.",
                      "2026-03-18 05:05")
    assert [(f.subject, f.value, f.qualifier) for f in facts if f.metric == "pct_change"] == [
        ("Tallow Mills", -2.5, "extended"), ("Harbor Lights", -6.2, "close")]


def test_a_number_of_unnamed_stocks_is_no_subject():
    assert moves("北交所午评：两只新股上市首日涨超200%") == []
    assert moves("3只个股涨超10%，星河科技涨12.5%。") == [("星河科技", "", 12.5, "")]


def test_the_week_a_coordinated_predicate_ends_is_not_the_first_figures():
    got = moves("The Harbor Chip ETF rose 1.7% on Friday and ended the week up 5.4%.")
    assert [(v, q) for _, _, v, q in got] == [(1.7, ""), (5.4, "weekly")]


def test_a_codeless_limit_up_in_a_report_on_one_board_takes_that_boards_limit():
    body = "个股方面，贝特瑞跌4.2%，星河数控涨停。"
    assert [f.value for f in published("北交所午评：北证50跌0.9%", body, "2026-03-18 11:40")
            if f.subject == "星河数控"] == [30.0]
    assert [f.value for f in published("科创板收评：科创50涨1%", body, "2026-03-18 15:10")
            if f.subject == "星河数控"] == [20.0]
    # a board's index in a title about the whole market says nothing of which board a stock trades on
    assert [f.value for f in published("收评：沪指涨0.5% 北证50涨2%", body, "2026-03-18 15:10")
            if f.subject == "星河数控"] == [10.0]


def test_a_stocks_role_said_before_its_name_is_no_part_of_it():
    assert moves("星河半导体指数上涨2.85%，成分股星河微电(688991)上涨9.02%。")[1][:3] == ("星河微电", "688991.SH", 9.02)
    assert moves("权重股星河材料涨3.1%。") == [("星河材料", "", 3.1, "")]
    assert moves("龙头股星河材料涨3.1%。") == [("星河材料", "", 3.1, "")]
    assert [s for s, *_ in moves("Chipmaker Harbor Semiconductor surged 8.3 per cent.")] == ["Harbor Semiconductor"]
    assert [s for s, *_ in moves("Insurer Harbor Life fell 3%.")] == ["Harbor Life"]


def test_a_figure_in_the_red_is_a_loss_and_in_the_green_a_gain():
    assert moves("Harbor Lights notched a 3.2% advance, while Tallow Mills ended 0.4% in the red.") == [
        ("Harbor Lights", "", 3.2, ""), ("Tallow Mills", "", -0.4, "close")]
    assert moves("Tallow Mills closed 1.2% in the green.") == [("Tallow Mills", "", 1.2, "close")]


@pytest.mark.parametrize("sentence", [
    "Harbor Research expects the Acme Composite to rise 8% over the next 12 months.",
    "Analysts said shares of Tallow Mills could fall 20%.",
    "星河证券预计，下半年星河50指数有望上涨10%，对应目标点位4800点。",
    "券商预计下半年指数有望上涨10%",
])
def test_a_figure_someone_foresees_is_no_move(sentence):
    assert moves(sentence) == []


def test_a_move_beside_a_forecast_word_elsewhere_is_still_read():
    assert moves("Harbor Lights rose 5% and is expected to keep rising.") == [("Harbor Lights", "", 5.0, "")]


def test_a_turn_between_two_figures_keeps_the_subject():
    assert moves("Tallow Mills fell as much as 3% before recovering to finish 0.6% higher.") == [
        ("Tallow Mills", "", -3.0, "intraday_low"), ("Tallow Mills", "", 0.6, "close")]
    assert moves("星河科技冲高回落，盘中涨幅一度达1.8%，收盘仅涨0.2%。") == [
        ("星河科技", "", 1.8, "intraday_high"), ("星河科技", "", 0.2, "close")]


def test_a_span_of_time_before_the_verb_is_the_moves_window_not_a_name():
    assert moves("星河保险涨4.1%，此前一周累计上涨9.8%。") == [("星河保险", "", 4.1, ""), ("星河保险", "", 9.8, "weekly")]
    assert moves("星河保险涨4.1%，此前一个月累计上涨9.8%。")[1][3] == "monthly"


def test_extended_losses_to_a_figure_is_the_moves_new_size():
    assert moves("Tallow Mills extended losses to 2.4% after sliding 4% last week.") == [
        ("Tallow Mills", "", -2.4, ""), ("Tallow Mills", "", -4.0, "weekly")]


def test_a_companys_rival_named_after_its_is_a_name():
    assert moves("Harbor Lights jumped 6.1%, while its rival Tallow Mills fell 2%.") == [
        ("Harbor Lights", "", 6.1, ""), ("Tallow Mills", "", -2.0, "")]


def test_a_scene_of_trading_outside_the_session_may_name_its_city():
    got = moves("In New York premarket trade, the Harbor China ETF (HCHN) added 1.5%, and the Tallow Internet ETF "
                "(TLIN) gained 2.2%.")
    assert [q for *_, q in got] == ["extended", "extended"]


def test_a_streak_said_in_a_clause_of_its_own_is_the_cumulative_figures_window():
    assert moves("星河电子涨2.08%，连续3个交易日上涨，累计涨幅达9.2%。") == [
        ("星河电子", "", 2.08, ""), ("星河电子", "", 9.2, "streak:3")]


def test_a_second_predicate_after_a_figure_that_is_no_move_is_the_clauses_subjects():
    assert moves("HARBOR OPTICAL (02999.HK) reported a 42% jump in shipments and soared 7.1% to HKD78.5.") == [
        ("HARBOR OPTICAL", "02999.HK", 7.1, "")]
    assert moves("Harbor Lights posted a 20% rise in profit and rose 3%.") == [("Harbor Lights", "", 3.0, "")]
    assert moves("Harbor Lights said revenue rose 12% and margins widened to 30%.") == []


def test_meanwhile_is_no_average():
    assert amounts("Meanwhile, investors pulled $2.1 billion from the Harbor Growth ETF (HGRO).") == [
        ("Harbor Growth ETF", "net_inflow", -2.1e9, "USD")]
    assert amounts("The fund's average daily turnover was $36 million.") == []


def test_a_debut_is_no_part_of_the_new_stocks_name():
    assert moves("新股N星河科上市首日涨285%。") == [("N星河科", "", 285.0, "")]
    assert moves("北交所午评：两只新股上市首日涨超200%") == []


def test_a_turnover_said_of_the_morning_after_its_figure_is_the_sessions_so_far():
    facts = published("Hang Seng slips at lunch as tech weighs",
                      "Turnover hit HK$112 billion in the morning session. Harbor Lights dropped 1.4 percent.",
                      "2026-03-26 12:15")
    assert [(f.metric, f.qualifier) for f in facts] == [("turnover", "intraday"), ("pct_change", "intraday")]


def test_volume_words_and_recorded_are_no_part_of_a_name():
    assert moves("收评：星河指数缩量震荡涨0.21%")[0][0] == "星河指数"
    assert [s for s, *_ in moves("只有300電信和300消費分別錄得2.48%和0.35%的漲幅。")] == ["300電信", "300消費"]


def test_what_a_move_gives_back_is_its_subjects_and_a_span_of_minutes_no_name():
    assert moves("Harbor Lights slipped about 1.5%, giving back part of Thursday's 4% rally.") == [
        ("Harbor Lights", "", -1.5, "about"), ("Harbor Lights", "", 4.0, "")]
    # (a burst within minutes and the figure at press time are both of the session so far)
    assert moves("星河科技股价快速拉升，5分钟内涨幅超过3%，截至发稿，该股上涨5.02%。") == [
        ("星河科技", "", 3.0, "intraday:at_least"), ("星河科技", "", 5.02, "intraday")]


def test_a_name_a_relative_clause_with_a_weight_describes_is_the_subject_after_it():
    assert moves("Harbor Lights, which makes up 6.8% of the Acme 100 Index, rose 1.1%.") == [("Harbor Lights", "", 1.1, "")]
    got = moves("Tallow Mills shares, down 3.2%, weighed most on the index, and shares of Harbor Lights, which rose 4% "
                "on Monday, slipped 1.5%.")
    assert [(s, v) for s, _, v, _ in got] == [("Tallow Mills", -3.2), ("Harbor Lights", 4.0), ("Harbor Lights", -1.5)]


def test_a_currencys_appreciation_and_depreciation_are_its_moves():
    assert moves("汇市方面，离岸人民币兑美元升值0.15%；十年期国债收益率下行2个基点至1.65%。") == [
        ("离岸人民币", "USDCNH", 0.15, "")]
    assert moves("日元兑美元贬值0.4%。") == [("日元", "JPY", -0.4, "")]


def test_a_companys_announcement_ends_its_name_and_its_share_price_is_its():
    assert moves("此外，星辰科技公告拟回购不超过总股本2%的股份，股价收涨3.3%。") == [("星辰科技", "", 3.3, "close")]
    assert moves("星辰科技公告拟回购股份，股价收涨3.3%。") == [("星辰科技", "", 3.3, "close")]


def test_a_weeks_recap_keeps_each_figures_own_window():
    assert moves("Harbor Lights was the week's best performer in the Acme index, surging 11%.")[0][3] == "weekly"
    assert moves("Tallow Mills, up 2.2% on Friday, has climbed 25% since the start of March.")[1][3] == "monthly"
    assert moves("前一交易日（周四），星河指数大涨1.5%。")[0][3] == "previous_session"
    facts = published("隔夜美股｜星河指数周五收涨0.8%",
                      "星河金龙指数周五收涨0.8%，本周累计下跌2.1%；星河电商跌1.2%，星河拼购涨3.4%。", "2026-03-28 05:20")
    assert [(f.subject, f.qualifier) for f in facts if f.subject.startswith("星河电商") or f.subject == "星河拼购"] == [
        ("星河电商", ""), ("星河拼购", "")]


def test_a_code_and_a_figure_in_one_pair_of_brackets_are_the_names():
    assert moves("Harbor Lights (0999.HK, +1.2%) led, while Tallow Mills (0998.HK; -2.1%) lagged.") == [
        ("Harbor Lights", "00999.HK", 1.2, ""), ("Tallow Mills", "00998.HK", -2.1, "")]
    assert moves("星河科技（0999.HK，+1.2%）领涨。") == [("星河科技", "00999.HK", 1.2, "")]


def test_a_semicolon_inside_brackets_ends_no_sentence():
    from briefs.extract.text import split_sentences
    assert split_sentences("SMIC (0981.HK; -2.1%) lagged. Tencent rose; Meituan fell.") == [
        "SMIC (0981.HK; -2.1%) lagged.", "Tencent rose;", "Meituan fell."]


@pytest.mark.parametrize("sentence, value", [
    ("Shares of Tallow Mills were flat, while Harbor Lights added a modest 0.3%.", 0.3),
    ("Harbor Lights jumped a whopping 25%.", 25.0),
    ("Harbor Lights gained an additional 2%.", 2.0),
])
def test_how_big_a_move_was_said_before_its_figure(sentence, value):
    assert moves(sentence) == [("Harbor Lights", "", value, "")]


def test_a_quote_lines_name_before_its_colon_and_other_small_forms():
    assert moves("Harbor Lights: +3.2%.") == [("Harbor Lights", "", 3.2, "")]
    assert moves("Note: shares rose 3%.") == []
    assert moves("星河科技年内跌去三成。") == [("星河科技", "", -30.0, "ytd")]
    assert moves("星河科技最新涨幅3.2%。")[0][0] == "星河科技"


def test_money_that_changed_hands_is_the_markets_turnover():
    assert [(f.code, f.metric, f.value) for f in sentence_facts(
        "About HK$150 billion of shares changed hands.", "a", load_reference())] == [("HK.MARKET", "turnover", 150e9)]
    assert [f.metric for f in sentence_facts("Shares worth HK$1.2 billion changed hands in Tallow Mills.", "a",
                                             load_reference())] == []


def test_an_etfs_flows_over_counted_days_are_the_funds_the_article_is_about():
    facts = published("星河AI ETF涨超2%",
                      "星河AIETF(159999)上涨2.2%。资金流入方面，星河AIETF最新资金净流入2.3亿元。"
                      "拉长时间看，近5个交易日内有4日资金净流入，合计8.9亿元。", "2026-03-31 10:40")
    assert [(f.subject, f.code, f.value, f.qualifier) for f in facts if f.metric == "net_inflow"] == [
        ("星河AIETF", "159999.SZ", 2.3e8, ""), ("星河AIETF", "159999.SZ", 8.9e8, "streak:5")]


def test_an_amount_whose_verb_was_said_once_for_two_names():
    got = [(f.subject, f.metric, f.value) for f in sentence_facts(
        "Southbound trading saw net buying of HK$6.2 billion, with Harbor Lights receiving HK$1.1 billion and Tallow "
        "Mills HK$650 million.", "a", load_reference())]
    assert got[1:] == [("Harbor Lights", "net_inflow", 1.1e9), ("Tallow Mills", "net_inflow", 650e6)]


def test_a_name_with_two_listings_and_an_and_inside_is_one_name():
    got = moves("Industrial and Commercial Bank of China rose 1.8%, and Harbor Lights added 1.5%.")
    assert [(s, v) for s, _, v, _ in got] == [("Industrial and Commercial Bank of China", 1.8), ("Harbor Lights", 1.5)]


def test_a_corporate_word_in_brackets_inside_a_name():
    assert moves("Harbor Insurance (Group) Co of China slipped 0.7%.") == [("Harbor Insurance (Group) Co of China", "", -0.7, "")]
    # (the company lists in Shanghai and Hong Kong: the article's market says which)
    got = published("China stocks close lower", "The Shanghai Composite Index fell 0.2%. Ping An Insurance (Group) Co of "
                    "China slipped 0.7%.", "2026-03-19 15:30")
    assert [(f.subject, f.code, f.value) for f in got][-1] == ("Ping An Insurance", "601318.SH", -0.7)


def test_a_codeless_star_or_chinext_name_by_its_suffix_takes_their_limit():
    assert moves("星河药业-WD涨停，星河芯片-U跌停。") == [("星河药业-WD", "", 20.0, "limit_up"),
                                                   ("星河芯片-U", "", -20.0, "limit_down")]


def test_a_monthly_reports_flows_and_moves_are_the_months():
    facts = published("3月港股通月报：南向资金净流入1284亿港元",
                      "3月南向资金累计净流入1284.6亿港元，其中沪市港股通净流入802.3亿港元，深市港股通净流入482.3亿港元。"
                      "分行业看，信息技术、金融、医疗保健行业获净流入居前，分别为395.2、288.7和126.4亿港元。", "2026-04-02 09:30")
    flows = [(f.subject, f.value, f.qualifier) for f in facts if f.metric == "net_inflow"]
    assert all(q.startswith("monthly") for _, _, q in flows)
    assert [s for s, _, _ in flows][-3:] == ["信息技术", "金融", "医疗保健行业"]


def test_how_much_more_than_another_channel_is_no_flow():
    assert amounts("其中沪股通累计净流出377.4亿元，较深股通多出约76亿元；") == [("沪股通", "net_inflow", -37.74e9, "CNY")]


def test_limit_board_words_are_no_part_of_the_name_and_a_one_price_board_is_a_limit_up():
    got = moves("星河传动首板涨停，星河机电20CM涨停，星河力德反包涨停，星河科技一字板。")
    assert got == [("星河传动", "", 10.0, "limit_up"), ("星河机电", "", 20.0, "limit_up"),
                   ("星河力德", "", 10.0, "limit_up"), ("星河科技", "", 10.0, "limit_up")]


def test_the_stock_points_at_the_name_just_read_not_one_a_figureless_title_listed():
    facts = published("Stocks making the biggest moves premarket: Harbor Lights, Tesla",
                      "Harbor Lights — The pharmacy chain jumped 8% before the bell. The stock is down 30% year to date.\n\n"
                      "Tesla — The EV maker added 2% in premarket trading.", "2026-04-03 19:50")
    assert [(f.subject, f.value) for f in facts] == [("Harbor Lights", 8.0), ("Harbor Lights", -30.0), ("Tesla", 2.0)]


def test_what_a_currency_is_measured_against_is_no_subject_and_a_market_group_is_a_name():
    # (the yen is never given the dollar's move; the dollar has its own row since the fourteenth session)
    assert [c for _, c, _, _ in moves("Against the Japanese yen, the dollar weakened 0.5% to 150.2.")] == ["USD"]
    assert moves("The yen weakened 0.3% against the dollar.") == [("The yen", "JPY", -0.3, "")]
    assert [s for s, *_ in moves("Emerging market stocks rose 0.3%.")] == ["Emerging market"]


def test_a_conversion_after_a_unit_of_several_words_is_no_second_amount():
    assert [(f.code, f.value) for f in sentence_facts(
        "Turnover on the Hong Kong bourse totaled 245.8 billion HK dollars (about 31.6 billion U.S. dollars).", "a",
        load_reference()) if f.metric == "turnover"] == [("HK.MARKET", 245.8e9)]


def test_ranked_flows_in_brackets_and_the_markets_main_funds():
    facts = sentence_facts("主力资金净流入前三的行业：电子（+52.3亿元）、计算机（+31.2亿元）；", "a", load_reference())
    assert [(f.subject, f.value) for f in facts if f.metric == "net_inflow"] == [("电子", 52.3e8), ("计算机", 31.2e8)]
    facts = sentence_facts("净流出前三：银行（-12.3亿元）、食品饮料（-9.8亿元）。", "a", load_reference())
    assert [(f.subject, f.value) for f in facts if f.metric == "net_inflow"] == [("银行", -12.3e8), ("食品饮料", -9.8e8)]
    # the market's main funds are a figure of their own, never the market's whole flow
    assert [(f.subject, f.code, f.value) for f in sentence_facts("今日沪深两市主力资金净流出186.4亿元。", "a",
                                                                   load_reference())] == [("沪深两市主力资金", "", -186.4e8)]
    # "5股净流入超5亿元": five stocks' threshold, neither a flow in shares nor the sector's
    assert [(f.subject, f.value, f.unit) for f in sentence_facts(
        "主力资金｜电子板块获主力资金净流入超50亿元 5股净流入超5亿元", "a", load_reference())] == [("电子板块", 50e8, "CNY")]


def test_flows_in_won_and_a_funds_turnover_named_after_its_metric():
    assert [(f.metric, f.value, f.unit) for f in sentence_facts(
        "Foreign investors net sold 2.1 trillion won of Korean shares.", "a", load_reference())] == [
        ("net_inflow", -2.1e12, "KRW")]
    assert [(f.subject, f.value) for f in sentence_facts(
        "Daily turnover in the Tallow Chip ETF hit a record 12.3 billion yuan.", "a", load_reference())] == [
        ("Tallow Chip ETF", 12.3e9)]


def test_a_new_york_funds_name_ending_in_a_shanghai_funds_short_name_is_not_that_fund():
    got = moves("The KraneShares CSI China Internet ETF advanced 1.9%.")
    assert got == [("KraneShares CSI China Internet ETF", "", 1.9, "")]
    # a fund family the reference's fund belongs to stays that fund
    assert moves("The Huatai-PineBridge CSI 300 ETF rose 1.2%.")[0][1] == "510300.SH"


def test_a_state_said_before_a_name_and_a_bound_said_after_an_amount():
    assert moves("Indebted Harbor Land Group fell 0.8%.") == [("Harbor Land Group", "", -0.8, "")]
    assert [(f.value, f.qualifier) for f in sentence_facts("兩市成交亦萎縮至1000億元以下。", "a", load_reference())] == [
        (1000e8, "at_most")]


@pytest.mark.parametrize("sentence, expected", [
    # a wire's code written bare after the name, as Reuters prints a listing: the code settles the name
    ("Heavyweights Tencent 0700.HK and Alibaba 9988.HK lost 2.2% and 2.7%, respectively.",
     [("Tencent", "00700.HK", -2.2, ""), ("Alibaba", "09988.HK", -2.7, "")]),
    ("Harbor Lights HBL.N rose 2%, while Tallow Mills TLW.O fell 1.1%.",
     [("Harbor Lights", "HBL.N", 2.0, ""), ("Tallow Mills", "TLW.O", -1.1, "")]),
    # Shanghai's suffix as wires write it (".SS") is the reference's ".SH"
    ("Gold miner Zijin Mining 601899.SS climbed 3.3%.", [("Zijin Mining", "601899.SH", 3.3, "")]),
    ("宁德时代 300750.SZ 涨3.1%，腾讯控股 0700.HK 跌1.2%。",
     [("宁德时代", "300750.SZ", 3.1, ""), ("腾讯控股", "00700.HK", -1.2, "")]),
])
def test_a_listing_code_written_bare_after_a_name(sentence, expected):
    assert moves(sentence) == expected


def test_a_wires_bullet_marks_are_no_part_of_the_sentence():
    facts = published("Hong Kong shares fall", "** The Hang Seng index dropped 1.3%.\n\n** Longfor 0960.HK sank 5.4%.",
                      "2026-10-15 16:22")
    assert [(f.subject, f.evidence) for f in facts] == [
        ("Hang Seng index", "The Hang Seng index dropped 1.3%."), ("Longfor", "Longfor 0960.HK sank 5.4%.")]


def test_the_benchmark_index_is_the_main_index_of_the_articles_market_not_the_last_index_named():
    body = ("The Hang Seng Index climbed 1.6 per cent. The Hang Seng Tech Index advanced 2.4 per cent, while the "
            "Shanghai Composite Index rose 0.4 per cent. Alibaba jumped 4.8 per cent and Xiaomi rose by 2.9 per cent. "
            "The benchmark index has gained 28 per cent this year.")
    facts = published("Hong Kong stocks rebound", body, "2026-10-20 17:05")
    assert [(f.subject, f.value) for f in facts if f.qualifier == "ytd"] == [("Hang Seng Index", 28.0)]
    # with no market the article is about, the last index named
    assert [f.subject for f in published("Stocks", "The Hang Seng Index rose 1%. The Shanghai Composite Index gained "
                                         "0.5%. The benchmark index has gained 12% this year.", "2026-10-20 17:05")
            if f.qualifier == "ytd"] == ["Shanghai Composite Index"]


@pytest.mark.parametrize("sentence, expected", [
    ("Miners slid as iron ore futures fell 2.5% in Dalian.", [("iron ore", -2.5)]),
    ("Lithium carbonate futures jumped 6% on the Guangzhou Futures Exchange.", [("Lithium carbonate", 6.0)]),
    ("Energy shares rose after crude oil futures jumped 3%.", [("crude oil", 3.0)]),
    # a commodity's word that ends a known name is that name's
    ("West Texas Intermediate crude rose 0.8% to $78.52 a barrel.", [("West Texas Intermediate", 0.8)]),
    ("碳酸锂期货主力合约涨6%，赣锋锂业涨8.7%。", [("碳酸锂", 6.0), ("赣锋锂业", 8.7)]),
])
def test_a_commodity_named_in_the_clause_is_the_subject_of_its_move(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("CSPC PHARMA rose 5.6% to $8.88, the top blue-chip gainer, followed by SINO BIOPHARM (01177.HK), up 4.1%.",
     [("CSPC PHARMA", 5.6), ("SINO BIOPHARM", 4.1)]),
    ("Harbor Lights rose 3%, the best performer, followed by Tallow Mills, up 1.5%.",
     [("Harbor Lights", 3.0), ("Tallow Mills", 1.5)]),
    # a scene opening the region is no name, and the lower-case name after it is
    ("Of the 11 major S&P 500 sectors, energy gained the most, up 1.1%.", [("energy", 1.1)]),
])
def test_a_price_or_a_rank_set_off_by_commas_names_nobody(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_a_net_buy_or_sell_is_a_flow_and_net_sales_are_none():
    # (a Hong Kong channel's bare "$" is HK dollars, even without a Hong Kong report around it)
    assert amounts("Southbound trading recorded a net buy of $5.217 billion.") == [
        ("Southbound", "net_inflow", 5.217e9, "HKD")]
    assert amounts("Northbound investors posted net sells of 3.2 billion yuan.") == [
        ("Northbound investors", "net_inflow", -3.2e9, "CNY")]
    assert amounts("Harbor Lights said net sales of $3.2 billion rose 5%.") == []
    # "($1.11 billion)": a conversion between the amount and the shares bought keeps the channel
    assert [(f.code, f.value) for f in sentence_facts(
        "Mainland investors bought a net HK$8.6 billion ($1.11 billion) of Hong Kong shares via the Stock Connect "
        "scheme.", "a", load_reference()) if f.metric == "net_inflow"] == [("HK.SOUTHBOUND", 8.6e9)]


def test_a_flow_word_in_quotes_names_nobody_and_the_piece_before_says_whose_flow_it_is():
    body = "星河半导体ETF（159999）最新资金净流入1.63亿元；近5个交易日内，合计“吸金”12.4亿元。"
    facts = published("ETF资金", body, "2026-11-10 15:25")
    assert [(f.subject, f.code, f.value, f.qualifier) for f in facts if f.metric == "net_inflow"] == [
        ("星河半导体ETF", "159999.SZ", 1.63e8, ""), ("星河半导体ETF", "159999.SZ", 12.4e8, "streak:5")]
    assert amounts("近5个交易日内，合计“吸金”12.4亿元。") == []


@pytest.mark.parametrize("sentence, expected", [
    ("收评：沪指缩量调整跌0.31%", [("沪指", "000001.SH", -0.31, "")]),
    ("沪指窄幅整理跌0.2%，创业板指冲高回落涨0.5%。", [("沪指", "000001.SH", -0.2, ""), ("创业板指", "399006.SZ", 0.5, "")]),
    # how the session went from its open is no figure of the open
    ("恒指低开低走跌1.2%", [("恒指", "HSI.HK", -1.2, "")]),
    ("恒指低开0.5%", [("恒指", "HSI.HK", -0.5, "open")]),
    # a word that makes a longer name stays the name's
    ("沪深300指数基金涨1%", [("沪深300指数基金", "", 1.0, "")]),
])
def test_what_a_report_says_of_an_index_before_its_move_is_no_part_of_its_name(sentence, expected):
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Shares of Pop Mart jumped 9.7% after the toymaker raised its sales forecast, extending this year's gain to "
     "more than 180%.", [("Pop Mart", 9.7, ""), ("Pop Mart", 180.0, "ytd:at_least")]),
    ("Pop Mart jumped 9.7%, taking its gain this year to 180%.", [("Pop Mart", 9.7, ""), ("Pop Mart", 180.0, "ytd")]),
    ("Pop Mart jumped 9.7%, bringing its year-to-date gain to 180%.", [("Pop Mart", 9.7, ""), ("Pop Mart", 180.0, "ytd")]),
    # a company's other figures are not resized moves
    ("Harbor Lights said sales rose 15%, taking its revenue this year to $2 billion.", []),
])
def test_a_participle_that_resizes_the_subjects_move_over_a_window(sentence, expected):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == expected


def test_a_figure_compared_with_one_over_a_window_is_over_that_window():
    assert moves("The Hang Seng Tech Index has fallen 4% this month, trailing the 1.5% decline in the Hang Seng "
                 "Index.") == [("Hang Seng Tech Index", "HSTECH.HK", -4.0, "monthly"),
                               ("Hang Seng Index", "HSI.HK", -1.5, "monthly")]
    assert moves("Tencent has gained 45% this year, outpacing a 16 per cent advance in the S&P 500.")[1] == \
        ("S&P 500", "SPX.US", 16.0, "ytd")
    # "in the benchmark": the index the article named first, never a sector called "benchmark"
    facts = published("Hong Kong stocks slump", "The Hang Seng Index dropped 1.1% at the close. The Hang Seng Tech "
                      "Index has fallen 4% this month, trailing the 1.5% decline in the benchmark.", "2026-11-10 16:48")
    assert [(f.subject, f.value, f.qualifier) for f in facts if f.metric == "pct_change"] == [
        ("Hang Seng Index", -1.1, "close"), ("Hang Seng Tech Index", -4.0, "monthly"), ("Hang Seng Index", -1.5, "monthly")]


def test_a_futures_contracts_code_after_its_name():
    assert [(s, v) for s, _, v, _ in moves("Oil futures CL00 rose 1.4% to $64.10 a barrel.")] == [("Oil", 1.4)]


def test_a_wraps_markets_named_by_their_cities_are_their_main_indices():
    assert moves("In stock markets abroad, indexes rose 1.2% in Tokyo, fell 0.2% in Hong Kong and rose 0.3% in "
                 "Shanghai.") == [("Tokyo", "N225.JP", 1.2, ""), ("Hong Kong", "HSI.HK", -0.2, ""),
                                  ("Shanghai", "000001.SH", 0.3, "")]
    assert moves("Indexes rose 0.8% in Tokyo and 0.6% in Seoul.") == [("Tokyo", "N225.JP", 0.8, ""),
                                                                      ("Seoul", "KS11.KR", 0.6, "")]
    # a city whose index the reference lacks is no stock called "Paris"
    assert moves("Indexes fell 0.5% in London and 0.3% in Paris.") == []
    # a company's figure in a place is its listing there
    assert moves("BYD fell 2% in Hong Kong and 1.5% in Shenzhen.") == [("BYD", "01211.HK", -2.0, ""),
                                                                       ("BYD", "002594.SZ", -1.5, "")]


def test_a_clock_times_zone_in_words_ends_no_sentence():
    assert [(s, v) for s, _, v, _ in moves(
        "The Dow was up 0.1% as of 11:45 a.m. Eastern time, and the Nasdaq composite was 0.9% lower.")] == [
        ("The Dow", 0.1), ("Nasdaq composite", -0.9)]


@pytest.mark.parametrize("sentence, expected", [
    ("Jiugui Liquor [SHE: 000799] slumped by the 10 percent daily limit to CNY48.10.",
     [("Jiugui Liquor", "000799.SZ", -10.0, "limit_down")]),
    ("平安银行（深：000001）涨1%。", [("平安银行", "000001.SZ", 1.0, "")]),
    # a code whose exchange the text gives is never another exchange's instrument of the same digits
    ("Harbor Bank (000001.SZ) rose 1%.", [("Harbor Bank", "000001.SZ", 1.0, "")]),
    ("星河银行（000001）涨1%。", [("星河银行", "000001", 1.0, "")]),
    ("上证指数（000001）涨0.5%。", [("上证指数", "000001.SH", 0.5, "")]),
])
def test_a_code_is_read_with_the_exchange_written_beside_it(sentence, expected):
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a wire's code for a futures contract or a currency after the name is no name
    ("U.S. crude CLc1 rose 1.2% to $62.10 a barrel, and Brent LCOc1 gained 1.1%.",
     [("U.S. crude", "WTI", 1.2, ""), ("Brent", "BRENT", 1.1, "")]),
    ("Spot gold XAU= added 0.4% to $4,085 an ounce.", [("Spot gold", "XAU", 0.4, "")]),
    # the close's level, then its move
    ("The Hang Seng Index closed at 25,120, down 180 points or 0.7 percent.", [("Hang Seng Index", "HSI.HK", -0.7, "close")]),
    ("The Hang Seng Tech Index finished at 5,640, down 1.3 percent.", [("Hang Seng Tech Index", "HSTECH.HK", -1.3, "close")]),
])
def test_wire_codes_of_contracts_and_a_close_said_by_its_level_first(sentence, expected):
    assert moves(sentence) == expected


def test_shares_in_a_company_and_the_board_a_leader_led_on_are_no_subjects():
    assert moves("Shares in HSBC fell 2.1% in Hong Kong.") == [("HSBC", "00005.HK", -2.1, "")]
    assert moves("Shares in Ping An Insurance climbed 2.3% in Shanghai.") == [("Ping An Insurance", "601318.SH", 2.3, "")]
    assert moves("Geely Automobile led gainers on the Hang Seng Index with a 7.2% jump.") == [
        ("Geely Automobile", "00175.HK", 7.2, "")]


def test_the_market_a_stock_ranks_in_is_not_whose_turnover_it_is():
    facts = sentence_facts("宁德时代成交额居两市第一，达98.5亿元，股价涨2.3%。", "a", load_reference())
    assert [(f.subject, f.code, f.metric, f.value) for f in facts if f.metric == "turnover"] == [
        ("宁德时代", "", "turnover", 98.5e8)]
    # a sealed order and the margin balance are no turnover
    assert amounts("五洲新春涨停，报56.12元，封单金额达3.2亿元。") == []
    assert amounts("两融余额报1.86万亿元，较前一交易日增加52亿元。") == []


def test_money_poured_into_a_fund_is_its_inflow_and_the_buyers_are_nobodys():
    assert [(f.subject, f.code, f.value, f.qualifier) for f in sentence_facts(
        "Investors poured $2.3 billion into the SPDR S&P 500 ETF Trust (SPY) last week.", "a", load_reference())] == [
        ("SPDR S&P 500 ETF Trust", "SPY.US", 2.3e9, "weekly")]
    assert amounts("Investors pumped a record $5 billion into bitcoin funds.") == []
    assert amounts("The company poured $3 billion into a new plant.") == []


def test_a_name_with_capitals_inside_is_found_without_them():
    assert moves("Xpeng's Hong Kong shares were last up 6.3%.")[0][:3] == ("Xpeng", "09868.HK", 6.3)


@pytest.mark.parametrize("sentence, expected", [
    ("绿的谐波盘中最高涨至15%，最终收涨11.2%。", [("绿的谐波", 15.0, "intraday_high"), ("绿的谐波", 11.2, "close")]),
    # a name with 的 inside it, then the period its move is over
    ("绿的谐波近一个月区间涨幅达35.6%。", [("绿的谐波", 35.6, "monthly")]),
    # the short-selling ratio rising to its level is no move
    ("港股收评：恒指涨0.6% 沽空比率升至18.5%", [("恒指", 0.6, "")]),
])
def test_a_move_that_reached_its_figure_and_what_is_no_move(sentence, expected):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == expected


def test_an_intraday_word_in_a_title_written_after_the_close_tells_of_one_moment():
    body = "午后机器人概念股走强，绿的谐波盘中最高涨至15%，最终收涨11.2%。同日，沪指微跌0.02%。"
    after_close = published("机器人概念股午后走强 绿的谐波盘中最高涨至15%", body, "2026-11-20 15:10")
    assert [(f.subject, f.value, f.qualifier) for f in after_close] == [
        ("绿的谐波", 15.0, "intraday_high"), ("绿的谐波", 11.2, "close"), ("沪指", -0.02, "")]
    during = published("机器人概念股午后走强 绿的谐波盘中最高涨至15%", body, "2026-11-20 14:10")
    assert [(f.subject, f.qualifier) for f in during][-1] == ("沪指", "intraday")


def test_the_day_a_turnover_change_measures_from_is_not_its_moment():
    facts = sentence_facts("大市成交额1,862亿港元，较昨日减少156亿港元。", "a", load_reference())
    assert [(f.metric, f.value, f.qualifier) for f in facts] == [("turnover", 1862e8, ""),
                                                                ("turnover_change", -156e8, "")]
    # the day before, said as the amount's own moment, still is
    assert amounts("股票ETF昨日净流入超60亿元。")[0][:3] == ("股票ETF", "net_inflow", 60e8)
    assert [f.qualifier for f in sentence_facts("股票ETF昨日净流入超60亿元。", "a", load_reference())] == [
        "previous_session:at_least"]


@pytest.mark.parametrize("sentence, expected", [
    # a figure all of a list share, in the clause after it, is each name's, known or not
    ("前一交易日漲幅居前的中國船舶和中航沈飛，當日漲幅都在2%以上。", [("中國船舶", 2.0), ("中航沈飛", 2.0)]),
    ("星河船舶和云帆重工，当日涨幅均超2%。", [("星河船舶", 2.0), ("云帆重工", 2.0)]),
    # "a certain" stock names none
    ("某内房股暴跌62.3%。", []),
])
def test_a_figure_shared_by_the_list_before_and_a_stock_not_named(sentence, expected):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == expected


def test_a_venue_prefix_as_investing_com_writes_it():
    assert moves("Hainan Airlines Holding Co Ltd (SS:600221) added 9.98% or 0.21 points to end at 2.31.")[0][1:3] == (
        "600221.SH", 9.98)
    assert moves("Hong Kong Exchanges & Clearing Ltd (HK:0388) rose 4.12% or 12.40 points.")[0][1:3] == ("00388.HK", 4.12)


def test_a_growth_figure_in_an_in_phrase_and_a_move_after_the_premarket():
    # "a 4.5% increase in comparable sales" is the company's sales, neither a move of it nor of a sector
    assert moves("Walmart reported a 4.5% increase in comparable sales.") == []
    assert moves("Walmart added 2.9% after it raised its outlook; it reported a 4.5% increase in comparable "
                 "sales.") == [("Walmart", "WMT.US", 2.9, "")]
    # the premarket figure is the premarket's; the session's figure said after it is the session's
    assert [(v, q) for _, _, v, q in moves("Intuit (INTU) — The stock rose 1.5% in premarket trading before turning "
                                         "lower, and was last down 0.6%.")] == [(1.5, "extended"), (-0.6, "intraday")]


def test_a_headlines_topic_owns_its_main_fund_flow_and_a_streak_is_no_name():
    facts = published("长光华芯(688048)：股价连续三日上涨，主力资金净流入1.86亿元",
                      "长光华芯(688048)收涨6.85%，连续三个交易日上涨，近3日累计涨幅达18.2%。", "2026-11-27 15:30")
    assert [(f.subject, f.code, f.metric, f.value) for f in facts if f.metric in ("net_inflow", "pct_change")] == [
        ("长光华芯", "688048.SH", "net_inflow", 1.86e8), ("长光华芯", "688048.SH", "pct_change", 6.85),
        ("长光华芯", "688048.SH", "pct_change", 18.2)]
    # without a topic before a colon, the main funds alone are the market's
    assert [f.subject for f in sentence_facts("宁德时代涨3%；主力资金全天净流出482亿元。", "a", load_reference())
            if f.metric == "net_inflow"] == ["主力资金"]


def test_a_monthly_reports_figures_are_its_months_whenever_it_was_published():
    body = "11月港股通资金继续大幅净流入。指数表现方面，11月恒生指数累计上涨3.2%，恒生科技指数上涨5.6%。"
    facts = published("11月港股通月报：南向资金净流入超1200亿港元", body, "2026-12-01 09:30")
    assert [(f.subject, f.value, f.qualifier) for f in facts if f.metric == "pct_change"] == [
        ("恒生指数", 3.2, "monthly"), ("恒生科技指数", 5.6, "monthly")]


def test_a_commodity_opening_a_contrast_clause_owns_its_appositive_move():
    assert [(s, v, q) for s, _, v, q in moves(
        "The 10-year Treasury yield fell 3 basis points to 4.12%, while bitcoin traded near $91,000, down about 1.8%.")] \
        == [("bitcoin", -1.8, "about")]
    assert [(s, v) for s, _, v, _ in moves("oil prices were up 1% on the day.")] == [("oil prices", 1.0)]


def test_a_clause_naming_who_led_describes_the_names_after_it():
    # "昨日领跌的算力股反弹": the stocks that led yesterday's losses rebound; the index before ranked nothing
    facts = sentence_facts("A股早盘高开 沪指涨0.3% 昨日领跌的算力股反弹", "a", load_reference())
    assert [(f.subject, f.metric, f.value) for f in facts] == [("沪指", "pct_change", 0.3)]
    assert [(f.subject, f.metric) for f in sentence_facts("机器人板块领涨，绿的谐波涨12%。", "a", load_reference())][0] == \
        ("机器人板块", "leader")


def test_flows_listed_under_a_heading_and_a_volume_in_shares():
    assert amounts("主力资金净流入前三的个股：宁德时代 8.2亿元，中际旭创 5.6亿元，东方财富 4.1亿元。") == [
        ("宁德时代", "net_inflow", 8.2e8, "CNY"), ("中际旭创", "net_inflow", 5.6e8, "CNY"),
        ("东方财富", "net_inflow", 4.1e8, "CNY")]
    # the volume said after the turnover is no turnover; a fund's net subscription in units stays its flow
    assert amounts("沪深两市成交金额达13,512.6亿元，成交量为1,026亿股。") == [("沪深两市", "turnover", 13512.6e8, "CNY")]
    assert amounts("银行ETF当日下跌0.47%，资金净申购2.1亿份。") == [("银行ETF", "net_inflow", 2.1e8, "shares")]


def test_a_headline_amount_after_tops_is_a_bound():
    assert [(f.value, f.qualifier) for f in sentence_facts("China stocks end higher; turnover tops 1.5 trillion yuan", "a",
                                                          load_reference())] == [(1.5e12, "at_least")]


@pytest.mark.parametrize("sentence, expected", [
    ("中概股個別發展，阿里巴巴ADR升1.8%。", [("阿里巴巴", "BABA.US", 1.8)]),
    ("Alibaba ADRs rose 2%.", [("Alibaba", "BABA.US", 2.0)]),
    # a listing the reference lacks: the name, and no other listing's code
    ("JD.com ADRs fell 1%.", [("JD.com", "", -1.0)]),
])
def test_an_adr_is_the_companys_new_york_listing(sentence, expected):
    assert [(s, c, v) for s, c, v, _ in moves(sentence)] == expected


def test_sectors_related_to_two_themes_share_a_respectively():
    assert [(s, v) for s, _, v, _ in moves("Sectors related to commercial aerospace and controllable nuclear fusion led the "
                                           "gains, rising 3.2 percent and 2.7 percent, respectively.")] == [
        ("commercial aerospace", 3.2), ("controllable nuclear fusion", 2.7)]


def test_a_ticker_after_a_legal_name_settles_the_listing():
    # MarketWatch prints the ticker after the legal name: "Baidu Inc. BIDU" is the New York listing, not the Hong
    # Kong one "Baidu" alone gives; a ticker the reference lacks ("JD.com Inc. JD") keeps the code as printed
    got = moves("Baidu Inc. BIDU was the laggard, slipping 0.7%, while JD.com Inc. JD advanced 2.2%.")
    assert [(c, v) for _, c, v, _ in got] == [("BIDU.US", -0.7), ("JD", 2.2)]
    got = moves("Shares of Alibaba Group Holding Ltd. BABA rose 3.4%.")
    assert [(s, c) for s, c, _, _ in got] == [("Alibaba Group", "BABA.US")]
    # without a ticker the name is read as before; a title word after the legal name is no ticker
    assert [c for _, c, _, _ in moves("Alibaba Group Holding Ltd. CEO Eddie Wu said its shares rose 3%.")] != ["CEO"]


def test_a_ticker_after_a_funds_name_is_its_code_not_part_of_the_name():
    got = moves("The Harbor China Large-Cap ETF HCLX gained 1.6%, while the Kestrel China Internet ETF KCIN jumped 2.9%.")
    assert [(s, c, v) for s, c, v, _ in got] == [("Harbor China Large-Cap ETF", "HCLX", 1.6),
                                                ("Kestrel China Internet ETF", "KCIN", 2.9)]


def test_names_after_a_description_and_its_verb_you():
    # "跌幅居前的有X、Y跌停": 有 after the 的 description is its verb, no part of the first name (an ST name keeps its
    # 5% limit)
    got = moves("跌幅居前的有ST星河、*ST华星跌停，另有星河科技跌3.6%。")
    assert [(s, v) for s, _, v, _ in got] == [("ST星河", -5.0), ("*ST华星", -5.0), ("星河科技", -3.6)]
    got = moves("涨幅居前的是星河电子、华星股份，分别上涨5.1%、4.2%。")
    assert [(s, v) for s, _, v, _ in got] == [("星河电子", 5.1), ("华星股份", 4.2)]


def test_a_title_clause_of_time_and_flow_word_continues_the_channel_before():
    # "北向资金午后加速流入 全天净买入62.15亿元": the second clause names no one; the first named the channel
    got = amounts("北向资金午后加速流入 全天净买入62.15亿元")
    assert got == [("北向资金", "net_inflow", 6215000000.0, "CNY")]
    # the flow's word alone is never a name
    assert all(s != "净买入" for s, _, _, _ in amounts("市场情绪回暖 全天净买入62.15亿元"))


@pytest.mark.parametrize("sentence", ["2. SMIC (981) +7.08%", "SMIC (0981) rose 7.08%.", "中芯国际(981)涨7.08%。"])
def test_a_hong_kong_code_without_its_zeros_settles_a_name_listed_twice(sentence):
    # SMIC trades in Shanghai and Hong Kong; a quote list's "(981)" says which
    assert [(c, v) for _, c, v, _ in moves(sentence)] == [("00981.HK", 7.08)]


def test_a_noun_phrase_in_apposition_is_no_part_of_what_the_figure_measures():
    # "the biggest weight in the index" describes Tencent; the figure is its move, not a weight
    got = moves("Harbor Lights, the biggest weight in the index, rose 1.2%, contributing 35 points.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Lights", 1.2)]
    # a non-move word outside the apposition still keeps the figure out
    assert moves("Revenue, the key measure, rose 5%.") == []


def test_a_listing_said_before_a_described_name():
    # "Hong Kong-listed shares of Chinese EV maker BYD": the description between does not hide the listing
    assert [c for _, c, _, _ in moves("Hong Kong-listed shares of Chinese EV maker BYD rose 2.4%.")] == ["01211.HK"]
    assert [c for _, c, _, _ in moves("Shenzhen-listed shares of carmaker BYD rose 2.4%.")] == ["002594.SZ"]


@pytest.mark.parametrize("sentence, subject", [
    ("Cloud computing stocks gained 3.1%.", "Cloud computing"),
    ("Electric vehicle makers slid 3.1%.", "Electric vehicle makers"),
    ("Artificial intelligence stocks firmed 3.1%.", "Artificial intelligence stocks")])
def test_a_group_named_by_what_it_does_opening_a_sentence(sentence, subject):
    # a capital, then lower-case words, then stocks/shares or a group noun: the whole phrase, not its first word
    assert [s for s, _, v, _ in moves(sentence) if abs(v) == 3.1] == [subject]
    # digits or an "of" phrase make no such group: "The Russell 2000 of smaller firms" is the index
    assert [s for s, _, _, _ in moves("The Russell 2000 of smaller firms slipped 0.2%.")] == ["Russell 2000"]


def test_a_place_owned_index_with_its_own_name_is_named_by_it():
    assert [s for s, _, _, _ in moves("Shanghai's tech-focused STAR Market Composite index was up 2.05%.")] == \
        ["STAR Market Composite index"]
    assert [s for s, _, _, _ in moves("South Korea's benchmark index fell 1%.")] == ["South Korea's benchmark index"]


def test_a_minus_printed_before_a_flow_is_its_sign_whatever_the_word():
    # "遭净流出，分别为-95.3亿港元": an outflow printed with its minus is one outflow, never a double negative
    got = amounts("能源和公用事业则遭净流出，分别为-95.3亿港元和-41.8亿港元。")
    assert got == [("能源", "net_inflow", -9530000000.0, "HKD"), ("公用事业", "net_inflow", -4180000000.0, "HKD")]
    assert [v for _, _, v, _ in amounts("南向资金净流入-678.73亿元。")] == [-67873000000.0]


def test_a_list_before_the_channel_that_bought_it_owns_the_respective_flows():
    got = amounts("行业方面，信息技术、金融和可选消费获南向资金净流入居前，分别为512.4、388.7和206.5亿港元。")
    assert [(s, v) for s, _, v, _ in got] == [("信息技术", 51240000000.0), ("金融", 38870000000.0),
                                              ("可选消费", 20650000000.0)]


def test_a_channels_buying_after_a_verb_of_receiving_is_the_name_befores_flow():
    got = amounts("Harbor Lights drew the most southbound buying, at HK$2.1 billion, while Meituan saw southbound "
                  "selling of HK$650 million.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Lights", 2100000000.0), ("Meituan", -650000000.0)]
    # the channel's own buying, with no name before it, stays the channel's
    assert [s for s, _, _, _ in amounts("Southbound buying reached HK$9.9 billion.")] == ["Southbound"]
    # a name the reference lacks before 獲北水 is the one bought, in Chinese too
    assert [s for s, _, _, _ in amounts("星河科技獲北水淨買入12.3億元。")] == ["星河科技"]


def test_a_place_owning_the_turnover_and_a_volume_in_money_are_the_markets():
    got = published("China stocks close higher", "The Shanghai Composite index rose 0.4%. Volume on the two bourses rose "
                    "to 1.61 trillion yuan from 1.52 trillion yuan. Hong Kong's main board turnover was HK$198 billion.",
                    "2026-03-12 16:00")
    assert [(f.code, f.value) for f in got if f.metric == "turnover"] == [("CN.MARKET", 1.61e12), ("HK.MARKET", 1.98e11)]
    # a volume in shares, and an average beside it without a currency, are no turnover
    assert amounts("Volume on U.S. exchanges was 17.9 billion shares, compared with the 18.6 billion average.") == []
    # a fund's own turnover is no market's
    assert amounts("The fund's turnover was HK$1.98 billion.") == []


def test_trading_as_the_head_of_a_subject_is_turnover():
    got = amounts("Trading in the Shanghai market accounted for 642.8 billion yuan, while the Shenzhen market saw "
                  "873.1 billion yuan change hands.")
    assert [(s, m, v) for s, m, v, _ in got] == [("Shanghai market", "turnover", 642.8e9),
                                                 ("Shenzhen market", "turnover", 873.1e9)]
    # trading after a word is an activity, no metric: "Heavy trading in Tencent", "were trading in a narrow range"
    assert amounts("Investors were trading in a narrow range after buying HK$3 billion of bonds.") == []


def test_points_without_their_word_then_the_percent_as_ap_writes_a_close():
    from briefs.extract import sentence_facts
    from briefs.extract.reference import load_reference

    sentence = ("The Dow Jones Industrial Average dropped 268.51, or 0.6%, to 43,512.07, and the Harbor 100 index of "
                "smaller companies gained 15.04, or 0.7%, to 2,073.52.")
    got = {(f.subject, f.metric, f.value) for f in sentence_facts(sentence, "a", load_reference())}
    assert {("Dow Jones Industrial Average", "pct_change", -0.6), ("Dow Jones Industrial Average", "point_change", -268.51),
            ("Dow Jones Industrial Average", "level", 43512.07), ("Harbor 100 index", "pct_change", 0.7)} <= got
    # a stock's change in dollars said the same way is no index's points
    assert [(f.metric, f.value) for f in sentence_facts("Harbor Lights rose 2.05, or 1.5%.", "a", load_reference())] \
        == [("pct_change", 1.5)]


def test_asian_benchmarks_are_indices_with_their_levels_and_points():
    from briefs.extract import sentence_facts
    from briefs.extract.reference import load_reference

    got = {(f.code, f.metric, f.value) for f in sentence_facts(
        "The 30-share BSE Sensex declined 423.49 points or 0.57 per cent to settle at 73,502.64.", "a", load_reference())}
    assert got == {("SENSEX.IN", "pct_change", -0.57), ("SENSEX.IN", "level", 73502.64),
                   ("SENSEX.IN", "point_change", -423.49)}
    got = moves("Japan's Topix fell 0.5%, Taiwan's Taiex lost 1.1% and Australia's S&P/ASX 200 ended 0.3% higher, "
                "while India's Nifty 50 added 0.4%.")
    assert [c for _, c, _, _ in got] == ["TOPIX.JP", "TWII.TW", "AXJO.AU", "NIFTY.IN"]


def test_an_index_of_a_described_universe_and_points_then_percent_then_direction():
    from briefs.extract import sentence_facts
    from briefs.extract.reference import load_reference

    # "of all First Section issues on the Tokyo Stock Exchange" describes the index; "17.19 points, or 0.63 percent,
    # lower": the direction said after both figures
    got = {(f.subject, f.metric, f.value) for f in sentence_facts(
        "The broader Harbor index of all First Section issues on the Tokyo Stock Exchange finished 17.19 points, or "
        "0.63 percent, lower at 2,712.40.", "a", load_reference())}
    assert ("Harbor index", "pct_change", -0.63) in got
    got = {(f.metric, f.value) for f in sentence_facts(
        "The Hang Seng Index closed 212 points, or 0.8 percent, higher at 26,318.", "a", load_reference())}
    assert {("point_change", 212.0), ("level", 26318.0), ("pct_change", 0.8)} <= got


def test_the_broader_gauge_is_no_pointer_to_the_index_just_named():
    # "the broader gauge" is another index than the Nikkei; unnamed, its figure has no subject
    assert [c for _, c, _, _ in moves("Japan's Nikkei 225 climbed 0.98%, while the broader gauge added 0.61%.")] == \
        ["N225.JP"]
    # "the index" points back as before
    got = published("Tokyo stocks", "The Nikkei 225 rose 1%. The index has gained 20% this year.", "2026-03-12 16:00")
    assert [(f.code, f.value) for f in got if f.metric == "pct_change"] == [("N225.JP", 1.0), ("N225.JP", 20.0)]


def test_a_camel_case_word_before_a_shared_fund_name_opens_a_longer_name():
    # "Semiconductor ETF" is many funds' short name; after "iShares" it is part of the New York fund's name
    assert [s for s, _, _, _ in moves("The iShares Semiconductor ETF was down 2.1%.")] == ["iShares Semiconductor ETF"]


def test_new_yorks_indices_before_the_regular_open_are_the_last_sessions():
    # 07:30 in New York: stocks trade premarket, the indices are not computed until 09:30
    moment = datetime(2026, 3, 13, 7, 30, tzinfo=ZoneInfo("America/New_York")).astimezone(ZoneInfo("Asia/Shanghai"))
    got = {f.subject: f.qualifier for f in published(
        "Wall Street Breakfast", "Dow -0.6%, S&P 500 -0.7%. Harbor Lights (HBL) +3.1% in premarket trading.",
        moment.strftime("%Y-%m-%d %H:%M")) if f.metric == "pct_change"}
    assert got["Dow"] == "previous_session" and got["S&P 500"] == "previous_session"
    assert got["Harbor Lights"] in ("extended", "intraday")


def test_a_city_alone_as_the_subject_is_its_markets_main_index():
    # AFP writes a wrap by cities: each is its market's main index, named as written
    got = moves("Hong Kong fell 1.2 percent, Shanghai gained 0.4 percent and Tokyo ended 1.1 percent lower, while "
                "Sydney added 0.3 percent.")
    assert [(s, c, v) for s, c, v, _ in got] == [("Hong Kong", "HSI.HK", -1.2), ("Shanghai", "000001.SH", 0.4),
                                                ("Tokyo", "N225.JP", -1.1), ("Sydney", "AXJO.AU", 0.3)]
    # a city as the place of a name, or of shares, is no index: "In Hong Kong, X rose", "Shares in Hong Kong rose"
    assert [c for _, c, _, _ in moves("In Hong Kong, Xiaomi rose 2 percent.")] == ["01810.HK"]
    assert moves("Shares in Hong Kong rose 2 percent.") == []
    # a city whose index the reference lacks gives no code
    assert [c for _, c, _, _ in moves("Paris rose 0.5 percent.")] == [""]


def test_xinhuas_chinese_close_of_an_index_the_reference_lacks():
    from briefs.extract import sentence_facts
    from briefs.extract.reference import load_reference

    # the level and the points in clauses of their own stand between the name and 跌幅为; the market opening the
    # name (法国巴黎股市) and book brackets inside it are read as Xinhua writes them
    for sentence, name in [("法国巴黎股市星河40指数收于7985.12点，比前一交易日下跌20.11点，跌幅为0.25%。", "星河40指数"),
                           ("星河500种股票指数下跌20.11点，收于7985.12点，跌幅为0.25%。", "星河500种股票指数"),
                           ("英国伦敦股市《星河报》100种股票平均价格指数收于7985.12点，比前一交易日下跌20.11点，跌幅为0.25%。",
                            "《星河报》100种股票平均价格指数")]:
        got = {(f.subject, f.metric, f.value) for f in sentence_facts(sentence, "a", load_reference())}
        assert got == {(name, "pct_change", -0.25), (name, "level", 7985.12), (name, "point_change", -20.11)}, sentence
    # Xinhua's full name of the S&P 500
    assert [c for _, c, _, _ in moves("标准普尔500种股票指数下跌42.17点，收于5978.40点，跌幅为0.70%。")] == ["SPX.US"]


def test_a_bare_dollar_of_a_hong_kong_channel_or_listing_is_hk_dollars():
    assert [u for _, _, _, u in amounts("Southbound Trading recorded net buy of $8.52B.")] == ["HKD"]
    # a New York listing's dollars stay US dollars
    assert [u for _, _, _, u in amounts("Nvidia saw net inflows of $2B.")] == ["USD"]


def test_reuters_chinese_blue_chips_are_the_csi_300():
    assert [c for _, c, _, _ in moves("Chinese blue chips fell 0.3%, while Hong Kong's Hang Seng index eased 0.5%.")] \
        == ["000300.SH", "HSI.HK"]
    # another market's blue chips are no index the reference names so
    assert moves("Hong Kong blue chips fell 1%.") == []


def test_a_prices_change_year_on_year_is_its_twelve_months_and_growth_is_no_move():
    got = published("Chip stocks", "Harbor Lights rose 0.6% on Tuesday. The stock is up 45% year on year.",
                    "2026-03-12 17:00")
    assert [(f.subject, f.value, f.qualifier) for f in got if f.metric == "pct_change"][1] == \
        ("Harbor Lights", 45.0, "yearly")
    assert moves("Revenue rose 45% year on year.") == []


def test_the_dollar_is_a_currency_whose_move_is_its_own():
    # "Against the Japanese yen, the dollar weakened 0.5%": the dollar's move, never given to the yen
    assert [(s, c, v) for s, c, v, _ in moves("Against the Japanese yen, the dollar weakened 0.5% to 150.2.")] == \
        [("the dollar", "USD", -0.5)]
    assert [c for _, c, _, _ in moves("The yen strengthened 0.4% against the dollar.")] == ["JPY"]
    assert [c for _, c, _, _ in moves("The dollar index fell 0.2%.")] == ["DXY"]
    # the yuan quoted against the dollar stays the yuan's
    assert [c for _, c, _, _ in moves("离岸人民币兑美元跌0.1%。")] == ["USDCNH"]


def test_a_midday_title_says_the_moment_whatever_its_naive_time_reads_in_beijing():
    # "CNBC 12:40" without a zone is New York's midday; read in Beijing it would be before New York's open
    got = published("Stocks making the biggest moves midday: Harbor Lights",
                    "Harbor Lights — Shares of the discount retailer jumped 6.8% after results beat estimates.",
                    "2026-03-13 12:40")
    assert [(f.subject, f.value, f.qualifier) for f in got] == [("Harbor Lights", 6.8, "intraday")]
    # ("the discount retailer" describes the company: no discount rate)


def test_zijin_mining_is_known_in_both_its_markets():
    assert [c for _, c, _, _ in moves("ZIJIN MINING (02899.HK) was down 2.7%.")] == ["02899.HK"]
    assert [c for _, c, _, _ in moves("Zijin Mining rose 2% in Shanghai.")] == ["601899.SH"]
    # and the other gold miners the sets meet most: 山东黄金 (A and H), 招金矿业
    assert [c for _, c, _, _ in moves("山东黄金(01787)涨3%，招金矿业(01818)涨5%。")] == ["01787.HK", "01818.HK"]


def test_tsmc_is_its_taipei_listing_unless_its_us_shares_are_named():
    assert [c for _, c, _, _ in moves("TSMC jumped 4.2% in Taipei.")] == ["2330.TW"]
    assert [c for _, c, _, _ in moves("TSMC's US shares rose 2.3%.")] == ["TSM.US"]
    # a company with no listing in the place named keeps its name and loses any other listing's code
    assert [c for _, c, _, _ in moves("Xiaomi rose 3% in Tokyo.")] == [""]


def test_a_regional_index_the_reference_lacks_is_no_one_markets():
    got = published("Asian stocks", "Tokyo's Nikkei 225 gained 1.2%. The MSCI Asia Pacific Index rose 0.4%.",
                    "2026-03-12 16:30")
    assert [(f.subject, f.market) for f in got if f.metric == "pct_change"] == [
        ("Nikkei 225", "jp"), ("MSCI Asia Pacific Index", "global")]
    # (a region's adjective opens no name: "the pan-European STOXX 600 index")
    assert [s for s, _, _, _ in moves("The pan-European STOXX 600 index fell 0.4%.")] == ["STOXX 600 index"]


def test_a_list_whose_main_funds_flowed_in_most_owns_the_respective_flows():
    got = amounts("从资金流向看，电子、计算机行业主力资金净流入居前，分别为52.3亿元、31.2亿元；")
    assert [(s, v) for s, _, v, _ in got] == [("电子", 5.23e9), ("计算机行业", 3.12e9)]


def test_the_total_after_each_exchanges_turnover_is_the_markets():
    got = published("收评", "沪市成交额6812亿元，深市成交额9310亿元，合计1.61万亿元。", "2026-03-12 15:30")
    assert [(f.subject, f.code, f.value) for f in got if f.metric == "turnover"] == [
        ("沪市", "", 6.812e11), ("深市", "", 9.31e11), ("合计", "CN.MARKET", 1.61e12)]


@pytest.mark.parametrize("body", [
    "Turnover was 681.2 billion yuan in Shanghai and 931 billion yuan in Shenzhen, for a total of 1.61 trillion yuan.",
    "Shanghai turnover was 681.2 billion yuan and Shenzhen turnover 931 billion yuan, a combined 1.61 trillion yuan."])
def test_each_exchanges_turnover_is_its_own_and_their_total_the_markets(body):
    # each exchange's figure is no whole market's (it had been given the market's code), and the total is
    got = published("China stocks", "The Shanghai Composite index rose 0.4%. " + body, "2026-03-12 16:00")
    assert [(f.subject, f.code, f.value) for f in got if f.metric == "turnover"] == [
        ("Shanghai", "", 6.812e11), ("Shenzhen", "", 9.31e11), (got[-1].subject, "CN.MARKET", 1.61e12)]


def test_a_second_exchanges_turnover_said_with_a_verb_of_having():
    got = amounts("Turnover on the Shanghai exchange stood at 681.2 billion yuan, while the Shenzhen exchange saw "
                  "931 billion yuan.")
    assert [(s, v) for s, _, v, _ in got] == [("Shanghai exchange", 6.812e11), ("Shenzhen exchange", 9.31e11)]


def test_a_channels_buying_after_an_amount_received_is_the_receivers_flow():
    got = amounts("Harbor Lights received HK$1.1 billion of southbound buying and Xiaomi HK$650 million.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Lights", 1.1e9), ("Xiaomi", 6.5e8)]
    assert [(s, v) for s, _, v, _ in amounts("Harbor Lights saw HK$300 million of southbound selling.")] == \
        [("Harbor Lights", -3e8)]


def test_a_stock_connect_channels_turnover_is_no_markets():
    # "港股通（沪）成交额312亿港元" had been given the whole Hong Kong market's code
    got = published("港股收评", "恒生指数收涨0.8%。港股通（沪）成交额312亿港元。", "2026-03-12 16:30")
    assert [(f.subject, f.code) for f in got if f.metric == "turnover"] == [("港股通（沪）", "")]
    # a fund named after the channel keeps its own turnover
    assert [f.code for f in sentence_facts("港股通创新药ETF（159570）涨超3% 成交额突破5亿元", "a", load_reference())
            if f.metric == "turnover"] == ["159570.SZ"]


@pytest.mark.parametrize("sentence", ["开盘时，星河指数报3390.12点，涨0.1%。", "At the open, the Harbor Composite index was up 0.1%."])
def test_a_sentence_opening_at_the_open_speaks_of_the_open(sentence):
    assert [q for _, _, _, q in moves(sentence)] == ["open"]
    # a later moment said inside it is that moment's
    assert [q for _, _, _, q in moves("开盘后，星河指数一度跌0.5%，随后翻红，截至10:30涨0.2%。")] == \
        ["intraday_low", "intraday:10:30"]


def test_an_attempt_at_the_limit_is_no_limit_move_and_an_opened_limit_was_the_high():
    assert moves("星河科技冲击3连板。") == []
    assert [(s, v, q) for s, _, v, q in moves("星河科技冲击涨停，现涨8.5%。")] == [("星河科技", 8.5, "")]
    assert [(v, q) for _, _, v, q in moves("星河科技涨停板被打开，收涨6.2%。")] == \
        [(10.0, "intraday_high"), (6.2, "close")]
    assert [(s, q) for s, _, _, q in moves("星河科技斩获3连板。")] == [("星河科技", "limit_up")]


def test_a_record_said_before_the_figure_and_a_described_name_before_a_with_clause():
    # "its biggest one-day percentage drop since April, falling 1.6%": the day's move, no month's
    assert [q for _, _, _, q in moves("The S&P 500 posted its biggest one-day percentage drop since April, "
                                      "falling 1.6%.")] == [""]
    # "the small-cap Harbor 2000 bucked the trend with a 0.3% gain": the name behind its description owns the figure
    got = moves("The Harbor 30 ended down 0.6%, while the small-cap Harbor 2000 bucked the trend with a 0.3% gain.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor 30", -0.6), ("Harbor 2000", 0.3)]


def test_a_consequence_verb_before_a_sectors_lower_case_name_is_no_part_of_it():
    got = moves("Harbor Lights climbed 3.6%, helping lift the consumer discretionary sector by 1.1%.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Lights", 3.6), ("consumer discretionary sector", 1.1)]


def test_a_second_flow_after_the_firsts_words_takes_its_verb_of_receiving_or_the_firsts_direction():
    # "…HK$3.2 billion of net purchases, while Alibaba drew HK$2.6 billion" had lost the second flow
    got = amounts("Harbor Lights attracted HK$3.2 billion of net purchases, while Tallow Group drew HK$2.6 billion.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Lights", 3.2e9), ("Tallow Group", 2.6e9)]
    # a list after an outflow shares its direction ("…and Xiaomi HK$200 million" had been an inflow)
    got = amounts("Southbound investors were net sellers of Harbor Lights at HK$410 million and Tallow HK$200 million.")
    assert [v for _, _, v, _ in got] == [-4.1e8, -2e8]
    got = amounts("Harbor Lights saw net selling of HK$410 million, while Tallow Group drew HK$200 million.")
    assert [v for _, _, v, _ in got] == [-4.1e8, 2e8]


def test_a_fund_that_lost_money_had_an_outflow_and_money_added_to_funds_is_theirs():
    # "the Financial Select Sector SPDR Fund (XLF) lost $298.4 million" had been an inflow, the nearest earlier
    # flow word's ("took in")
    got = amounts("The Harbor Growth ETF (HGRO) took in $512 million and the Tallow Value Fund (TVAL) lost $298.4 "
                  "million.")
    assert [v for _, _, v, _ in got] == [5.12e8, -2.984e8]
    got = amounts("Investors added $9.8 billion to U.S.-listed ETFs on Monday.")
    assert [(s, m, v) for s, m, v, _ in got] == [("U.S.-listed ETFs", "net_inflow", 9.8e9)]
    assert amounts("Harbor Lights added $120 billion to its market value.") == []
    got = amounts("投资者上周向股票型ETF净申购312亿元。")  # (the Chinese form was read already)
    assert [m for _, m, _, _ in got] == ["net_inflow"]


def test_after_hours_said_after_a_price_is_the_moves_moment():
    # "fell 3% to $178.50 after hours" had been the session's move
    assert [q for *_, q in moves("Harbor Lights fell 3% to $178.50 after hours.")] == ["extended"]
    assert [q for *_, q in moves("Harbor Lights rose 2% after the bell.")] == ["extended"]
    # the bell of another clause, and hours of something else, are not the move's
    assert [q for *_, q in moves("Harbor Lights rose 3.2% ahead of its earnings report after the bell.")] == [""]
    assert [q for *_, q in moves("Harbor Lights rose 3% after hours of talks with regulators.")] == [""]


def test_a_places_benchmark_is_its_main_index():
    # "Hong Kong's benchmark" had been a subject of its own, "Hong Kong's", with no code
    assert [(s, c) for s, c, *_ in moves("Hong Kong's benchmark pared losses to close 0.3% lower.")] == \
        [("Hong Kong's benchmark", "HSI.HK")]
    assert [c for _, c, *_ in moves("Japan's benchmark index rose 1.2%, while South Korea's main gauge fell 0.4%.")] \
        == ["N225.JP", "KS11.KR"]
    # a benchmark named after the words keeps its own name
    assert [(s, c) for s, c, *_ in moves("Japan's benchmark Nikkei 225 rose 1%.")] == [("Nikkei 225", "N225.JP")]


def test_verbless_index_items_with_numbers_in_their_names():
    # "the S&P 500 0.5%" had been lost and "the Dow 0.2%" read without its code
    got = moves("The Nasdaq 100 rose 0.7%, the S&P 500 0.5% and the Dow 0.2%.")
    assert [(c, v) for _, c, v, _ in got] == [("NDX.US", 0.7), ("SPX.US", 0.5), ("DJI.US", 0.2)]
    got = moves("The Harbor index fell 0.7%, the Tallow 300 0.5% and the Dow 0.2%.")
    assert [(s, v) for s, _, v, _ in got][1:] == [("Tallow 300", -0.5), ("the Dow", -0.2)]


def test_a_place_after_the_figure_names_a_known_stocks_other_listing():
    # "Shares in BYD, …, slipped 1.4 per cent in Hong Kong" had been BYD's Shenzhen listing
    got = moves("Shares in BYD, the world's largest EV maker, slipped 1.4 per cent in Hong Kong.")
    assert [(c, v) for _, c, v, _ in got] == [("01211.HK", -1.4)]
    assert [c for _, c, *_ in moves("BYD slipped 1.4% in Shenzhen.")] == ["002594.SZ"]


def test_southbound_flows_said_by_their_buyers_and_their_running_totals():
    # "Net southbound purchases" had no code (a capitalised word before the channel read as a longer name)
    assert [(m, v) for _, m, v, _ in amounts("Net southbound purchases reached HK$5.4 billion.")] == \
        [("net_inflow", 5.4e9)]
    assert [f.code for f in sentence_facts("Net southbound purchases reached HK$5.4 billion.", "a", load_reference())] \
        == ["HK.SOUTHBOUND"]
    # mainland buyers of Hong Kong shares are the southbound channel, links named or not; the year's total after
    # the day's flow is its own figure over the year (it had been lost)
    got = sentence_facts("Mainland investors were net buyers of HK$9.6 billion of Hong Kong shares on Tuesday, bringing "
                         "this year's total to a record HK$1.2 trillion.", "a", load_reference())
    assert [(f.code, f.value, f.qualifier) for f in got] == [("HK.SOUTHBOUND", 9.6e9, ""),
                                                             ("HK.SOUTHBOUND", 1.2e12, "ytd")]
    # a running total whose period is not said is no day's flow (it had been an inflow of HK$800 billion)
    assert [v for _, _, v, _ in amounts("Southbound funds bought a net HK$3 billion, taking the tally to HK$800 "
                                        "billion.")] == [3e9]
    # what a fund holds after its flow is no flow
    assert [v for _, _, v, _ in amounts("The Harbor Gold Trust (HGLD) drew $640 million in new money this week, "
                                        "lifting its assets to $62 billion.")] == [6.4e8]


def test_a_hong_kong_papers_whole_market_is_hong_kongs_without_other_names():
    # "大市半日成交1,102億元" alone had been the A-share market's turnover in yuan
    got = published("午市：大市半日成交1,102億元", "大市半日成交1,102億元。", "2026-03-17 12:10")
    assert [(f.code, f.unit, f.value) for f in got] == [("HK.MARKET", "HKD", 1.102e11)]
    # simplified text keeps the article's market: the mainland's
    got = published("午评：两市半日成交8888亿元", "两市半日成交8888亿元。", "2026-03-17 12:10")
    assert [(f.code, f.unit) for f in got] == [("CN.MARKET", "CNY")]


def test_a_flow_through_a_link_named_after_its_word_is_the_links():
    # "Net outflows through the Shanghai link stood at 4.03 billion yuan" had been lost (the flow word alone)
    assert [(s, v) for s, _, v, _ in amounts("Net outflows through the Shanghai link stood at 4.03 billion yuan.")] \
        == [("Shanghai link", -4.03e9)]
    got = sentence_facts("Net buying through the southbound channel totalled HK$3 billion.", "a", load_reference())
    assert [(f.code, f.value) for f in got] == [("HK.SOUTHBOUND", 3e9)]


def test_a_fund_named_after_a_hong_kong_index_owns_its_turnover():
    # "恒生科技ETF成交额23.4亿元" had been Hong Kong's whole-market turnover in HK dollars
    got = published("ETF收评", "恒生科技ETF（513180）涨1.62%。恒生科技ETF成交额23.4亿元。", "2026-03-18 15:20")
    assert [(f.code, f.unit, f.value) for f in got if f.metric == "turnover"] == [("513180.SH", "CNY", 2.34e9)]


def test_a_night_session_is_outside_the_day():
    # "富时中国A50指数期货夜盘涨0.4%" had been a move of "富时中国A50指数期货夜盘" (the session read as part of a name);
    # an index's futures are no subject, whatever their session
    assert moves("富时中国A50指数期货夜盘涨0.4%。") == []
    assert [q for *_, q in moves("星河科技夜盘涨3.1%。")] == ["extended"]


def test_an_unknown_index_in_traditional_characters_is_an_index():
    # "恒生內地地產指數升2.5%" had been a stock (and so among the movers); its level was lost for the same reason
    got = sentence_facts("滬市B股指數收報130.25點，跌0.21%。", "a", load_reference())
    assert [(f.metric, f.kind, f.value) for f in got] == [("pct_change", "index", -0.21), ("level", "index", 130.25)]
    assert [f.kind for f in sentence_facts("恒生內地地產指數升2.5%。", "a", load_reference())] == ["index"]


@pytest.mark.parametrize("sentence, kind", [
    # a sector in traditional characters and a group of stocks had been stocks, listed among the movers
    ("銀行板塊跌幅為0.45%。", "sector"), ("電力行業跌1.2%。", "sector"), ("内房股跌3%。", "sector"),
    ("內房股跌3%。", "sector"), ("券商股集体走强，涨2%。", "sector"),
    # a company's "控股" or "股份" is no group
    ("星河控股涨3%。", "stock"), ("星河股份涨3%。", "stock"),
])
def test_the_kind_of_an_unknown_group_or_sector_in_either_script(sentence, kind):
    assert [f.kind for f in sentence_facts(sentence, "a", load_reference()) if f.metric == "pct_change"] == [kind]


def test_a_place_and_participle_opening_a_sentence_is_no_name():
    # "Hong Kong-listed tech giants gained 1.8%" had given "Hong Kong-listed" a move, shown among the movers
    assert moves("Hong Kong-listed tech giants gained 1.8%.") == []
    assert [s for s, *_ in moves("Beijing-based Harbor Lights fell 1%.")] == ["Harbor Lights"]
    # the listing before "shares of" still names the listing
    assert [c for _, c, *_ in moves("Hong Kong-listed shares of BYD rose 2%.")] == ["01211.HK"]


def test_a_group_named_by_a_noun_of_companies_is_a_sector():
    # "Macau casino operators" had been a stock
    got = published("HK close", "Macau casino operators rose 1.5%. Carmakers slid 0.9%.", "2026-03-18 16:30")
    assert [(f.subject, f.kind) for f in got] == [("Macau casino operators", "sector"), ("Carmakers", "sector")]


def test_a_price_said_after_a_move_with_its_own_word():
    # "涨2.1%，报528.5港元" had lost the price; a sector named before never owns one
    got = sentence_facts("腾讯控股涨2.1%，报528.5港元。", "a", load_reference())
    assert [(f.metric, f.code, f.value, f.unit) for f in got if f.metric == "level"] == [("level", "00700.HK", 528.5, "HKD")]
    got = sentence_facts("机器人概念股掀涨停潮，星河科技涨停，报56.12元。", "a", load_reference())
    assert [(f.subject, f.value) for f in got if f.metric == "level"] == [("星河科技", 56.12)]
    # an amount after 报 is no price
    assert [f for f in sentence_facts("成交额，报3.2亿元。", "a", load_reference()) if f.metric == "level"] == []
    # "Southbound flows hit a record HK$35.6 billion" had been lost
    got = sentence_facts("Southbound flows hit a record HK$35.6 billion on Monday.", "a", load_reference())
    assert [(f.code, f.value) for f in got] == [("HK.SOUTHBOUND", 3.56e10)]


def test_a_price_holds_when_its_stocks_move_does():
    # "盘中涨2.1%，报528.5港元" in a piece written at 10:40 had given the price no moment (the day's, by default)
    got = published("腾讯涨超2%", "腾讯控股(00700)盘中涨2.1%，报528.5港元。", "2026-03-18 10:40")
    assert [f.qualifier for f in got if f.metric == "level"] == ["intraday"]
    got = published("港股收评", "腾讯控股(00700)收涨2.1%，报528.5港元。", "2026-03-18 16:40")
    assert [f.qualifier for f in got if f.metric == "level"] == ["close"]


def test_names_with_a_verb_each_then_respectively_pair_in_order():
    # "TENCENT and MEITUAN-W rose 2.3% and fell 0.7% respectively" had given each name both figures
    got = moves("Heavyweights TENCENT (00700.HK) and MEITUAN-W (03690.HK) rose 2.3% and fell 0.7% respectively.")
    assert [(c, v) for _, c, v, _ in got] == [("00700.HK", 2.3), ("03690.HK", -0.7)]
    assert [(c, v) for _, c, v, _ in moves("腾讯、美团分别上涨2.3%和下跌0.7%。")] == [("00700.HK", 2.3), ("03690.HK", -0.7)]


def test_a_level_after_a_sessions_extreme_is_that_extreme():
    # "rose as much as 410 points to 27,071" had given 27,071 as the index's level, with no moment
    got = sentence_facts("The Hang Seng Index rose as much as 410 points to 27,071 before paring gains.", "a",
                         load_reference())
    assert [(f.metric, f.value, f.qualifier) for f in got if f.metric == "level"] == [("level", 27071.0, "intraday_high")]
    got = sentence_facts("HSI once rose 410 pts to 27,071 at the high.", "a", load_reference())
    assert {f.qualifier for f in got} == {"intraday_high"}
    got = sentence_facts("HSI closed at 26,973, up 312 pts or 1.2%.", "a", load_reference())
    assert {f.qualifier for f in got} == {"close"}


def test_a_time_after_a_figures_noun_names_no_subject():
    # "after a 3% gain in the previous session" had given a move to a subject named "previous session"
    got = moves("Tencent fell 1% on Tuesday after a 3% gain in the previous session.")
    assert "previous session" not in [s for s, *_ in got]
    assert [(s, v) for s, _, v, _ in moves("Tech led, with a 2.1% gain in the Hang Seng Tech Index.")] == \
        [("Hang Seng Tech Index", 2.1)]


def test_a_place_after_a_name_is_not_the_name():
    # "Iron ore futures in Dalian fell 2.3%" had given Dalian a move
    assert "Dalian" not in [s for s, *_ in moves("Iron ore futures in Dalian fell 2.3%.")]
    assert [(s, c) for s, c, *_ in moves("Sands China in Macau rose 2%.")] == [("Sands China", "01928.HK")]


def test_a_limit_move_on_a_day_the_sentence_names_is_that_days():
    tuesday = date(2026, 3, 17)
    # "寒武纪上周五涨停" had been a limit-up of the day
    assert [f.qualifier for f in facts_on("寒武纪上周五涨停。", tuesday)] == ["earlier"]
    assert [f.qualifier for f in facts_on("Cambricon hit its daily limit last Friday.", tuesday)] == ["earlier"]
    assert [f.qualifier for f in facts_on("寒武纪今日涨停。", tuesday)] == ["limit_up"]


def test_a_move_since_the_start_of_the_year_in_chinese():
    # "寒武纪较年初上涨15%" had been the day's move of a subject named "寒武纪较年初"
    assert [(s, c, q) for s, c, _, q in moves("寒武纪较年初上涨15%。")] == [("寒武纪", "688256.SH", "ytd")]
    assert [(s, q) for s, _, _, q in moves("寒武纪年初至今上涨15%。")] == [("寒武纪", "ytd")]


def test_a_move_over_a_past_year_is_no_year_to_date():
    day = date(2026, 3, 17)
    # "jumped 30% in 2025" written in 2026 had been this year's move so far; "In 2025, …" the day's
    assert [f.qualifier for f in facts_on("Tencent jumped 30% in 2025.", day)] == ["earlier"]
    assert [f.qualifier for f in facts_on("In 2025, Tencent jumped 30%.", day)] == ["earlier"]
    assert [f.qualifier for f in facts_on("2025年全年，腾讯累计上涨30%。", day)] == ["earlier"]
    assert [f.qualifier for f in facts_on("Tencent is up 30% so far in 2026.", day)] == ["ytd"]


@pytest.mark.parametrize("sentence, value", [
    # each had given the session before's figure as the day's
    ("Harbor Lights fell 3% a day earlier.", -3.0),
    ("Harbor Lights, which fell 3% the prior day, rebounded 2%.", -3.0),
    ("Harbor Lights rose 2%, after falling 3% the day before.", -3.0),
])
def test_the_session_before_said_after_its_figure(sentence, value):
    got = {v: q for _, _, v, q in moves(sentence)}
    assert got[value] == "previous_session"
    assert all(q == "" for v, q in got.items() if v != value)


def test_a_figure_at_last_check_is_the_sessions_so_far():
    # "at last check", "in recent trading" had been the day's (closing) moves
    assert [q for *_, q in moves("Harbor Lights traded 1.1% higher at last check.")] == ["intraday"]
    assert [q for *_, q in moves("Harbor Lights was 1.1% higher in recent trading.")] == ["intraday"]


def test_noon_and_the_morning_session_in_hong_kong_reports_are_the_sessions_so_far():
    # a radio bulletin's "港股中午收市，…成交318億元" had given the morning's turnover as the day's
    got = sentence_facts("港股中午收市，恆生指數報18786點，升284點，成交318億元。", "a", load_reference())
    assert {(f.metric, f.qualifier) for f in got} == {("level", "intraday"), ("point_change", "intraday"),
                                                      ("turnover", "intraday")}
    # "恒指中午收市升1.2%" had been lost (the time read as part of the name); "騰訊午市升2.1%" named "騰訊午市"
    assert [(c, q) for _, c, _, q in moves("恒指中午收市升1.2%。")] == [("HSI.HK", "intraday")]
    assert [(s, c) for s, c, *_ in moves("騰訊早市跌1.1%。")] == [("騰訊", "00700.HK")]
    assert [(s, c) for s, c, *_ in moves("騰訊午市升2.1%。")] == [("騰訊", "00700.HK")]
    assert [(s, q) for s, _, _, q in moves("腾讯集合竞价阶段高开3%。")] == [("腾讯", "open")]


@pytest.mark.parametrize("sentence, qualifier", [
    # each had been the day's move: runs of sessions said in more ways, windows set off after the figure or said
    # the Hong Kong way
    ("Harbor Lights had fallen 3% in the two previous sessions.", "streak:2"),
    ("Harbor Lights has risen 10% in five straight sessions.", "streak:5"),
    ("Harbor Lights slid for a third session, losing 3% in that span.", "streak:3"),
    ("Tencent slid for a third session; it lost 3% in that span.", "streak:3"),
    ("The Hang Seng Index fell 853 points, or 3.1%, this week.", "weekly"),
    ("The S&P 500 rose 1.2%, its best week since May.", "weekly"),
    ("The Nasdaq gained 2%, for the week.", "weekly"),
    ("全星期計，恒指累計跌853點，跌幅約3.1%。", "weekly:about"),
    ("恒指本星期累升2.1%。", "weekly"),
    # a day set off by a comma is still the day, and so is the day's move of a run
    ("The S&P 500 rose 1.2%, its best day since May.", ""),
    ("Harbor Lights rose for a third session, gaining 1.2%.", ""),
])
def test_windows_and_runs_said_in_more_ways(sentence, qualifier):
    assert [q for *_, q in moves(sentence)] == [qualifier]


def test_points_beside_a_move_over_a_window_are_the_windows():
    got = sentence_facts("全星期計，恒指累計跌853點，跌幅約3.1%。", "a", load_reference())
    assert [f.qualifier for f in got if f.metric == "point_change"] == ["weekly"]


def test_a_close_said_after_the_sessions_high_is_the_figures():
    # "滙控一度重上101元以上，收市報100.55元，升幅近2%" had been an intraday move (the 一度 of the clause before)
    assert [q for *_, q in moves("滙控一度重上101元以上，收市報100.55元，升幅近2%。")] == ["about"]
    assert [q for *_, q in moves("腾讯盘中一度涨5%，收盘涨2%。")] == ["intraday_high", "close"]


def test_hong_kong_papers_points_closed_or_opened_higher_and_the_index_they_point_at():
    # "恒指高收215點" had given the index a level of 215 points
    got = sentence_facts("恒指高收215點。", "a", load_reference())
    assert [(f.metric, f.value, f.qualifier) for f in got] == [("point_change", 215.0, "close")]
    got = sentence_facts("恒指低開85點，報26400點。", "a", load_reference())
    assert sorted((f.metric, f.value, f.qualifier) for f in got) == [("level", 26400.0, "open"),
                                                                     ("point_change", -85.0, "open")]
    # "指數收市報…，升215點，升幅0.8%" after a sentence naming the index had given nothing
    got = published("港股收市", "恒生指數今日反彈。指數收市報26612點，升215點，升幅0.8%。", "2026-03-19 16:30")
    assert sorted((f.metric, f.code, f.value) for f in got) == [("level", "HSI.HK", 26612.0),
                                                               ("pct_change", "HSI.HK", 0.8),
                                                               ("point_change", "HSI.HK", 215.0)]
    # a level crossed once in the session is that session's extreme, with its bound
    got = sentence_facts("沪指盘中一度跌破3000点。", "a", load_reference())
    assert [f.qualifier for f in got] == ["intraday_low:at_most"]


def test_a_range_shared_by_names_gives_no_one_its_start():
    # "比亞迪股份和吉利汽車跌3%至近5%" had given each name -3%
    assert moves("比亞迪股份和吉利汽車跌3%至近5%。") == []
    assert moves("Shares of Harbor Lights and Tallow rose 2% to 3% in early trade.") == []
    # a price or a level after "to" is no range
    assert [v for _, _, v, _ in moves("沪指涨0.5%至3400点。")] == [0.5]


def test_hong_kong_papers_big_market_moves_in_points_as_its_main_index():
    # "大市今日高開157點，…收市報26629點，升310點" had given the index nothing
    got = published("港股收市", "大市今日高開157點，早段一度升495點，午後升幅收窄，收市報26629點，升310點，升幅1.18%。",
                    "2026-03-19 16:30")
    assert sorted((f.code, f.metric, f.value, f.qualifier) for f in got) == [
        ("HSI.HK", "level", 26629.0, "close"), ("HSI.HK", "pct_change", 1.18, "close"),
        ("HSI.HK", "point_change", 157.0, "open"), ("HSI.HK", "point_change", 310.0, "close"),
        ("HSI.HK", "point_change", 495.0, "intraday_high")]


def test_the_former_and_the_latter_are_the_two_names_before():
    # the levels had gone to the wrong index and the first move had been lost
    got = sentence_facts("The Shanghai Composite Index and Shenzhen Component Index moved in opposite directions, with "
                         "the former closing at 3,386, down 0.4%, while the latter ended the session at 11,056, with a "
                         "gain of 0.3%.", "a", load_reference())
    assert sorted((f.code, f.metric, f.value) for f in got) == [
        ("000001.SH", "level", 3386.0), ("000001.SH", "pct_change", -0.4),
        ("399001.SZ", "level", 11056.0), ("399001.SZ", "pct_change", 0.3)]
    assert [(c, v) for _, c, v, _ in moves("腾讯和阿里巴巴走势分化，前者涨2%，后者跌1%。")][0] == ("00700.HK", 2.0)
    assert [s for s, *_ in moves("Tencent and Alibaba diverged: the former rose 2%, the latter fell 1%.")] == \
        ["Tencent", "Alibaba"]
    # "the former" before a noun is an adjective
    assert [s for s, *_ in moves("The former chief of Harbor Lights, whose shares rose 2%, resigned.")] == ["Harbor Lights"]


def test_two_exchanges_turnovers_respectively_in_english():
    # both had been the whole market's turnover
    got = amounts("Turnover of the Shanghai and Shenzhen markets amounted to RMB529.9 billion and RMB622 billion "
                  "respectively.")
    assert [(s, v) for s, _, v, _ in got] == [("Shanghai", 5.299e11), ("Shenzhen", 6.22e11)]


def test_names_with_bracketed_figures_after_a_noun_of_moves():
    # "Notable gains came from … Kweichow Moutai (2.1%), Ping An Insurance (3.3%)" had been lost
    got = moves("Notable gains came from heavyweights such as Kweichow Moutai (2.1%) and Ping An Insurance (3.3%), "
                "while banks declined, including ICBC (1.9%).")
    assert [v for _, _, v, _ in got] == [2.1, 3.3, -1.9]
    assert [v for _, _, v, _ in moves("The biggest losers were Tencent (3.1%) and Meituan (2.2%).")] == [-3.1, -2.2]
    # holdings' shares in brackets are no moves
    assert moves("Among the biggest gainers' holdings are Tencent (9.8%) and Alibaba (8.1%).") == []


def test_verbless_lines_under_a_heading_take_its_direction():
    # "Capital One (NYSE:COF) 5.62%" under "… led gains for the day:" had been lost
    got = published("US Indexes Close Higher", "In the S&P 100, the following stocks led gains for the day:\n\n"
                    "Harbor Lights (NYSE:HBL) 5.62%\n\nTallow Mills (NASDAQ:TLW) 4.41%\n\nThe Dow rose 0.5%.",
                    "2026-03-18 06:40")
    assert [(f.subject, f.code, f.value) for f in got if f.metric == "pct_change"][:2] == [
        ("Harbor Lights", "HBL", 5.62), ("Tallow Mills", "TLW", 4.41)]
    got = published("跌幅榜", "个股跌幅榜：\n\n星河科技（301999） 8.1%\n\n沪指涨0.3%。", "2026-03-18 15:40")
    assert [(f.code, f.value) for f in got if f.metric == "pct_change"][0] == ("301999.SZ", -8.1)


def test_estimates_and_economic_series_are_no_moves():
    # "a -1.13% miss from Walmart" had been Home Depot's move; "Export prices decreased 0.3%" a move of "Export"
    assert moves("Analysts are estimating a 1.75% beat from Home Depot and a -1.13% miss from Walmart.") == []
    assert moves("Export prices decreased 0.3% in February.") == []
    assert [v for _, _, v, _ in moves("Home Depot shares rose 2% after a beat.")] == [2.0]


def test_hong_kong_papers_rises_written_as_a_bounce_or_a_strong_rise():
    # "彈近12.5%" had been lost (and the next piece took the year's window of the piece before); "勁升" named "寒武紀今日勁"
    assert [(c, v) for _, c, v, _ in moves("中芯國際（滬：６８８９８１）彈近１２﹒５％，收於全日高位１１９﹒２２元。")] == \
        [("688981.SH", 12.5)]
    assert [(s, c) for s, c, *_ in moves("寒武紀今日勁升8.73%。")] == [("寒武紀", "688256.SH")]
    # "目前" is the session so far
    assert [q for *_, q in moves("中芯國際目前漲超9%。")] == ["intraday:at_least"]


def test_stocks_that_closed_in_the_green_or_red_are_counted():
    got = sentence_facts("2868隻個股飄紅，2402隻個股收綠。", "a", load_reference())
    assert [(f.value, f.unit) for f in got] == [(2868.0, "stocks_up"), (2402.0, "stocks_down")]


def test_more_forms_of_hong_kong_english_wraps():
    # "at 9.50am local time" had been a level of 9.5 points, and the move the day's
    got = sentence_facts("The Hang Seng Index gained 0.5 per cent to 24,182.88 at 9.50am local time.", "a",
                         load_reference())
    assert sorted((f.metric, f.value, f.qualifier) for f in got) == [("level", 24182.88, "intraday"),
                                                                     ("pct_change", 0.5, "intraday:09:50")]
    # a figure in a word ("put on three percent"), a market named by its country, an odd verb: each had been lost
    assert [(c, v) for _, c, v, _ in moves("Tencent put on three percent.")] == [("00700.HK", 3.0)]
    assert [(c, v) for _, c, v, _ in moves("Taiwan added 1.8 percent.")] == [("TWII.TW", 1.8)]
    assert [v for _, _, v, _ in moves("The Hang Seng China Enterprises Index inclined 196.47 points, or 2.96%.")] \
        == [2.96]
    assert moves("Someone said one percent of analysts agree.") == []


def test_a_total_said_over_a_year_is_that_years():
    # "Southbound net purchases amounted to HK$808 billion in 2025" had been the day's inflow
    got = facts_on("Southbound net purchases amounted to HK$808 billion in 2025.", date(2026, 3, 17))
    assert [(f.value, f.qualifier) for f in got] == [(8.08e11, "earlier")]
    got = facts_on("Southbound net purchases amounted to HK$208 billion in 2026.", date(2026, 3, 17))
    assert [f.qualifier for f in got] == ["ytd"]


def test_a_flow_channel_opening_the_sentence_owns_its_later_flows():
    # "沪股通每日限额还剩137.85亿元，…，净卖出8.81亿元人民币" had been lost; the buy side's trades are no turnover
    got = amounts("沪股通买盘成交11.80亿元人民币，卖盘成交20.61亿元人民币，净卖出8.81亿元人民币。")
    assert [(s, m, v) for s, m, v, _ in got] == [("沪股通", "net_inflow", -8.81e8)]
    assert [(s, v) for s, _, v, _ in amounts("沪股通每日限额还剩137.85亿元，净卖出8.81亿元人民币。")] == \
        [("沪股通", -8.81e8)]


def test_a_fund_flashs_record_figures_are_no_days_figures():
    body = ("星河半導體ETF(513999)上漲2.15%。流動性方面，星河半導體ETF盤中換手23.65%，成交8.79億元。"
            "星河半導體ETF近12天獲得連續資金凈流入，最高單日獲得1.12億元凈流入，合計“吸金”8.54億元。"
            "星河半導體ETF連續3天獲杠桿資金凈買入，最高單日獲得1.29億元凈買入。"
            "星河半導體ETF自成立以來，最高單月回報為15.34%，最長連漲漲幅為59.57%。")
    got = published("星河半導體ETF漲超2%", body, "2026-03-18 10:12")
    # the largest day of a run, margin buying and a fund's record had been flows and moves of the day; the body's
    # "星河半導體ETF" had been a second fund named "半導體ETF" (a name many funds share)
    assert sorted((f.metric, f.code, f.value, f.qualifier) for f in got if f.metric != "turnover_rate") == [
        ("net_inflow", "513999.SH", 8.54e8, "streak:12"), ("pct_change", "513999.SH", 2.0, "intraday:at_least"),
        ("pct_change", "513999.SH", 2.15, "intraday"), ("turnover", "513999.SH", 8.79e8, "intraday")]


def test_a_market_boxs_period_headings_govern_the_lines_under_them():
    # AP's "For the week:" and "For the year:" lines had each been the day's move
    body = ("Wall Street closed mixed Tuesday.\n\nOn Tuesday:\n\nThe S&P 500 fell 5.84 points, or 0.1%, to 6,786.35.\n\n"
            "For the week:\n\nThe S&P 500 is up 60.56 points, or 0.9%.\n\nFor the year:\n\n"
            "The S&P 500 is up 730.28 points, or 12.1%.")
    got = published("How major US stock indexes fared Tuesday", body, "2026-03-18 04:31")
    assert sorted((f.value, f.qualifier) for f in got if f.metric == "pct_change") == [
        (-0.1, ""), (0.9, "weekly"), (12.1, "ytd")]
    assert sorted((f.value, f.qualifier) for f in got if f.metric == "point_change") == [
        (-5.84, ""), (60.56, "weekly"), (730.28, "ytd")]


def test_an_inline_sector_tables_header_is_no_part_of_its_first_name():
    # "Sector % Change Materials +1.8%" had named "Change Materials"
    got = moves("Sector % Change Materials +1.8% Energy +1.5% Utilities +0.1%")
    assert [(s, v) for s, _, v, _ in got] == [("Materials", 1.8), ("Energy", 1.5), ("Utilities", 0.1)]


def test_only_between_a_move_noun_and_its_figure():
    # "涨幅仅为0.04%" had been lost
    got = moves("深证成指延续升势，11661.50点的收盘点位较前一交易日涨4.47点，涨幅仅为0.04%。")
    assert [(c, v, q) for _, c, v, q in got] == [("399001.SZ", 0.04, "close")]


def test_hong_kong_bulletins_prices_price_changes_and_tenths_in_digits():
    got = published("港股半日", "騰訊(00700.HK)升1.6元，報558.8元，快手(01024.HK)則跌近5%，報59.2元，跌2.5元。"
                    "新世界發展升近1成。", "2026-03-18 12:10")
    # "跌2.5元" had been a price of 2.5; "升近1成" had been lost; a midday report's price is the morning's
    assert sorted((f.code, f.metric, f.value, f.qualifier) for f in got) == [
        ("00017.HK", "pct_change", 10.0, "intraday:about"), ("00700.HK", "level", 558.8, "intraday"),
        ("01024.HK", "level", 59.2, "intraday"), ("01024.HK", "pct_change", -5.0, "intraday:about")]
    # a price crossed is a bound, no price
    got = sentence_facts("寒武纪-U股价升破1300元。", "a", load_reference())
    assert [(f.value, f.qualifier) for f in got] == [(1300.0, "at_least")]


def test_reuters_china_closes_moves_of_other_days_in_the_same_sentence():
    day = date(2026, 3, 17)
    # "ended 0.87% down at 3,254.18" had been lost (a level after "down"), and "erasing a gain of 0.85% made a day
    # earlier" given to a subject "erasing a" as the day's
    got = facts_on("The Shanghai Composite index ended 0.87% down at 3,254.18, erasing a gain of 0.85% made a day "
                   "earlier.", day)
    assert sorted((f.code, f.metric, f.value, f.qualifier) for f in got) == [
        ("000001.SH", "level", 3254.18, "close"), ("000001.SH", "pct_change", -0.87, "close"),
        ("000001.SH", "pct_change", 0.85, "previous_session")]
    # a span between two moments is no day's
    assert [f.qualifier for f in facts_on("The CSI300 gained 29.7 percent between end-November and its peak on "
                                          "Feb. 6.", day)] == ["earlier"]


def test_a_verb_of_staging_before_a_limit_is_no_part_of_the_name():
    # "星河电子上演地天板" had named "星河电子上演"
    assert [s for s, *_ in moves("星河电子上演地天板。")] == ["星河电子"]
    assert [s for s, *_ in moves("星河电子迎来3连板。")] == ["星河电子"]


def test_redemptions_of_an_amount_are_a_funds_outflow():
    # "suffered redemptions of $640 million" had been lost
    assert [(m, v) for _, m, v, _ in amounts("The Harbor Growth ETF (HGRO) suffered redemptions of $640 million.")] == \
        [("net_inflow", -6.4e8)]


def test_a_level_after_wei_and_an_index_name_holding_a_bracket():
    # "爲5437點" had been lost; "國企股(H股)指數升1.3%" had been the Hang Seng's move (its "指數" read as a pointer)
    got = sentence_facts("科技指數漲2.1%，爲5437點。", "a", load_reference())
    assert [(f.metric, f.value) for f in got] == [("pct_change", 2.1), ("level", 5437.0)]
    got = published("港股", "恒指升1.17%，爲27090.23點。國企股(H股)指數升1.3%，爲9018點。", "2026-03-20 17:00")
    assert {f.code for f in got} == {"HSI.HK"} and 1.3 not in {f.value for f in got}


def test_xinhua_hong_kong_roundups():
    # "Hong Kong stocks rose 131.62 points, or 0.52 percent" (the Hang Seng, as Xinhua writes it) had been lost
    got = sentence_facts("Hong Kong stocks rose 131.62 points, or 0.52 percent, to close on Tuesday at 25,536.43 points.",
                         "a", load_reference())
    assert sorted((f.code, f.metric, f.value) for f in got) == [
        ("HSI.HK", "level", 25536.43), ("HSI.HK", "pct_change", 0.52), ("HSI.HK", "point_change", 131.62)]
    assert moves("Hong Kong stocks rose 0.5 percent.") == []  # (stocks in general, without points: no index)
    # "falling the most by 0.52 percent" and "lowered 1.5 percent" had been lost
    got = moves("Three sub-indices lost ground, with the Properties sub-index falling the most by 0.52 percent, "
                "followed by the Commerce and Industry 0.10 percent and the Finance 0.07 percent.")
    assert [v for _, _, v, _ in got] == [-0.52, -0.1, -0.07]
    assert [v for _, _, v, _ in moves("Bank of East Asia lowered 1.5 percent to close at 26.1 HK dollars.")] == [-1.5]
    # a known index's name opening a company's is the company's ("Hang Seng Bank" had given a price as the index's level)
    got = sentence_facts("Its local unit Hang Seng Bank closed up 0.71 percent to 155.6 HK dollars.", "a", load_reference())
    assert [(f.code, f.metric) for f in got] == [("00011.HK", "pct_change")]
    assert [c for _, c, *_ in moves("Dow Inc shares fell 3%.")] == [""]


def test_a_stock_trading_higher_or_at_the_time_of_publication_is_the_sessions_so_far():
    # each had been the day's (closing) move
    assert [q for *_, q in moves("Harbor Lights Inc (NASDAQ:HBL) shares are trading lower by 3.2% to $178.50 "
                                 "Tuesday.")] == ["intraday"]
    assert [q for *_, q in moves("Harbor Lights shares were down 3.17% at the time of publication.")] == ["intraday"]
    assert [q for *_, q in moves("Harbor Lights shares closed down 3.17% on Tuesday.")] == ["close"]


def test_wires_older_abbreviations_of_amounts():
    # "1.2 trln yuan", "5.3 bln yuan" had been lost
    assert [v for _, _, v, _ in amounts("Turnover rose to 1.2 trln yuan.")] == [1.2e12]
    assert [v for _, _, v, _ in amounts("Northbound investors bought a net 5.3 bln yuan of mainland shares.")] == [5.3e9]


@pytest.mark.parametrize("sentence, qualifier", [
    ("星河科技近三个月下跌25%。", "months:3"),
    ("星河科技过去6个月累计上涨40%。", "months:6"),
    ("星河科技三个月内下跌25%。", "months:3"),  # no month
    ("星河科技近半年下跌25%。", "months:6"),
    ("星河科技近两年下跌25%。", "years:2"),
    ("星河科技近两周下跌12%。", "weeks:2"),
    ("星河科技近12个月上涨30%。", "yearly"),
    ("星河科技近一个月下跌8%。", "monthly"),  # one month: the plain window
    ("星河科技（00981）股價近三個月累積升幅達18%。", "months:3"),
    ("Harbor Lights has fallen 25% over the past three months.", "months:3"),
    ("Harbor Lights has jumped 40% in the last two years.", "years:2"),
    ("Harbor Lights has fallen 12% over the past two weeks.", "weeks:2"),
    ("Harbor Lights extended its six-month rally to 40%.", "months:6"),
    # a record's reach is no span: the day's move
    ("Harbor Lights hit a three-month high, rising 2%.", ""),
    ("星河科技创三个月新高，涨2%。", ""),
])
def test_spans_of_several_weeks_months_or_years_are_windows(sentence, qualifier):
    assert [q for _, _, _, q in moves(sentence)] == [qualifier]


def test_a_span_is_no_days_figure_and_is_written_in_each_language():
    from briefs.edition import Edition
    from briefs.extract.windows import is_window
    from briefs.wording import said_move

    assert is_window("months:3") and is_window("years:2:at_least") and not is_window("intraday")
    assert said_move(-25.0, "months:3") == "-25.00% (3 months)"
    assert said_move(40.0, "years:2:at_least", Edition.of("zh_Hans")) == "涨逾40%（2年）"
    assert said_move(12.0, "weeks:2", Edition.of("zh_Hant_HK")) == "漲12.00%（2周）"


def test_the_contrast_after_a_span_is_over_the_same_span():
    assert [q for _, _, _, q in moves("Harbor Lights has gained 25% over the past three months, while Oakmont "
                                      "has slipped 3%.")] == ["months:3", "months:3"]


@pytest.mark.parametrize("sentence", [
    "Harbor Lights and Oakmont Group were also among the best performers, rising 4.4% and 3.9%, respectively.",
    "Harbor Lights and Oakmont Group also led gains, rising 4.4% and 3.9%, respectively.",
])
def test_an_adverb_inside_a_ranking_keeps_its_names(sentence):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == [("Harbor Lights", 4.4), ("Oakmont Group", 3.9)]


@pytest.mark.parametrize("sentence", ["星河科技十年来首次单日涨10%。", "星河科技首次单日涨10%。"])
def test_a_first_time_is_no_part_of_the_name(sentence):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == [("星河科技", 10.0)]


def test_a_reference_row_with_an_unquoted_comma_names_its_file_and_line(tmp_path):
    import shutil

    from briefs.extract.reference import load_reference as read_reference
    from briefs.resources import data_dir

    shutil.copytree(data_dir("sources"), tmp_path / "sources")
    table = tmp_path / "sources" / "securities.csv"
    lines = table.read_text(encoding="utf-8").splitlines()
    lines.append("00823.HK,hk,stock,main,,Link REIT,领展,LINK REIT,checked on a page, with a comma")
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"securities\.csv:{len(lines)}: 10 fields where the header has 9"):
        read_reference(tmp_path / "sources")


@pytest.mark.parametrize("sentence, subject", [
    ("The equal-weighted S&P 500 slipped 0.1%.", "equal-weighted S&P 500"),
    ("The S&P 500 Equal Weight Index slipped 0.1%.", "S&P 500 Equal Weight Index"),
    ("标普500等权重指数下跌0.1%。", "标普500等权重指数"),
])
def test_an_index_variant_is_another_index_with_no_code(sentence, subject):
    got = [f for f in sentence_facts(sentence, "a", load_reference()) if f.metric == "pct_change"]
    assert [(f.subject, f.code, f.kind, f.market, f.value) for f in got] == [(subject, "", "index", "us", -0.1)]


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("Harbor Lights was 1.1% up at HK$51.2.", 1.1, ""),
    ("Harbor Lights was 0.8% down at US$12.40.", -0.8, ""),
    ("Harbor Lights shares were 2% up at lunch.", 2.0, "intraday"),
    ("Harbor Lights was 0.5% down in early trade.", -0.5, "intraday"),
])
def test_a_direction_after_its_figure_then_a_price_or_a_moment(sentence, value, qualifier):
    assert [(v, q) for _, _, v, q in moves(sentence)] == [(value, qualifier)]


@pytest.mark.parametrize("sentence, subject", [
    ("Energy was the only one of the 11 S&P sectors to end lower, down 0.8%.", "Energy"),
    ("Harbor Lights was the only blue chip to fall, down 0.8%.", "Harbor Lights"),
    ("Of the 11 S&P 500 sectors, energy fared worst, down 0.8%.", "energy"),
])
def test_the_only_one_and_the_one_that_fared_worst(sentence, subject):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == [(subject, -0.8)]


@pytest.mark.parametrize("sentence, subject", [
    ("星河指数成分股中，科技股领涨，涨1.9%。", "科技股"),
    ("标普500指数11个板块中9个上涨，科技板块领涨，涨1.9%。", "科技板块"),
])
def test_an_index_whose_members_are_the_scene_is_not_the_subject_after_it(sentence, subject):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == [(subject, 1.9)]


def test_a_count_of_sectors_is_no_count_of_stocks():
    facts = sentence_facts("标普500指数11个板块中9个上涨。", "a", load_reference())
    assert [f for f in facts if f.metric == "count"] == []
    counted = sentence_facts("两市3500个股上涨。", "a", load_reference())
    assert [(f.metric, f.value, f.unit) for f in counted] == [("count", 3500.0, "stocks_up")]


@pytest.mark.parametrize("sentence", ["截至发稿，星河科技涨1.1%。", "发稿时，星河科技涨1.1%。"])
def test_press_time_in_chinese_is_the_session_so_far(sentence):
    assert [(v, q) for _, _, v, q in moves(sentence)] == [(1.1, "intraday")]


@pytest.mark.parametrize("when, qualifier", [("2026-03-20 10:30", "intraday"), ("2026-03-20 17:30", "")])
def test_press_time_is_the_moment_the_article_was_published(when, qualifier):
    for body in ("截至发稿，星河控股（01234）涨1.1%。", "At press time, Harbor Holdings (01234) was up 1.1%."):
        got = [f for f in published("港股", body, when) if f.metric == "pct_change"]
        assert [(f.value, f.qualifier) for f in got] == [(1.1, qualifier)], body


@pytest.mark.parametrize("sentence, expected", [
    ("Purchases via the Shanghai link totalled a net HK$4.15 billion, while the Shenzhen link saw net inflows of "
     "HK$2.17 billion.", [("Shanghai link", 4.15e9), ("Shenzhen link", 2.17e9)]),
    ("Southbound trading via the Shanghai connect saw net buying of HK$4.15 billion.", [("Shanghai connect", 4.15e9)]),
    ("Net buying via the Shanghai link came to HK$4.15 billion.", [("Shanghai link", 4.15e9)]),
    ("Net selling via the Shenzhen link came to HK$1.1 billion.", [("Shenzhen link", -1.1e9)]),
    # a stock's flow through one link stays the stock's
    ("Harbor Lights received net buying of HK$1.1 billion via the Shanghai link.", [("Harbor Lights", 1.1e9)]),
])
def test_one_leg_of_a_flow_channel_owns_its_flow(sentence, expected):
    got = [(s, v) for s, metric, v, _ in amounts(sentence) if metric == "net_inflow"]
    assert got == [(name, pytest.approx(value)) for name, value in expected]


def test_a_figure_over_last_year_is_no_figure_of_the_year_so_far():
    got = amounts("南向资金今年以来累计净买入3125亿港元，去年全年为8087亿港元。")
    assert [v for _, _, v, _ in got] == [3125e8, 8087e8]
    facts = sentence_facts("南向资金今年以来累计净买入3125亿港元，去年全年为8087亿港元。", "a", load_reference())
    assert [f.qualifier for f in facts] == ["ytd", "earlier"]
    assert [(v, q) for _, _, v, q in moves("Harbor Lights, which surged 50% last year, fell 2%.")] == [
        (50.0, "earlier"), (-2.0, "")]
    # a record's reach is no period
    assert [(v, q) for _, _, v, q in moves("Harbor Lights rose 2%, its best day since last year.")] == [(2.0, "")]


@pytest.mark.parametrize("sentence, expected", [
    ("The Harbor Index rose 1.3 per cent at the close, capping a weekly gain of 2.8 per cent.",
     [("Harbor Index", 1.3, "close"), ("Harbor Index", 2.8, "weekly")]),
    ("Harbor Lights fell 2%, marking its third straight loss of more than 1%.", [("Harbor Lights", -2.0, "")]),
])
def test_a_participle_that_caps_or_marks_the_subjects_run_keeps_its_subject(sentence, expected):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == expected


@pytest.mark.parametrize("body, qualifiers", [
    ("Harbor Chip ETF (HCHP) took in $412 million of net inflows on Thursday.", ["previous_session"]),
    ("南向资金周四净买入63.2亿港元。", ["previous_session"]),
    ("3月19日，南向资金净买入5亿港元。", ["earlier"]),
    ("南向资金今日净买入10亿港元。", [""]),
    # the day after the amount a figure moved from is that amount's
    ("Turnover rose to HK$241.6 billion from HK$205.3 billion on Thursday.", [""]),
])
def test_a_flow_or_turnover_of_another_day_is_that_days(body, qualifiers):
    got = [f for f in published("Flows", body, "2026-03-20 13:10") if f.metric in ("net_inflow", "turnover")]
    assert [f.qualifier for f in got] == qualifiers


@pytest.mark.parametrize("sentence, expected", [
    ("The Harbor Chip ETF (HCHP) rose a more modest 1.3%.", [(1.3, "")]),
    ("HCHP posted a more modest 1.3% gain.", [(1.3, "")]),
    ("HCHP has returned 11.4% so far this year.", [(11.4, "ytd")]),
    ("HCHP fell 3.2% last month.", [(-3.2, "monthly")]),
    ("Harbor Lights has risen 40% since the Fed meeting.", [(40.0, "earlier")]),
    ("Harbor Lights has climbed 25% since the start of March.", [(25.0, "monthly")]),
    ("The rally followed a 14% jump in Harbor Lights over the prior five sessions.", [(14.0, "streak:5")]),
])
def test_sizes_returns_past_months_and_spans_since_an_event(sentence, expected):
    assert [(v, q) for _, _, v, q in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Australian shares opened 0.4% higher.", [("Australian shares", "AXJO.AU", "index")]),
    ("South Korean shares fell 0.5%.", [("South Korean shares", "KS11.KR", "index")]),
    ("Indian shares fell 0.3%.", []),  # a market without one benchmark: no stock named "Indian"
    ("German stocks rose 1%.", []),
])
def test_a_countrys_stocks_by_its_adjective_are_its_benchmark_or_nothing(sentence, expected):
    got = [f for f in sentence_facts(sentence, "a", load_reference()) if f.metric == "pct_change"]
    assert [(f.subject, f.code, f.kind) for f in got] == expected


def test_contracts_for_a_places_index_are_its_futures():
    assert moves("Contracts for Hong Kong's Hang Seng Index rose 0.5%.") == []
    assert [c for _, c, _, _ in moves("Hong Kong's Hang Seng Index rose 0.5%.")] == ["HSI.HK"]


@pytest.mark.parametrize("sentence, expected", [
    ("星河科技连续三日累计上涨12%。", [(12.0, "streak:3")]),
    ("星河科技此前连续三日上涨12%。", [(12.0, "streak:3")]),
    ("星河科技涨2.6%，此前连续三日累计上涨12%。", [(2.6, ""), (12.0, "streak:3")]),
    ("星河科技连续三日上涨，今日涨2%。", [(2.0, "")]),  # the run said in a clause of its own
])
def test_a_run_of_days_said_before_its_verb_is_the_runs_figure(sentence, expected):
    assert [(v, q) for _, _, v, q in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # an infinitive of result: the day's move, then the week's
    ("The Harbor Index rose 0.6% to notch a weekly gain of 1.9%.", [(0.6, ""), (1.9, "weekly")]),
    # a second predicate of the same subject after words naming no one
    ("Harbor Lights jumped 4.8% for one of the market's bigger gains and has soared more than 20% this month.",
     [(4.8, ""), (20.0, "monthly:at_least")]),
])
def test_a_second_predicate_keeps_its_subject_and_its_own_window(sentence, expected):
    got = moves(sentence)
    assert [(v, q) for _, _, v, q in got] == expected
    assert len({s for s, *_ in got}) == 1


def test_last_traded_is_the_session_so_far_of_the_same_subject():
    assert [(s, v, q) for s, _, v, q in moves("Harbor Lights (01234) opened 8.5% higher after results and last traded "
                                              "up 6.8%.")] == [("Harbor Lights", 8.5, "open"),
                                                               ("Harbor Lights", 6.8, "intraday")]
    # a name between the two figures owns the second
    assert [s for s, *_ in moves("Harbor Lights rose 2% and Oakmont Group fell 1%.")] == ["Harbor Lights",
                                                                                        "Oakmont Group"]


@pytest.mark.parametrize("sentence, expected", [
    ("Harbor Lights was 2% down on the week.", [(-2.0, "weekly")]),
    ("Harbor Lights ended 1.3% up on the day and 2.8% up on the week.", [(1.3, "close"), (2.8, "weekly")]),
])
def test_a_direction_after_its_figure_then_the_period(sentence, expected):
    assert [(v, q) for _, _, v, q in moves(sentence)] == expected


def test_a_two_letter_ticker_beside_a_company_known_only_in_hong_kong_is_its_new_york_listing():
    got = [f for f in sentence_facts("Li Auto (LI) fell 1.6%.", "a", load_reference()) if f.metric == "pct_change"]
    assert [(f.code, f.market) for f in got] == [("LI", "us")]
    got = [f for f in sentence_facts("Li Auto fell 1.6%.", "a", load_reference()) if f.metric == "pct_change"]
    assert [(f.code, f.market) for f in got] == [("02015.HK", "hk")]


def test_the_move_itself_opening_a_clause_is_no_name():
    got = moves("星河芯片ETF（159999）盘中一度涨超3%，随后涨幅有所回落，截至发稿涨1.8%。")
    assert [(s, v) for s, _, v, _ in got] == [("星河芯片ETF", 3.0), ("星河芯片ETF", 1.8)]


@pytest.mark.parametrize("sentence", ["新股方面，星河科技首日上市大涨85%。", "星河科技首日涨85%。", "星河科技上市首日涨85%。"])
def test_a_debut_is_no_part_of_the_name(sentence):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == [("星河科技", 85.0)]


def test_hong_kong_papers_previous_day_is_the_previous_session():
    got = amounts("港股主板全日成交額為2648.36億港元，上日為2312.5億港元。")
    assert [v for _, _, v, _ in got] == [pytest.approx(2648.36e8), pytest.approx(2312.5e8)]
    facts = [f for f in sentence_facts("港股主板全日成交額為2648.36億港元，上日為2312.5億港元。", "a", load_reference())
             if f.metric == "turnover"]
    assert [f.qualifier for f in facts] == ["", "previous_session"]
    assert [(v, q) for _, _, v, q in moves("星河指數上日跌1.2%，今日回升0.8%。")] == [(-1.2, "previous_session"), (0.8, "")]
    assert [(v, q) for _, _, v, q in moves("星河指數較上日收市升0.8%。")] == [(0.8, "")]


def test_a_second_action_after_a_flow_is_no_part_of_it():
    sentence = "Southbound investors bought a net HK$6.3 billion, after selling HK$1.2 billion the previous day."
    assert [v for _, _, v, _ in amounts(sentence)] == [pytest.approx(6.3e9)]  # gross selling: no flow
    sentence = "Southbound investors bought a net HK$6.3 billion, after net selling HK$1.2 billion the previous day."
    facts = [f for f in sentence_facts(sentence, "a", load_reference()) if f.metric == "net_inflow"]
    assert [(f.value, f.qualifier) for f in facts] == [(pytest.approx(6.3e9), ""),
                                                       (pytest.approx(-1.2e9), "previous_session")]


def test_on_track_for_a_weeks_gain_and_a_scene_opened_by_earlier():
    got = moves("The Harbor Index rose 0.45% to 885.21, and was on track for a weekly gain of 1.4%.")
    assert [(s, v, q) for s, _, v, q in got] == [("Harbor Index", 0.45, ""), ("Harbor Index", 1.4, "weekly")]
    got = moves("Earlier in Asia, the Harbor Index closed 0.7% higher.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Index", 0.7)]


def test_accumulated_moves_after_a_weeks_share_it_and_a_premarket_scene_opens_the_sentence():
    got = moves("星河指数本周累跌0.8%，云帆指数累涨2.6%，海港指数累涨1.1%。")
    assert [q for _, _, _, q in got] == ["weekly", "weekly", "weekly"]
    got = moves("美股盘前，星河科技涨超2%，云帆科技跌0.3%。")
    assert [q for _, _, _, q in got] == ["extended:at_least", "extended"]


def test_a_list_of_clauses_after_a_window_shares_it_and_funds_taking_in_money():
    got = moves("HRBR gained 1.9% for the week, OAKM rose 2.6% and PINE slipped 0.4%.")
    assert [q for _, _, _, q in got] == ["weekly", "weekly", "weekly"]
    got = moves("Harbor Lights rose 5% this week, and Oakmont Group fell 1% on Friday.")
    assert [q for _, _, _, q in got] == ["weekly", ""]
    got = amounts("The Harbor Growth ETF (HRBR) led the pack, taking in $6.1 billion.")
    assert [(m, v) for _, m, v, _ in got] == [("net_inflow", pytest.approx(6.1e9))]
    facts = sentence_facts("U.S.-listed ETFs gathered $24.8 billion in the week ended Friday.", "a", load_reference())
    assert [f.qualifier for f in facts if f.metric == "net_inflow"] == ["weekly"]


@pytest.mark.parametrize("sentence, expected", [
    ("港股通今日錄得淨買入29.03億港元。", [("港股通", "HK.SOUTHBOUND")]),
    ("港股通（沪）净买入41.5亿港元。", [("港股通（沪）", "")]),  # one leg: no channel's code
    ("港股通互联网ETF净流入3亿元。", [("港股通互联网ETF", "")]),
])
def test_the_southbound_scheme_named_alone_is_the_channel(sentence, expected):
    facts = [f for f in sentence_facts(sentence, "a", load_reference()) if f.metric == "net_inflow"]
    assert [(f.subject, f.code) for f in facts] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Harbor Lights rose 4.1%, building on a 14% climb over the past five sessions.",
     [("Harbor Lights", 4.1, ""), ("Harbor Lights", 14.0, "streak:5")]),
    ("Harbor Lights fell 2%, extending a 9% selloff this week.",
     [("Harbor Lights", -2.0, ""), ("Harbor Lights", -9.0, "weekly")]),
    ("Harbor Lights posted a 3% dip.", [("Harbor Lights", -3.0, "")]),
    ("Harbor Lights rose 2%, after a 5% pullback in Oakmont Group.",
     [("Harbor Lights", 2.0, ""), ("Oakmont Group", -5.0, "")]),
])
def test_more_nouns_of_a_move_and_the_run_it_builds_on(sentence, expected):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The coal and power sectors fell 1.46 percent and 1.12 percent, respectively.", [("coal", -1.46), ("power", -1.12)]),
    ("The banking and property sectors fell 1.46 percent and 1.12 percent, respectively.",
     [("banking", -1.46), ("property", -1.12)]),
    ("Lithium battery, real estate and coal sectors fell 2.41 percent, 1.87 percent and 1.62 percent, respectively.",
     [("Lithium battery", -2.41), ("real estate", -1.87), ("coal", -1.62)]),
])
def test_a_list_of_sectors_after_its_article_and_before_its_shared_head(sentence, expected):
    got = [f for f in sentence_facts(sentence, "a", load_reference()) if f.metric == "pct_change"]
    assert [(f.subject, f.value) for f in got] == expected
    assert {f.kind for f in got} == {"sector"}


@pytest.mark.parametrize("name", ["Robotics & machinery", "人工智能", "Semiconductors"])
def test_the_taxonomys_own_sector_names_are_sectors(name):
    from briefs.extract.subjects import infer_kind

    assert infer_kind(name) == "sector"


def test_giving_back_part_of_a_rally_is_the_subjects_own_earlier_move():
    got = moves("Harbor Lights — Shares fell 3.2% before the bell, giving back part of a 12% rally last week.")
    assert [(s, v, q) for s, _, v, q in got] == [("Harbor Lights", -3.2, "extended"), ("Harbor Lights", 12.0, "weekly")]


def test_a_moment_opening_a_clause_is_no_name_and_the_subject_carries_on():
    got = sentence_facts("星河指数早盘低开低走，午盘跌0.32%，报3390.12点。", "a", load_reference())
    assert [(f.subject, f.metric, f.value) for f in got] == [("星河指数", "pct_change", -0.32),
                                                             ("星河指数", "level", 3390.12)]


def test_a_commodity_opening_the_last_clause_after_and_is_its_subject():
    got = sentence_facts("The 10-year Treasury yield rose about 4 basis points to 4.25%, and bitcoin traded near $86,500, "
                         "up roughly 1%.", "a", load_reference())
    assert [(f.subject, f.kind, f.value, f.qualifier) for f in got if f.metric == "pct_change"] == [
        ("bitcoin", "commodity", 1.0, "about")]


def test_a_gauge_of_a_quoted_group_and_a_latin_name_the_reference_knows_in_chinese_text():
    got = sentence_facts('A gauge of the "Magnificent Seven" megacaps climbed 1.2%.', "a", load_reference())
    assert [(f.subject, f.kind, f.value) for f in got] == [("Magnificent Seven", "sector", 1.2)]
    assert [(c, v) for _, c, v, _ in moves("ASMPT涨3.2%。")] == [("00522.HK", 3.2)]


def test_each_parts_share_of_a_whole_said_before_is_the_parts():
    sentence = ("Northbound turnover via the Stock Connect schemes totalled 215.6 billion yuan, down from 231.2 billion "
                "yuan on Friday, with the Shanghai link accounting for 108.4 billion yuan and the Shenzhen link for 107.2 "
                "billion yuan.")
    assert [(s, v) for s, _, v, _ in amounts(sentence)] == [
        ("Northbound", pytest.approx(215.6e9)), ("Shanghai link", pytest.approx(108.4e9)),
        ("Shenzhen link", pytest.approx(107.2e9))]
    got = amounts("Turnover was 215.6 billion yuan, with the Shanghai link accounting for 108.4 billion yuan.")
    assert [s for s, *_ in got] == ["Turnover", "Shanghai link"]


def test_a_short_name_in_brackets_after_the_full_name_is_no_ticker():
    got = sentence_facts("Contemporary Amperex Technology (CATL) climbed 1.4%.", "a", load_reference())
    assert [(f.code, f.market) for f in got] == [("300750.SZ", "cn")]


@pytest.mark.parametrize("sentence", ["星河科技高开后一度涨近9%。", "星河科技股价高开后一度涨近9%。"])
def test_the_open_before_a_move_is_no_part_of_the_name(sentence):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == [("星河科技", 9.0, "intraday_high:about")]


def test_the_day_after_a_change_of_turnover_is_its_base():
    got = published("A-shares", "Combined turnover on the Shanghai and Shenzhen exchanges came to 2.34 trillion yuan, "
                    "64 billion yuan more than on Monday.", "2025-09-16 15:32")
    assert [(f.metric, f.qualifier) for f in got] == [("turnover", ""), ("turnover_change", "")]


@pytest.mark.parametrize("sentence, qualifier", [
    ("The Dow gained about 412 points, or 1%, to end near 42,380.", "close"),  # a bound on the points only
    ("The Dow rose 412 points, or about 1%.", "about"),
    ("The Hang Seng Index fell as much as 410 points, or 1.5%, before paring losses.", "intraday_low"),
])
def test_a_bound_on_the_points_before_a_percent(sentence, qualifier):
    assert [q for *_, q in moves(sentence)] == [qualifier]


def test_the_underlying_index_of_futures_is_the_index_and_places_no_later_name():
    got = published("Asian stocks slip", "Japan's Topix slid 0.6%. Contracts on the S&P 500 slipped 0.2% after the "
                    "underlying gauge climbed 0.9% on Monday to close at a record. S&P 500 futures rose 0.3%. In "
                    "corporate news, Quarry Robotics Co. sank 5.1%.", "2026-03-24 10:05")
    assert [(f.subject, f.value, f.market) for f in got if f.metric == "pct_change"] == [
        ("Topix", -0.6, "jp"), ("S&P 500", 0.9, "us"), ("Quarry Robotics Co.", -5.1, "jp")]


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("SMH rose 3.1% on the day, trimming its March decline to about 6%.", -6.0, "monthly:about"),
    ("Apple rose 3%, extending its March gain to 12%.", 12.0, "monthly"),
])
def test_a_months_move_named_by_its_month_is_the_months(sentence, value, qualifier):
    assert [(v, q) for *_, v, q in moves(sentence)][1:] == [(value, qualifier)]


def _markets(sentence: str, last_market: str = "hk") -> list[tuple[str, str]]:
    """(subject, market) of each move of ``sentence`` in an article whose last move was in ``last_market``."""
    from briefs.extract.subjects import ArticleContext

    context = ArticleContext(ref=load_reference())
    context.last_market = last_market
    return [(f.subject, f.market) for f in sentence_facts(sentence, "a", load_reference(), context)]


@pytest.mark.parametrize("sentence, expected", [
    # a scene opening the sentence, a description between it and the name
    ("In Tokyo, chip-testing equipment maker Acme Robotics jumped 4.8 percent and Zeta Motors rose 3.1 percent.",
     [("Acme Robotics", "jp"), ("Zeta Motors", "jp")]),
    # a company named after a city of one market, whatever place the sentence names later
    ("Tokyo Electron sank 4.4 percent, while Xiaomi Corp jumped 5.3 percent in Hong Kong.",
     [("Tokyo Electron", "jp"), ("Xiaomi", "hk")]),
    # a place ending a clause is no scene of the next one's name
    ("Xiaomi Corp jumped 6.1% in Hong Kong, while its rival Transsion fell 2% in Shanghai.",
     [("Xiaomi", "hk"), ("Transsion", "cn")]),
    # Europe's markets are none of the desk's
    ("London opened 0.3 percent lower, while Paris and Frankfurt each lost 0.2 percent.",
     [("London", "global"), ("Paris", "global"), ("Frankfurt", "global")]),
    ("Germany's DAX climbed 1.1%, and Britain's FTSE 100 rose 0.4%.", [("DAX", "global"), ("FTSE 100", "global")]),
])
def test_where_a_name_the_reference_lacks_trades(sentence, expected):
    assert _markets(sentence) == expected


def test_korean_chipmakers_are_known_in_both_languages():
    got = sentence_facts("Samsung Electronics advanced 2.4 percent, and chipmaker SK hynix jumped 4.8 percent.", "a",
                         load_reference())
    assert [(f.code, f.market, f.value) for f in got] == [("005930.KR", "kr", 2.4), ("000660.KR", "kr", 4.8)]
    assert [(c, v) for _, c, v, _ in moves("三星电子涨2.4%，SK海力士涨4.8%。")] == [("005930.KR", 2.4), ("000660.KR", 4.8)]


@pytest.mark.parametrize("sentence, qualifier", [
    ("中科曙光此前两个交易日累计上涨6.5%。", "streak:2"),
    ("中科曙光前两个交易日涨6.5%。", "streak:2"),  # a span of days right before the move is the move's
    ("北交所方面，艾能聚大跌8.6%，此前三个交易日累计涨幅达41%。", "streak:3"),
    ("中科曙光上个交易日上涨6.5%。", "previous_session"),
    ("此前一个交易日，中科曙光涨6.5%。", "previous_session"),
])
def test_the_trading_days_before_are_no_days_move(sentence, qualifier):
    assert moves(sentence)[-1][3] == qualifier


def test_a_bullets_previous_session_without_its_article_and_the_legs_of_a_channel():
    got = published("HK stocks end higher", "** Turnover HK$245.6 bln vs HK$212.3 bln previous session",
                    "2026-03-23 16:35")
    assert [(f.value, f.qualifier) for f in got if f.metric == "turnover"] == [
        (pytest.approx(245.6e9), ""), (pytest.approx(212.3e9), "previous_session")]
    got = sentence_facts("南向资金今日净买入89.05亿港元，其中港股通（沪）净买入51.2亿港元，港股通（深）净买入37.85亿港元。", "a",
                         load_reference())
    assert [f.market for f in got] == ["hk", "hk", "hk"]


def test_the_citys_benchmark_and_a_compared_index_with_its_own_relative_clause():
    got = published("Hong Kong stocks drop", "The Hang Seng Index dropped 0.8%. The city's benchmark has gained 14% this "
                    "year, outperforming the CSI 300 Index, which is down 1.5% over the same period.", "2026-03-25 16:30")
    assert [(f.code, f.value, f.qualifier) for f in got if f.metric == "pct_change"] == [
        ("HSI.HK", -0.8, ""), ("HSI.HK", 14.0, "ytd"), ("000300.SH", -1.5, "ytd")]
    # the index compared with, and no clause of its own, is still no subject
    assert "000300.SH" not in [c for _, c, _, _ in moves("Tencent rose 2%, outperforming the CSI 300 Index and gaining "
                                                          "1.5% on the week.")]


def test_so_far_this_week_is_no_part_of_a_name():
    assert [(c, v, q) for _, c, v, q in moves("恒指昨日跌1.1%，本周至今累升2.3%。")] == [
        ("HSI.HK", -1.1, "previous_session"), ("HSI.HK", 2.3, "weekly")]


def test_over_the_week_and_the_same_period_said_in_the_same_sentence():
    got = published("Tech ETFs lead", "Year to date, XLK is up 6.4%. Among individual names, Oracle jumped 9.7% over "
                    "the week, and ExxonMobil slid 3.1% in the same period.", "2026-03-23 09:10")
    assert [(f.code, f.qualifier) for f in got] == [("XLK.US", "ytd"), ("ORCL.US", "weekly"), ("XOM.US", "weekly")]


def test_names_after_the_de_of_a_clause_describing_their_previous_day():
    assert [(s, v) for s, _, v, _ in moves("個股方面，前一交易日漲幅居前的寒武紀、海光信息，當日分別上漲2.65%和1.98%。")] == [
        ("寒武紀", 2.65), ("海光信息", 1.98)]


@pytest.mark.parametrize("sentence", [
    "Zeta Chip Fund (ZCF) jumped 10.9%, but shed $220 million in outflows as traders took profits.",
    "Zeta Chip Fund (ZCF) jumped 10.9% but shed $220 million in outflows.",
    "Zeta Chip Fund (ZCF) jumped 10.9%, while drawing $220 million of inflows.",
])
def test_a_flow_continuing_a_moves_clause_is_that_names(sentence):
    got = [(f.subject, f.code) for f in sentence_facts(sentence, "a", load_reference()) if f.metric == "net_inflow"]
    assert got == [("Zeta Chip Fund", "ZCF")]  # never "but", "drawing" or the clause before as a name


@pytest.mark.parametrize("sentence, subject", [
    ("Shares related to computing power led the gains, with the sector index surging 4.36 percent.", "computing power"),
    ("Computing power shares led the gains, with the sector index surging 4.36 percent.", "Computing power shares"),
    ("Chip stocks rallied, with the sub-index up 3.2 percent.", "Chip stocks"),
])
def test_the_sector_pointed_at_is_the_group_the_sentence_named(sentence, subject):
    got = [(f.subject, f.kind) for f in sentence_facts(sentence, "a", load_reference()) if f.metric == "pct_change"]
    assert got == [(subject, "sector")]


def test_a_sector_pointer_never_names_a_company_nor_itself():
    got = sentence_facts("Apple shares rose 2%, with the sector up 1%.", "a", load_reference())
    assert [(f.subject, f.value) for f in got] == [("Apple", 2.0)]


def test_each_item_of_a_leading_list_without_a_serial_comma():
    got = sentence_facts("Banks, insurers and brokers led gains, rising 4.2 percent, 3.1 percent and 2.6 percent, "
                         "respectively.", "a", load_reference())
    assert [f.subject for f in got if f.metric == "leader"] == ["Banks", "insurers", "brokers"]
    got = sentence_facts("Air transport, food producers, and medicine and biological products led the losses, the "
                         "sub-indices falling 1%, 2% and 3%, respectively.", "a", load_reference())
    assert [(f.subject, f.value) for f in got if f.metric == "pct_change"] == [
        ("Air transport", -1.0), ("food producers", -2.0), ("medicine and biological products", -3.0)]


def test_a_hong_kong_code_with_its_exchange_after_a_colon_and_an_inverted_clause_with_a_trade():
    got = moves("Leading the upside was tool-maker Techtronic (0669:HK), up 1.8%, followed by Xinyi Solar (0968:HK), "
                "up 1.7%.")
    assert [(c, v) for _, c, v, _ in got] == [("00669.HK", 1.8), ("00968.HK", 1.7)]
    assert [(s, v) for s, _, v, _ in moves("On the downside was garment-maker Li Ning, off 9.1%.")] == [("Li Ning", -9.1)]


@pytest.mark.parametrize("title, body, code", [
    ("Hong Kong stocks close higher", "The Hang Seng Index rose 1%. BYD rose 3.4 per cent.", "01211.HK"),
    ("China stocks close higher", "The Shanghai Composite Index rose 1%. BYD rose 3.4 per cent.", "002594.SZ"),
    ("港股收评", "恒生指数涨1%。潍柴动力涨5.34%。", "02338.HK"),
    ("A股收评", "上证指数涨1%。潍柴动力涨5.34%。", "000338.SZ"),
])
def test_a_name_both_listings_share_takes_the_articles_market(title, body, code):
    got = published(title, body, "2026-03-27 16:10")
    assert [f.code for f in got if f.metric == "pct_change"][-1] == code


@pytest.mark.parametrize("sentence", ["創指報1536.60點，跌0.64%。", "创指跌0.64%。"])
def test_the_taiwan_and_hong_kong_short_name_of_the_chinext_index(sentence):
    assert [(c, v) for _, c, v, _ in moves(sentence)] == [("399006.SZ", -0.64)]
    assert [c for _, c, _, _ in moves("双创指数涨1%。")] == [""]  # no index inside another's name


def test_a_known_name_that_a_longer_one_opens_is_not_the_next_clauses_subject():
    got = moves("成分股中，快手涨4.2%，京东健康涨幅居前，涨6.1%。")
    assert [(s, c, v) for s, c, v, _ in got] == [("快手", "01024.HK", 4.2), ("京东健康", "", 6.1)]
    assert [(c, v) for _, c, v, _ in moves("京东涨幅居前，涨6.1%。")] == [("09618.HK", 6.1)]


def test_a_fund_a_chinese_text_names_trades_in_yuan_whatever_the_article_holds():
    got = published("恒生科技ETF盘中涨超2%", "成分股中，快手涨4.2%，哔哩哔哩涨3.1%。全市场ETF今日合计成交额3650亿元。",
                    "2026-03-27 10:35")
    assert [(f.subject, f.unit) for f in got if f.metric == "turnover"] == [("全市场ETF", "CNY")]


def _flows(sentence: str) -> list[tuple]:
    return [(f.subject, f.code, f.value) for f in sentence_facts(sentence, "a", load_reference()) if f.metric == "net_inflow"]


@pytest.mark.parametrize("sentence, expected", [
    ("SPDR S&P 500 ETF (SPY, +$11.2 billion) took in more than half of the money, followed by iShares Russell 2000 ETF "
     "(IWM, +$1.1 billion).", [("SPY", "SPY.US", 11.2e9), ("IWM", "IWM.US", 1.1e9)]),
    ("Invesco QQQ Trust (QQQ, -$1.6 billion) had the largest redemptions.", [("QQQ", "QQQ.US", -1.6e9)]),
    ("XLK led outflows with $3 billion.", [("XLK", "XLK.US", -3e9)]),
    ("SPY led inflows with $4.2 billion.", [("SPY", "SPY.US", 4.2e9)]),
    ("Inflows were led by $8 billion of outflows from equity ETFs.", [("equity ETFs", "", -8e9)]),
    ("There was $3 billion of inflows into bond ETFs.", [("bond ETFs", "", 3e9)]),
])
def test_the_shapes_of_fund_flow_reports(sentence, expected):
    assert _flows(sentence) == [(s, c, pytest.approx(v)) for s, c, v in expected]


def test_a_weekly_flow_report_and_a_named_week():
    got = published("Weekly ETF Inflows See Rare Retreat", "XLK led outflows with $3 billion. The Russell 2000 returned "
                    "6.2% for the fund-flows week, and the NASDAQ Composite (+1.4%) lagged.", "2026-03-27 20:30")
    assert [(f.code, f.qualifier) for f in got] == [("XLK.US", "weekly"), ("RUT.US", "weekly"), ("IXIC.US", "weekly")]
    # a day's wrap that mentions its week stays the day's
    got = published("Stocks end higher, post weekly gain", "SPY rose 1.2%.", "2026-03-27 20:30")
    assert [f.qualifier for f in got] == ["intraday"]


@pytest.mark.parametrize("sentence, expected", [
    ("The Harbor Quality ETF (Symbol: HBQ) stands out with a $3.1 billion inflow.", [("Harbor Quality ETF", "HBQ", 3.1e9)]),
    ("QQQ experienced a $5.2 billion outflow on Friday, the most since 2000.", [("QQQ", "QQQ.US", -5.2e9)]),
])
def test_a_flow_whose_noun_follows_its_amount(sentence, expected):
    assert _flows(sentence) == [(s, c, pytest.approx(v)) for s, c, v in expected]


def test_a_change_in_a_funds_units_is_no_move():
    assert moves("The biggest outflow was seen in the SPDR S&P 500 ETF Trust, where 14,550,000 units were destroyed, "
                 "or a 1.7% decrease week over week.") == []


def test_a_label_before_a_colon_names_the_window_of_its_figures():
    got = published("银行ETF早盘走高", "近1月表现：中证银行指数累计下跌4.6%；近3月表现：中证银行指数下跌6.8%；近1年表现：中证银行指数"
                    "累计上涨3.0%。本周：沪深300指数涨1.2%。截至9:57：汽车ETF涨3.45%。", "2026-03-23 10:02")
    assert [(f.value, f.qualifier) for f in got] == [(-4.6, "monthly"), (-6.8, "months:3"), (3.0, "yearly"),
                                                     (1.2, "weekly"), (3.45, "intraday:09:57")]


@pytest.mark.parametrize("sentence", ["基日以来年化表现：中证银行指数年化涨幅为10.1%。",
                                      "The index has delivered an annualized return of 12.4% since inception."])
def test_an_annualised_return_is_no_move(sentence):
    assert moves(sentence) == []


def test_flows_listed_before_the_ranking_they_make():
    got = published("ETF周报", "上周恒生科技ETF、短融ETF星河、科创50ETF分别以36.12亿元、30.05亿元、28.47亿元位列资金流入前三。"
                    "沪深300ETF、中证500ETF分别以12.3亿元、8.1亿元位居净流出前二。", "2026-03-23 08:30")
    assert [(f.subject, f.value) for f in got if f.metric == "net_inflow"] == [
        ("恒生科技ETF", pytest.approx(36.12e8)), ("短融ETF星河", pytest.approx(30.05e8)), ("科创50ETF", pytest.approx(28.47e8)),
        ("沪深300ETF", pytest.approx(-12.3e8)), ("中证500ETF", pytest.approx(-8.1e8))]


@pytest.mark.parametrize("sentence, subject, code", [
    ("香港证券指数（中证香港证券投资主题指数）下跌2.1%。", "香港证券指数", ""),
    ("星河科技（原名星河电子）涨3%。", "星河科技", ""),
    ("Harbor Lights (formerly Harbor Tech) fell 2.1%.", "Harbor Lights", ""),
    ("Harbor Lights (a unit of Zeta Group) fell 2.1%.", "Harbor Lights", ""),
    # a code in brackets stays the name's code
    ("The Materials Select Sector SPDR ETF (Symbol: XLB) is up 0.8%.", "Materials Select Sector SPDR ETF", "XLB.US"),
    ("恒生科技指数（代码：HSTECH）上涨1.06%。", "恒生科技指数", "HSTECH.HK"),
])
def test_an_aside_in_brackets_between_a_name_and_its_verb(sentence, subject, code):
    assert [(s, c) for s, c, _, _ in moves(sentence)] == [(subject, code)]


@pytest.mark.parametrize("sentence, value", [
    ("ZHONGSHENG HLDG (00881.HK) eroded 3%.", -3.0), ("LI NING (02331.HK) faded over 2%.", -2.0),
    ("PING AN (02318.HK) wobbled over 2%.", -2.0), ("CITIC SEC (06030.HK) rocketed 8.9%.", 8.9),
])
def test_aastocks_verbs_of_a_move(sentence, value):
    assert [v for *_, v, _ in moves(sentence)] == [value]


def test_a_half_day_reports_close_is_the_mornings_in_every_figure():
    got = published("The Half-Day Report: The Hang Seng Index rose 290 points",
                    "The Hang Seng Index closed at 27,055 points, up 290 points or 1.1%.", "2026-03-19 12:10")
    assert sorted((f.metric, f.qualifier) for f in got) == [
        ("level", "intraday"), ("pct_change", "intraday"), ("point_change", "intraday")]


@pytest.mark.parametrize("title, body, code", [
    ("The Half-Day Report", "The Hang Seng Index rose 1%. ZTE rose 4.8%. HANG LUNG PPT fell 4%.", ("00763.HK", "00101.HK")),
    ("A股收评", "上证指数涨1%。ZTE rose 4.8%. 中兴通讯涨3%。", ("000063.SZ", "000063.SZ")),
])
def test_zte_takes_the_articles_listing_and_hang_lung_properties_is_known(title, body, code):
    got = published(title, body, "2026-03-19 15:10")
    assert tuple(f.code for f in got if f.metric == "pct_change")[1:] == code


def test_southbound_stocks_named_after_shi_then_their_flows_respectively():
    got = amounts("北水净买入最多的个股是腾讯、美团、小米集团，分别获净买入12.3亿、5.6亿、4.1亿港元。")
    assert [(s, v) for s, _, v, _ in got] == [("腾讯", pytest.approx(12.3e8)), ("美团", pytest.approx(5.6e8)),
                                             ("小米集团", pytest.approx(4.1e8))]


@pytest.mark.parametrize("sentence", ["腾讯和美团获净买入12.3亿港元和5.6亿港元。",
                                      "Tencent and Meituan took in HK$1.2 billion and HK$560 million, respectively.",
                                      "Southbound investors bought a net HK$1.2 billion of Tencent and HK$560 million of "
                                      "Meituan."])
def test_each_name_its_own_amount_in_order(sentence):
    # each name had been given each amount; "of Tencent" had been the whole channel's
    assert [(c, v) for _, c, v, _ in [(f.subject, f.code, f.value, f.unit) for f in sentence_facts(
        sentence, "a", load_reference()) if f.metric == "net_inflow"]] == [
        ("00700.HK", pytest.approx(12.3e8 if "亿" in sentence else 1.2e9)),
        ("03690.HK", pytest.approx(5.6e8))]


def test_names_given_several_amounts_without_a_pairing_get_none():
    # two names, three amounts: which is whose is unknown (each name had been given each amount)
    assert amounts("腾讯和美团获净买入12.3亿港元、5.6亿港元和4.1亿港元。") == []


@pytest.mark.parametrize("sentence, subject", [
    ("3月23日港股市场，北水成交净买入89.05亿港元，连续12日净买入。", "北水"),  # the market is the scene, not a flow's owner
    ("港股通(沪)成交净买入51.2亿港元。", "港股通(沪)"),
])
def test_a_channels_flow_with_the_market_as_its_scene(sentence, subject):
    assert [s for s, *_ in amounts(sentence)] == [subject]


def test_it_in_capitals_is_the_sector_not_the_pronoun():
    got = sentence_facts("Sub-indices: financials -0.4%, property -1.3%, IT +0.2%.", "a", load_reference())
    assert [(f.subject, f.kind, f.value) for f in got] == [
        ("financials", "sector", -0.4), ("property", "sector", -1.3), ("IT", "sector", 0.2)]  # IT's had been property's
    assert [(s, v) for s, _, v, _ in moves("Tencent rose 2%, and it gained 1% on Monday.")] == [
        ("Tencent", 2.0), ("Tencent", 1.0)]


def test_xinhuas_sub_index_for_a_sector():
    got = sentence_facts("The sub-index for commerce and industry fell 0.52 percent, the sub-index for finance went down "
                         "0.31 percent, and the sub-index for properties decreased 0.88 percent, while the sub-index for "
                         "utilities rose 0.2 percent.", "a", load_reference())
    assert [(f.subject, f.kind, f.value) for f in got] == [
        ("commerce and industry", "sector", -0.52), ("finance", "sector", -0.31), ("properties", "sector", -0.88),
        ("utilities", "sector", 0.2)]
    # "the sub-index of the Hang Seng tracking energy shares" stays what it tracks
    assert [s for s, *_ in moves("The sub-index of the Hang Seng tracking energy shares dipped 0.4%.")] == ["energy"]


def test_a_sessions_high_says_nothing_of_when_turnover_was_counted():
    got = sentence_facts("截至收盘，科创50ETF（588000）涨2.1%，盘中最高涨3.5%，成交额突破40亿元。", "a", load_reference())
    assert [(f.metric, f.qualifier) for f in got] == [
        ("pct_change", "close"), ("pct_change", "intraday_high"), ("turnover", "at_least")]
    assert [f.qualifier for f in sentence_facts("科创50ETF盘中涨2.1%，成交额突破40亿元。", "a", load_reference())
            if f.metric == "turnover"] == ["intraday:at_least"]


def test_the_tracked_index_word_is_no_part_of_its_name():
    assert [s for s, *_ in moves("港股通互联网ETF（513040）涨2.8%，跟踪指数中证港股通互联网指数涨2.6%。")] == [
        "港股通互联网ETF", "中证港股通互联网指数"]


def test_a_clause_describing_the_session_then_slightly_keeps_its_own_subject():
    # "，微跌0.15%" after "贵州茅台全天窄幅震荡": the name before the comma, not the sentence's first subject
    got = moves("宁德时代收涨3.2%；贵州茅台全天窄幅震荡，微跌0.15%。")
    assert [(s, v) for s, _, v, _ in got] == [("宁德时代", 3.2), ("贵州茅台", -0.15)]
    assert [(s, v) for s, _, v, _ in moves("宁德时代收涨3.2%，微涨0.15%。")] == [("宁德时代", 3.2), ("宁德时代", 0.15)]
    assert [s for s, *_ in moves("士兰微涨3%。")] == ["士兰微"]  # a name ending in 微 keeps it


@pytest.mark.parametrize("sentence", ["恒生科技指数午盘收跌1.12%，报5612.33点。", "恒指早市收跌1.12%，报23612点。",
                                      "恒指上午收跌1.12%，报23612点。"])
def test_the_morning_sessions_close_is_intraday(sentence):
    got = sentence_facts(sentence, "a", load_reference())
    assert [(f.metric, f.qualifier) for f in got] == [("pct_change", "intraday"), ("level", "intraday")]
    assert [f.qualifier for f in sentence_facts("恒指收跌1.12%，报23612点。", "a", load_reference())] == ["close", "close"]


@pytest.mark.parametrize("sentence, subject", [
    ("The MSCI Asia-Pacific index excluding Japan rose 0.7%.", "MSCI Asia-Pacific index excluding Japan"),
    ("A Harbor Lights gauge outside Japan slipped 0.7%.", "Harbor Lights gauge outside Japan"),
])
def test_an_index_named_by_the_market_it_leaves_out(sentence, subject):
    assert [s for s, *_ in moves(sentence)] == [subject]  # not "Japan"


def test_a_wires_gmt_clock_makes_the_clauses_figures_intraday():
    got = sentence_facts("Spot gold was up 0.4% at $2,345.10 per ounce by 0230 GMT.", "a", load_reference())
    assert [(f.metric, f.qualifier) for f in got] == [("pct_change", "intraday"), ("level", "intraday")]
    # a figure another clause stands between keeps its own moment; a commodity's price is its move's moment
    got = sentence_facts("Brent crude futures settled up 46 cents, or 0.6%, at $74.20 a barrel, while spot gold rose 0.2% "
                         "by 0230 GMT.", "a", load_reference())
    assert [(f.subject, f.metric, f.qualifier) for f in got] == [
        ("Brent crude", "pct_change", "close"), ("spot gold", "pct_change", "intraday"), ("Brent crude", "level", "close")]


@pytest.mark.parametrize("sentence, value", [
    ("Harbor Lights bucked the trend, inching up 0.1%, helped by miners.", 0.1),
    ("Harbor Lights bucked the trend, drifting higher by 0.1%.", 0.1),
    ("Harbor Lights lagged, edging lower by 0.3%.", -0.3),
    ("Harbor Lights bucked the trend, creeping up 0.1%.", 0.1),
    ("In currencies, Harbor Lights was 0.3% stronger at 7.80.", 0.3),
])
def test_slow_motion_participles_and_stronger_are_verbs_not_names(sentence, value):
    assert [(s, v) for s, _, v, _ in moves(sentence)] == [("Harbor Lights", value)]


def test_a_weekly_course_after_a_wire_clock_keeps_the_subject():
    got = moves("The Nikkei was down 0.9% by 0620 GMT, on course for a weekly loss of 1.6%.")
    assert [(s, v, q) for s, _, v, q in got] == [("Nikkei", -0.9, "intraday"), ("Nikkei", -1.6, "weekly")]


def test_the_day_before_opening_a_clause_then_a_pointer():
    got = moves("个股方面，星河电子跌2.12%，此前一个交易日该股曾大涨5.6%；云帆科技则逆市微涨0.3%。")
    assert [(s, v, q) for s, _, v, q in got] == [
        ("星河电子", -2.12, ""), ("星河电子", 5.6, "previous_session"), ("云帆科技", 0.3, "")]


def test_money_got_by_a_headlines_mover():
    got = sentence_facts("星河ETF涨近2% 近5日获资金净流入超3亿元", "a", load_reference())
    assert [(f.subject, f.metric) for f in got] == [("星河ETF", "pct_change"), ("星河ETF", "net_inflow")]
    assert amounts("近5日获资金净流入3亿元") == []  # the getting names nobody


def test_a_company_listed_in_shanghai_and_hong_kong_trades_where_the_report_is():
    hk = published("港股午评：恒指半日跌0.62%", "截至午间收盘，恒生指数跌0.62%。煤炭股逆势走强，中国神华涨逾2%，兖矿能源涨1.8%。",
                   "2026-03-27 12:05")
    a = published("收评：沪指跌0.47%", "截至收盘，沪指跌0.47%。煤炭股拉升，中国神华涨2.35%，兖矿能源涨1.1%。", "2026-03-27 15:08")
    assert [f.code for f in hk if f.kind == "stock"] == ["01088.HK", "01171.HK"]
    assert [f.code for f in a if f.kind == "stock"] == ["601088.SH", "600188.SH"]


def test_overnight_on_wall_street_in_an_asian_report_is_the_session_before():
    got = moves("Overnight, the Nasdaq Composite closed down 1.9%, the S&P 500 lost 1.1% and the Dow fell 0.6%.")
    assert {q for *_, q in got} == {"previous_session"}
    assert [q for *_, q in moves("Overnight, the Nikkei closed down 1.9%.")] == ["close"]  # Tokyo's own day


@pytest.mark.parametrize("sentence, code", [
    ("Hong Kong's Hang Seng index dropped 0.8%, with tech names such as Alibaba and Tencent each falling about 1.5%.",
     "09988.HK"),
    ("In Hong Kong, Alibaba fell 1.5%.", "09988.HK"),
    ("The Nasdaq rose 1%, while Alibaba's ADRs fell 1.5%.", "BABA.US"),
])
def test_a_name_listed_twice_takes_the_scene_the_sentence_sets(sentence, code):
    assert [c for s, c, *_ in moves(sentence) if s.startswith("Alibaba")] == [code]


def test_a_quarter_said_as_季内_is_the_quarters():
    assert [q for *_, q in moves("恒指季内累跌5.6%，为连续第二个季度下跌。")] == ["quarterly"]


@pytest.mark.parametrize("sentence, value", [
    ("Redemptions from the Harbor Lights ETF (HBLX) totaled $412 million.", -412e6),
    ("Outflows from the Harbor Lights ETF (HBLX) reached $1.1 billion.", -1.1e9),
])
def test_redemptions_from_a_fund_are_its_outflow(sentence, value):
    assert [(s, m, v) for s, m, v, _ in amounts(sentence)] == [("Harbor Lights ETF", "net_inflow", value)]


def test_a_theme_of_shares_names_its_fund():
    assert [(s, v) for s, _, v, _ in moves("ETF收评 | 黄金股ETF涨超5%，游戏ETF跌逾3%")] == [("黄金股ETF", 5.0), ("游戏ETF", -3.0)]
    assert [s for s, *_ in moves("芯片股星河半导体（688999）涨5%。")] == ["星河半导体"]  # a descriptor opens no name, coded or not


def test_a_funds_relative_clause_of_money_added():
    got = amounts("The Harbor Bond ETF (HBND) led all funds with $3.6 billion of inflows, followed by the Tallow Bond "
                  "ETF (TLBD), which added $2.1 billion.")
    assert [(s, v) for s, _, v, _ in got] == [("Harbor Bond ETF", 3.6e9), ("Tallow Bond ETF", 2.1e9)]


def test_a_date_after_a_sources_attribution_and_the_parts_after_it_are_that_days():
    got = published("股票型ETF昨日净流入62.4亿元", "Wind数据显示，4月2日，全市场股票型ETF合计净流入62.4亿元。其中，星河300ETF"
                    "（510399）净流入18.6亿元，居首。", "2026-04-03 08:10")
    assert [(f.subject, f.qualifier) for f in got if f.evidence != "股票型ETF昨日净流入62.4亿元"] == [
        ("全市场股票型ETF", "earlier"), ("星河300ETF", "earlier")]
    # a report of the day itself keeps its figures the day's
    same = published("股票型ETF今日净流入62.4亿元", "Wind数据显示，4月3日，全市场股票型ETF合计净流入62.4亿元。其中，星河300ETF"
                     "（510399）净流入18.6亿元。", "2026-04-03 20:10")
    assert {f.qualifier for f in same} == {""}


@pytest.mark.parametrize("sentence, points, qualifier", [
    ("Dow ends nearly 300 points lower as Treasury yields climb", -300.0, "about"),
    ("The Dow fell more than 300 points.", -300.0, "at_least"),
    ("恒指大跌逾300点，收报25000点。", -300.0, "at_least"),
    ("恒指跌近300点。", -300.0, "about"),
    ("恒指收市跌187點或0.74%，報25176點。", -187.0, "close"),
])
def test_a_change_in_points_keeps_its_bound(sentence, points, qualifier):
    got = [(f.value, f.qualifier) for f in sentence_facts(sentence, "a", load_reference()) if f.metric == "point_change"]
    assert got == [(points, qualifier)]  # "nearly 300 points" had been an exact 300


def test_bitcoin_is_a_global_asset_even_in_a_clause_after_a_yield():
    got = moves("The 10-year Treasury yield rose about 4 basis points to 4.25%, and bitcoin traded near $86,500, up "
                "roughly 1%.")
    assert got == [("bitcoin", "BTC", 1.0, "about")]
    assert [f.market for f in sentence_facts("Australia's S&P/ASX 200 slipped 0.3%, and Bitcoin rose 1.5% to $81,200.",
                                             "a", load_reference()) if f.subject == "Bitcoin"] == ["global"]


@pytest.mark.parametrize("sentence, expected", [
    ("The stock is up 30% this year, outpacing the S&P 500's gain of 3.5%.", [("S&P 500", 3.5, "ytd")]),
    ("The fund has surged 21.4% so far this year, outperforming the S&P 500's 3.5% gain.", [("S&P 500", 3.5, "ytd")]),
    ("Harbor Lights has risen 21% this year, against a 3.5% gain for the S&P 500.",
     [("Harbor Lights", 21.0, "ytd"), ("S&P 500", 3.5, "ytd")]),
])
def test_a_compared_figure_is_over_the_window_of_the_one_before_even_without_its_subject(sentence, expected):
    assert [(s, v, q) for s, _, v, q in moves(sentence)] == expected  # the 3.5% had been the day's move


def test_a_gain_for_a_month_is_the_months_and_the_month_no_name():
    assert [(s, v, q) for s, _, v, q in moves("Harbor Lights posted a 3% gain for March.")] == [
        ("Harbor Lights", 3.0, "monthly")]


@pytest.mark.parametrize("name, kind", [("iShares Gold Trust", "etf"), ("SPDR Gold Trust", "etf"), ("eBay", "stock"),
                                        ("healthcare", "sector")])
def test_a_fund_familys_name_is_a_funds_and_a_camel_cased_name_a_companys(name, kind):
    from briefs.extract.subjects import infer_kind

    assert infer_kind(name, "IAU" if "Trust" in name else "") == kind


def test_a_role_before_a_capitalised_name_is_no_part_of_it():
    assert [s for s, *_ in moves("Developer Henderson Land slipped 1.3 per cent after reporting lower profit.")] == [
        "Henderson Land"]


def test_a_contracts_delivery_month_is_no_window():
    assert [q for *_, q in moves("Gold Futures for December delivery was up 0.56% or 22.70 to $4,060.10 a troy ounce.")] == [""]


def test_a_participle_before_the_verb_of_a_respectively_list_leaves_the_names_before_the_copula():
    got = moves("Among large Utilities stocks, Harbor Power Corp (Symbol: HBP) and Tallow Grid Corp (Symbol: TLG) are "
                "the biggest laggards, trading lower by 4.4% and 3.7%, respectively.")
    assert [(s, c, v) for s, c, v, _ in got] == [("Harbor Power Corp", "HBP", -4.4), ("Tallow Grid Corp", "TLG", -3.7)]


def test_an_industry_opening_a_sentence_in_capitals_is_a_sector():
    got = sentence_facts("Computer, semiconductor and media stocks led the losses, down 2.74 percent, 2.51 percent and "
                         "2.20 percent, respectively.", "a", load_reference())
    assert {(f.subject, f.kind) for f in got if f.metric == "pct_change"} == {
        ("Computer", "sector"), ("semiconductor", "sector"), ("media", "sector")}


def test_names_after_为_then_their_flows_respectively_with_the_unit_once():
    got = amounts("个股方面，3月净买入前三的个股为星河电子、云帆科技和天衡股份，净买入额分别为186.2、143.5和97.4亿港元。")
    assert [(s, v) for s, _, v, _ in got] == [("星河电子", 186.2e8), ("云帆科技", 143.5e8), ("天衡股份", 97.4e8)]


def test_a_one_stock_reports_main_funds_are_the_stocks_and_a_class_of_orders_no_ones():
    got = published("星河电子(688999)：股价连续三日上涨，主力资金净流入5.62亿元",
                    "资金流向方面，今日主力资金净流入5.62亿元，占总成交额7.45%；游资资金净流出2.11亿元；散户资金净流出3.51亿元。",
                    "2026-04-02 15:40")
    assert [(f.subject, f.code, f.value) for f in got if f.metric == "net_inflow"] == [("星河电子", "688999.SH", 5.62e8)]
    assert amounts("主力资金全天净流出89.6亿元。") == [("主力资金", "net_inflow", -89.6e8, "CNY")]  # the market's
    assert amounts("超大单净流入3亿元。") == []


@pytest.mark.parametrize("sentence, kinds", [
    ("行业方面，信息技术、可选消费和医疗保健获净流入居前，分别为512.6、338.1和215.9亿港元。", {"sector"}),
    ("其中港股通（沪）净流入1105.8亿港元，港股通（深）净流入756.5亿港元。", {"market"}),
    ("其中沪股通净买入31.2亿元，深股通净买入25.6亿元。", {"market"}),
])
def test_sectors_of_stock_connect_reports_and_the_channels_legs_are_no_stocks(sentence, kinds):
    assert {f.kind for f in sentence_facts(sentence, "a", load_reference())} == kinds


def test_a_base_turnover_set_against_the_days_is_not_the_days():
    got = amounts("Mainboard turnover was HK$188.2 billion, versus HK$172.5 billion.")
    assert [v for _, _, v, _ in got] == [188.2e9]  # the base had been a second turnover of the day
    dated = published("HK stocks end higher", "Mainboard turnover was HK$188.2 billion, versus HK$172.5 billion on Monday.",
                      "2026-03-24 16:35")  # (a Tuesday)
    assert [(f.value, f.qualifier) for f in dated] == [(188.2e9, ""), (172.5e9, "previous_session")]
    assert amounts("The value of shares traded on the main board was HK$205 billion.") == [
        ("value of shares traded", "turnover", 205e9, "HKD")]


@pytest.mark.parametrize("title, subject", [("Tech Stocks Rebound, MEITUAN-W Surges 5%", "MEITUAN-W"),
                                            ("Banks Rally, HSBC Jumps 3%", "HSBC")])
def test_a_headlines_clause_before_a_comma_is_no_item_of_a_list(title, subject):
    assert [s for s, *_ in moves(title)] == [subject]


def test_a_morning_papers_closes_turnover_and_flows_are_the_session_befores():
    got = published("港股三大指数全线收跌 恒指跌0.83%", "恒生指数收报25301.27点，跌幅0.83%。全日主板成交额为1873.6亿港元。"
                    "中国移动收涨0.64%。南向资金当日净买入41.65亿港元。", "2026-04-17 08:05")
    assert {(f.metric, f.qualifier) for f in got} == {
        ("pct_change", "previous_session"), ("level", "previous_session"), ("turnover", "previous_session"),
        ("net_inflow", "previous_session")}  # each had been the day's (a close, a turnover, a flow of the 17th)
    evening = published("港股三大指数全线收跌 恒指跌0.83%", "恒生指数收报25301.27点，跌幅0.83%。", "2026-04-17 16:20")
    assert {f.qualifier for f in evening} == {"close"}


def test_a_market_past_midnight_before_its_open_had_its_last_session_on_the_day():
    # 23:05 in Beijing is 00:05 the next day in Tokyo: the Nikkei's close is the day's, not the session before's
    from briefs.extract.reference import load_reference as ref

    moment = datetime(2026, 11, 17, 23, 5, tzinfo=ZoneInfo("Asia/Shanghai"))
    article = Article(id="a", origin="t.txt", title="Stocks slip", outlet="Wire", url="", published=moment,
                      body="In Asia, Japan's Nikkei closed down 1.1%.", language="en")
    assert [f.qualifier for f in article_facts(article, ref(), date(2026, 11, 17))] == ["close"]
    # built for the next day, the same close is that day's session before
    assert [f.qualifier for f in article_facts(article, ref(), date(2026, 11, 18))] == ["previous_session"]


def test_tsmc_in_a_wall_street_close_is_its_new_york_listing():
    got = published("U.S. stocks close mixed", "The S&P 500 decreased 0.13 percent. Shares of Taiwan Semiconductor "
                    "Manufacturing Co. rose 2.4 percent.", "2026-04-17 05:20")
    assert [f.code for f in got if f.kind == "stock"] == ["TSM.US"]


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("Harbor Lights slumped by the 20-percent daily limit.", -20.0, "limit_down"),
    ("Harbor Lights posted a 3-per-cent gain.", 3.0, ""),
])
def test_a_hyphened_percent_is_a_percent(sentence, value, qualifier):
    assert [(v, q) for _, _, v, q in moves(sentence)] == [(value, qualifier)]


def test_signed_amounts_in_brackets_under_a_fund_flow_heading():
    got = amounts("个股资金流向方面，星河电子（+8.2亿港元）、云帆科技（+5.6亿港元）、天衡股份（-3.1亿港元）。")
    assert [(s, v) for s, _, v, _ in got] == [("星河电子", 8.2e8), ("云帆科技", 5.6e8), ("天衡股份", -3.1e8)]


def test_a_quote_pages_emptied_tickers_stand_for_nothing():
    got = moves("Alibaba (HK:) (NYSE:) rose 3.32%, Tencent Holdings (HK:) (OTC:) rose 1.44%, and Meituan (HK:) rose 5.24%.")
    assert [(s, v) for s, _, v, _ in got] == [("Alibaba", 3.32), ("Tencent Holdings", 1.44), ("Meituan", 5.24)]


def test_a_base_after_a_days_possessive_is_no_turnover_of_the_day():
    assert [v for _, _, v, _ in amounts("The turnover dropped to HK$86.3 billion from Thursday's HK$107.63 billion.")] == [
        86.3e9]


def test_a_funds_net_value_over_years_is_the_funds_over_that_window():
    assert [(s, q) for s, _, _, q in moves("截至4月20日，星河半導體ETF近3年淨值上漲98.2%。")] == [("星河半導體ETF", "years:3")]


def test_the_closing_bell_says_the_close():
    assert [q for *_, q in moves("By the closing bell, Harbor Lights (06999) surged 15%.")] == ["close"]


@pytest.mark.parametrize("sentence, code", [("Among individual movers, Li Ning jumped 8%.", "02331.HK"),
                                            ("中国海洋石油跌1.9%。", "00883.HK")])
def test_li_ning_and_cnooc_are_reference_rows(sentence, code):
    assert [c for _, c, *_ in moves(sentence)] == [code]


def test_wind_all_a_is_an_index():
    got = sentence_facts("万得全A涨0.52%，中证A500指数涨0.41%。", "a", load_reference())
    assert [(f.subject, f.kind) for f in got] == [("万得全A", "index"), ("中证A500指数", "index")]


@pytest.mark.parametrize("sentence, code", [("The smaller Shenzhen index rose 0.7%.", "399001.SZ"),
                                            ("MSCI's Asia ex-Japan stock index was firmer by 0.35%.", "MSCI.APXJ")])
def test_reuters_names_of_the_shenzhen_component_and_msci_asia_ex_japan(sentence, code):
    assert [c for _, c, *_ in moves(sentence)] == [code]


def test_the_sector_index_points_at_the_sector_the_sentence_opens_with():
    got = sentence_facts("Banks provided some support, with the sector index up 0.7%.", "a", load_reference())
    assert [(f.subject, f.kind, f.value) for f in got] == [("Banks", "sector", 0.7)]
    assert moves("Harbor Lights provided support, with the sector index up 0.7%.") == []  # a company is no sector


def test_limit_or_a_bound_gives_each_name_the_bound_only():
    got = moves("光环新网、润泽科技、中际旭创等多股涨停或涨超10%；")
    assert [(s, v, q) for s, _, v, q in got] == [("光环新网", 10.0, "at_least"), ("润泽科技", 10.0, "at_least"),
                                                  ("中际旭创", 10.0, "at_least")]  # each had also been given +20%, limit up


def test_compared_with_a_rise_is_over_the_same_window():
    got = moves("Xiaomi is up 45% this year, compared with a 12% rise in the Hang Seng.")
    assert [(s, q) for s, _, _, q in got] == [("Xiaomi", "ytd"), ("Hang Seng", "ytd")]  # the 12% had been the day's


@pytest.mark.parametrize("sentence, qualifier", [("两市成交额较前一交易日减少近900亿元。", "about"),
                                                 ("两市成交额较上个交易日放量超1000亿元。", "at_least"),
                                                 ("两市成交额较上个交易日放量1036亿元。", "")])
def test_a_change_of_turnover_keeps_its_bound(sentence, qualifier):
    got = sentence_facts(sentence, "a", load_reference())
    assert [f.qualifier for f in got if f.metric == "turnover_change"] == [qualifier]  # had been exact


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("星河科技涨幅不足1%。", 1.0, "at_most"), ("星河科技跌幅不到1%。", -1.0, "at_most"),
    ("Harbor Lights rose less than 1%.", 1.0, "at_most"), ("Harbor Lights gained upwards of 5%.", 5.0, "at_least"),
])
def test_bounds_from_above_and_upwards_of(sentence, value, qualifier):
    assert [(v, q) for _, _, v, q in moves(sentence)] == [(value, qualifier)]  # "不足1%" had been an exact 1%


@pytest.mark.parametrize("sentence, qualifier", [("星河科技收涨2%有余。", "at_least"),
                                                 ("Harbor Lights rose a little over 2%.", "at_least"),
                                                 ("Harbor Lights rose just under 2%.", "at_most")])
def test_more_bound_words(sentence, qualifier):
    assert [(v, q) for _, _, v, q in moves(sentence)] == [(2.0, qualifier)]


def test_more_than_before_an_amount_is_a_bound_and_a_verbs_by_a_change():
    bound = sentence_facts("Turnover was a little more than 1.2 trillion yuan.", "a", load_reference())
    assert [(f.metric, f.value, f.qualifier) for f in bound] == [("turnover", 1.2e12, "at_least")]  # had been a change
    got = sentence_facts("Turnover rose by more than HK$10 billion from Monday.", "a", load_reference())
    assert [(f.metric, f.qualifier) for f in got] == [("turnover_change", "at_least")]


def test_a_magnitude_alone_under_a_bound_from_above():
    got = sentence_facts("两市成交额不足万亿元。", "a", load_reference())
    assert [(f.metric, f.value, f.qualifier) for f in got] == [("turnover", 1e12, "at_most")]


@pytest.mark.parametrize("sentence, qualifier", [
    ("Earlier this week, Tencent rose 5%.", "earlier"), ("Tencent rose 5% earlier this week.", "earlier"),
    ("Tencent has risen 8% since Monday.", "earlier"), ("Tencent rose 5% in the previous week.", "weekly"),
    ("昨晚美股三大指数收涨，纳指涨1.2%。", "previous_session"),
])
def test_earlier_days_of_the_period_and_last_night(sentence, qualifier):
    assert [q for *_, q in moves(sentence)] == [qualifier]  # each had been the day's, or the week's


@pytest.mark.parametrize("sentence, qualifier", [
    ("恒指今年来累涨18%。", "ytd"), ("恒指年初迄今涨18%。", "ytd"), ("恒指今年迄今上涨18%。", "ytd"), ("恒指今年上涨18%。", "ytd"),
    ("恒指上半年累计上涨18%。", "months:6"), ("恒指今年3月累计下跌2%。", "monthly"), ("去年3月恒指下跌2%。", "earlier"),
])
def test_chinese_years_so_far_halves_and_months_of_a_year(sentence, qualifier):
    assert [q for *_, q in moves(sentence)] == [qualifier]  # each had been the day's move


@pytest.mark.parametrize("sentence, qualifier", [("Tencent is up 10% on the year.", "ytd"), ("Tencent is up 4% on the month.", "monthly"),
                                                 ("Tencent is up 10% for the year.", "ytd"),
                                                 ("Tencent rose 2%, its best day of the year.", "")])
def test_on_or_for_the_year_is_the_year_so_far(sentence, qualifier):
    assert [q for *_, q in moves(sentence)] == [qualifier]


@pytest.mark.parametrize("sentence, kept", [
    ("两市半日成交额8120亿元，预计全天成交1.3万亿元。", [812e9]), ("按此测算，全天成交额有望突破1.5万亿元。", []),
    ("Turnover is expected to reach 2 trillion yuan.", []), ("Turnover was an estimated HK$200 billion.", [200e9]),
    ("星河ETF（588999）涨6.4%，有望录得5连涨，盘中成交额已有2992.79万元。", [29927900.0]),
])
def test_a_forecast_amount_is_no_figure(sentence, kept):
    assert [v for _, _, v, _ in amounts(sentence)] == kept  # a projected full-day turnover had been the day's


@pytest.mark.parametrize("sentence, values", [
    ("Mainboard turnover: HK$210.5bn.", [210.5e9]),  # (lost: the label before the colon)
    ("Trading was light, with HK$150 billion worth of shares changing hands.", [150e9]),
    ("Turnover HK$210.5B (prev HK$198.1B)", [210.5e9]),  # (the previous day's had been the day's too)
])
def test_turnover_labelled_by_a_colon_changing_hands_and_a_previous_in_brackets(sentence, values):
    assert [v for _, _, v, _ in amounts(sentence)] == values


def test_an_unchanged_close_dates_its_level():
    assert [f.qualifier for f in sentence_facts("恒指收平，报25310点。", "a", load_reference())] == ["close"]


@pytest.mark.parametrize("sentence, subject, qualifier", [
    ("开盘半小时，星河ETF涨2.1%。", "星河ETF", "intraday"), ("收盘前半小时，星河ETF跳水，跌2.1%。", "星河ETF", "intraday"),
    ("星河ETF开盘后迅速拉升，涨2.1%。", "星河ETF", ""), ("截至收盘，星河ETF涨2.1%。", "星河ETF", "close"),
])
def test_the_sessions_first_and_last_half_hours(sentence, subject, qualifier):
    assert [(s, q) for s, _, _, q in moves(sentence)] == [(subject, qualifier)]  # 收盘前 had been the close


@pytest.mark.parametrize("sentence, qualifier", [("Tencent was up 2.1% ahead of the close.", "intraday"),
                                                 ("Tencent rose 2.1% shortly after the open.", "intraday"),
                                                 ("Tencent rose 2.1% by the close.", "close")])
def test_before_the_close_and_after_the_open_are_the_session_so_far(sentence, qualifier):
    assert [q for *_, q in moves(sentence)] == [qualifier]


def test_trn_is_a_trillion():
    assert [v for _, _, v, _ in amounts("Turnover was RMB1.2trn.")] == [1.2e12]


def test_percent_points_are_no_move():
    assert moves("Tencent rose 1.2 pct points.") == []  # had been a move of 1.2%
    assert [v for _, _, v, _ in moves("Tencent rose 1.2 pct.")] == [1.2]


def test_a_grey_market_move_is_outside_the_session():
    assert [(s, q) for s, _, _, q in moves("星河电子首日暗盘涨35%。")] == [("星河电子", "extended")]  # had been the day's


@pytest.mark.parametrize("sentence, levels", [
    ("沪指、深成指、创业板指分别报收3352点、10820点、2163点，涨幅分别为0.46%、0.72%、1.02%。",
     [("000001.SH", 3352.0), ("399001.SZ", 10820.0), ("399006.SZ", 2163.0)]),
    ("The Shanghai Composite and the Shenzhen Component closed at 3,352.11 and 10,820.34, respectively.",
     [("000001.SH", 3352.11), ("399001.SZ", 10820.34)]),
])
def test_levels_of_indices_given_respectively(sentence, levels):
    got = sentence_facts(sentence, "a", load_reference())
    assert [(f.code, f.value) for f in got if f.metric == "level"] == levels  # the first had gone to the last index
