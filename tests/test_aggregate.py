"""Aggregation: reconciliation rules one by one, conflicts, and honest empty sections."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from briefs.aggregate import aggregate
from briefs.extract.reference import load_reference
from briefs.records import Article, Fact

DAY = date(2025, 9, 16)
T0 = datetime(2025, 9, 16, 15, 0, tzinfo=timezone(timedelta(hours=8)))


def article(ident: str, minutes: int = 0, outlet: str = "Wire", body: str = "text") -> Article:
    return Article(ident, f"title {ident}", outlet, T0 + timedelta(minutes=minutes), "", "en", body, f"t:{ident}")


def move(art: str, code: str, value: float, qualifier: str = "", sentence: str = "", kind: str = "stock",
         sector: str = "semis") -> Fact:
    ref = load_reference()
    name = ref.instruments[code].name_en
    return Fact(art, name, code, ref.instruments[code].market, kind, "pct_change", value, "%", qualifier,
                sentence or f"{name} {value}% ({art})", sector)


def brief_of(articles, facts):
    brief, _ = aggregate(DAY, articles, facts, load_reference(), market="cn", generated="2025-09-16T16:00:00+00:00")
    return brief


def kept(brief, code):
    for side in ("up", "down"):
        for item in brief.movers["stocks"][side] + brief.movers["etfs"][side]:
            if item["code"] == code:
                return item["pct_change"]
    return None


def test_close_beats_intraday():
    arts = [article("a"), article("b", 5)]
    brief = brief_of(arts, [move("a", "688256.SH", 3.78, "intraday_high"), move("b", "688256.SH", 2.8, "close")])
    figure = kept(brief, "688256.SH")
    assert (figure["value"], figure["qualifier"]) == (2.8, "close")
    assert brief.evidence[figure["evidence"]]["article"] == "b"


def test_exact_beats_over():
    arts = [article("a"), article("b")]
    brief = brief_of(arts, [move("a", "688256.SH", 2.0, "at_least"), move("b", "688256.SH", 2.47)])
    assert kept(brief, "688256.SH")["value"] == 2.47


def test_an_exact_intraday_figure_beats_a_bounded_one_of_the_same_moment():
    # the bounded one is later and as precise: only its rank as a bound puts it after the exact one
    arts = [article("a"), article("b", 5)]
    brief = brief_of(arts, [move("a", "688256.SH", 4.1, "intraday"), move("b", "688256.SH", 3.5, "intraday:at_least")])
    figure = kept(brief, "688256.SH")
    assert (figure["value"], figure["qualifier"]) == (4.1, "intraday")
    # alone, the bounded figure is kept with its bound and its moment
    figure = kept(brief_of([article("a")], [move("a", "688256.SH", 5.0, "intraday:at_least")]), "688256.SH")
    assert (figure["value"], figure["qualifier"]) == (5.0, "intraday:at_least")


def test_a_half_day_turnover_says_so_in_the_key_points_and_yields_to_the_close():
    ref = load_reference()
    market = ref.instruments["CN.MARKET"]

    def turnover(art, value, qualifier):
        return Fact(art, "沪深两市", "CN.MARKET", market.market, "market", "turnover", value, "CNY", qualifier,
                    f"沪深两市成交额{value} ({art})", "")

    brief = brief_of([article("a")], [turnover("a", 6.215e11, "intraday")])
    assert any("621.5 billion CNY (intraday)" in p["text"] for p in brief.points)
    brief = brief_of([article("a"), article("b", 5)], [turnover("a", 1.2e12, ""), turnover("b", 6.215e11, "intraday")])
    (kept_turnover,) = [f for f in brief.flows if f["metric"] == "turnover"]
    assert kept_turnover["value"] == 1.2e12  # the later half-day figure never stands for the day's


def test_more_precise_beats_rounded_and_later_beats_earlier():
    arts = [article("a", 0), article("b", 30), article("c", 60)]
    brief = brief_of(arts, [move("a", "688041.SH", 10.3), move("b", "688041.SH", 10.32), move("c", "688041.SH", 10.31)])
    figure = kept(brief, "688041.SH")
    assert figure["value"] == 10.31  # 10.32 and 10.31 equally precise: the later article wins
    assert brief.conflicts and brief.conflicts[0]["code"] == "688041.SH"


def test_agreeing_sources_are_counted():
    arts = [article("a"), article("b", 1), article("c", 2)]
    brief = brief_of(arts, [move(a.id, "688047.SH", 13.67) for a in arts])
    assert kept(brief, "688047.SH")["sources"] == 3
    assert brief.conflicts == []


def test_conflict_keeps_both_values_and_sources():
    arts = [article("a", outlet="One"), article("b", 5, outlet="Two")]
    brief = brief_of(arts, [move("a", "688041.SH", 10.32, "close"), move("b", "688041.SH", 9.8, "close")])
    (conflict,) = brief.conflicts
    values = sorted(v["value"] for v in conflict["values"])
    assert values == [9.8, 10.32]
    outlets = {brief.evidence[v["evidence"]]["outlet"] for v in conflict["values"]}
    assert outlets == {"One", "Two"}


def test_sector_move_is_its_index_or_etf_never_a_median():
    arts = [article("a")]
    facts = [move("a", "688041.SH", 10.0), move("a", "688047.SH", 4.0), move("a", "688256.SH", -2.0)]
    (semis,) = brief_of(arts, facts).sectors
    assert semis["move"] is None and semis["basis"] == {"kind": "none"}
    assert (semis["up"], semis["down"]) == (2, 1)
    facts.append(move("a", "589100.SH", 1.0, kind="etf"))
    semis = brief_of(arts, facts).sectors[0]
    assert semis["move"] == 1.0 and semis["basis"] == {"kind": "via", "code": "589100.SH", "name": "Sci-Tech Chip ETF", "name_zh": "科创芯片ETF"}
    facts.append(move("a", "931247.CSI", 1.92, kind="index", sector="semis"))
    semis = brief_of(arts, facts).sectors[0]
    assert semis["move"] == 1.92 and semis["basis"]["kind"] == "index"


def test_movers_sorted_and_split_by_kind_and_market():
    arts = [article("a")]
    facts = [move("a", "688041.SH", 10.32), move("a", "688047.SH", 13.67), move("a", "688256.SH", -3.0),
             move("a", "159551.SZ", 3.42, kind="etf", sector="robotics"), move("a", "TSLA.US", 3.56, sector="autos")]
    brief = brief_of(arts, facts)
    assert [i["code"] for i in brief.movers["stocks"]["up"]] == ["688047.SH", "688041.SH"]
    assert [i["code"] for i in brief.movers["stocks"]["down"]] == ["688256.SH"]
    assert [i["code"] for i in brief.movers["etfs"]["up"]] == ["159551.SZ"]
    # no sector figure is stated by an index or a statement; robotics' ETF is: it leads, with its figure
    assert brief.headline["text"].endswith("Robotics & machinery led, Robot ETF (Guotai) +3.42%.")


def test_day_without_facts_gives_empty_sections_not_errors():
    brief = brief_of([article("a", body="Nothing numeric was said today.")], [])
    assert brief.indices == [] and brief.sectors == [] and brief.conflicts == []
    assert brief.movers["stocks"] == {"up": [], "down": []}
    assert brief.headline["text"] == "No market figures were reported for this day."
    assert len(brief.sources) == 1


def test_themes_weigh_outlets_not_keyword_counts():
    spam = article("s", outlet="Promo", body="robotics robotics robotics robotics robot humanoid robotics")
    gold = [article(f"g{i}", i, outlet=f"Outlet {i}", body="Spot gold price hit a record.") for i in range(3)]
    brief = brief_of([spam, *gold], [])
    names = [t["theme"] for t in brief.themes]
    assert names.index("gold") < names.index("robotics")
    gold_theme = brief.themes[names.index("gold")]
    assert (gold_theme["articles"], gold_theme["outlets"]) == (3, 3)


def test_a_limit_move_on_an_assumed_board_says_limit_up_without_a_number():
    # "星河材料涨停": no code and no reference row, so its 10% is the main board's by assumption; a 20cm stock
    # would be +20%. The brief lists it among the limit-ups as "limit up", never ranks it by a number.
    arts = [article("a")]
    facts = [Fact("a", "星河材料", "", "cn", "stock", "pct_change", 10.0, "%", "limit_up", "星河材料涨停。", ""),
             Fact("a", "云帆科技", "300999", "cn", "stock", "pct_change", 20.0, "%", "limit_up", "云帆科技涨停。", ""),
             Fact("a", "ST北辰", "", "cn", "stock", "pct_change", -5.0, "%", "limit_down", "ST北辰跌停。", "")]
    brief = brief_of(arts, facts)
    limit_up = {i["subject"]: i["pct_change"] for i in brief.movers["limit_up"]}
    assert limit_up["星河材料"]["board"] == "assumed" and "board" not in limit_up["云帆科技"]
    assert "board" not in brief.movers["limit_down"][0]["pct_change"]  # ST is 5% whatever the board
    assert [i["subject"] for i in brief.movers["stocks"]["up"]] == ["云帆科技"]
    from briefs.render import environment
    from briefs.wording import said_figure
    assert said_figure(limit_up["星河材料"]) == "limit up"
    html = environment().from_string('{% from "macros.html.j2" import move with context %}{{ move(fig) }}') \
        .render(fig=limit_up["星河材料"], mode="page")
    assert "limit up" in html and "10" not in html


def test_a_bounded_index_high_keeps_its_bound_on_the_page():
    from briefs.render import render_html

    arts = [article("a")]
    facts = [move("a", "000001.SH", 0.3, "close", kind="index", sector=""),
             move("a", "000001.SH", 1.0, "intraday_high:at_least", kind="index", sector="")]
    brief = brief_of(arts, facts)
    (index,) = brief.indices
    assert index["intraday_high"]["value"] == 1.0 and index["intraday_high"]["qualifier"] == "intraday_high:at_least"
    html = render_html(brief, [])
    assert "intraday high &gt;+1%" in html and "+1.00%" not in html


def test_a_rounded_figure_is_no_conflict():
    # "美團升3%" in a title over "升3.2%" in its body, "81亿" over "81.34亿": one figure written with fewer digits
    arts = [article("a", outlet="One"), article("b", 5, outlet="Two")]
    brief = brief_of(arts, [move("a", "688041.SH", 3.2, "close"), move("b", "688041.SH", 3.0, "close")])
    assert kept(brief, "688041.SH")["value"] == 3.2 and brief.conflicts == []
    # a limit-up's 10% is no rounding of 14%: the sources disagree
    brief = brief_of(arts, [move("a", "688041.SH", 14.0, "close"), move("b", "688041.SH", 10.0, "close")])
    assert brief.conflicts and brief.conflicts[0]["code"] == "688041.SH"


@pytest.mark.parametrize("value, kept_value, unit, rounding", [
    (8.1e9, 8.134e9, "HKD", True), (2e11, 2.318e11, "CNY", False), (10.3, 10.31, "%", True),
    (9.8, 10.32, "%", False), (3.0, -3.2, "%", False), (10.0, 14.0, "%", False)])
def test_what_counts_as_a_rounding(value, kept_value, unit, rounding):
    from briefs.aggregate.figures import is_rounding

    assert is_rounding(value, kept_value, unit) is rounding


def test_an_index_high_in_points_is_no_percentage_extreme():
    # "最多升236點" is the session's high in points; the table's extremes are percentages
    arts = [article("a")]
    points = Fact("a", "恒指", "HSI.HK", "hk", "index", "point_change", 236.0, "points", "intraday_high", "恒指最多升236點", "")
    high = replace(move("a", "HSI.HK", 1.1, "intraday_high", kind="index"), kind="index")
    brief = brief_of(arts, [move("a", "HSI.HK", 0.73, "intraday", kind="index"), points])
    (row,) = [i for i in brief.indices if i["code"] == "HSI.HK"]
    assert row["intraday_high"] is None
    brief = brief_of(arts, [move("a", "HSI.HK", 0.73, "intraday", kind="index"), high])
    (row,) = [i for i in brief.indices if i["code"] == "HSI.HK"]
    assert row["intraday_high"]["value"] == 1.1


def test_two_indices_the_reference_lacks_are_two_rows():
    # the STOXX 600's -0.3% had been shown as the VIX's move, beside the VIX's level: one row for every code-less index
    arts = [article("a")]
    facts = [Fact("a", "STOXX 600 index", "", "eu", "index", "pct_change", -0.3, "%", "close", "STOXX 600 down 0.3%", ""),
             Fact("a", "CBOE Volatility Index", "", "us", "index", "pct_change", -4.22, "%", "", "VIX down 4.22%", ""),
             Fact("a", "CBOE Volatility Index", "", "us", "index", "level", 17.21, "points", "", "VIX down 4.22%", "")]
    brief = brief_of(arts, facts)
    rows = {i["name"]: (i["pct_change"]["value"], i["level"] and i["level"]["value"]) for i in brief.indices}
    assert rows == {"STOXX 600 index": (-0.3, None), "CBOE Volatility Index": (-4.22, 17.21)}


def test_a_fund_standing_in_for_a_sector_never_contradicts_what_was_said_of_the_sector():
    arts = [article("a"), article("b", 5)]
    led = Fact("a", "brokerages", "SECTOR.brokers", "cn", "sector", "leader", 1.0, "rank", "", "led by brokerages", "brokers")
    bank_etf = Fact("b", "银行ETF", "512800.SH", "cn", "etf", "pct_change", -0.58, "%", "", "银行ETF跌0.58%", "brokers")
    brief = brief_of(arts, [led, bank_etf])
    (row,) = [s for s in brief.sectors if s["sector"] == "brokers"]
    assert row["leader"]["direction"] == "up" and row["move"] is None and row["basis"] == {"kind": "none"}
    # agreeing, the fund stands in as before
    brief = brief_of(arts, [led, replace(bank_etf, value=0.58)])
    (row,) = [s for s in brief.sectors if s["sector"] == "brokers"]
    assert row["move"] == 0.58 and row["basis"]["kind"] == "via"


def test_an_opening_figure_never_stands_for_the_day_beside_a_later_one():
    # "恒指高开0.45%" from an opening flash had been the table's move beside the close report's 0.8%
    arts = [article("a"), article("b", 400)]
    facts = [move("a", "HSI.HK", 0.45, "open", kind="index"), move("b", "HSI.HK", 0.8, "", kind="index")]
    brief = brief_of(arts, facts)
    (row,) = [i for i in brief.indices if i["code"] == "HSI.HK"]
    assert row["pct_change"]["value"] == 0.8
    facts = [move("a", "HSI.HK", 0.45, "open", kind="index"), move("b", "HSI.HK", 0.6, "intraday", kind="index")]
    (row,) = [i for i in brief_of(arts, facts).indices if i["code"] == "HSI.HK"]
    assert row["pct_change"]["value"] == 0.6


def test_one_exchanges_turnover_on_the_front_page_says_whose_it_is():
    from datetime import datetime, timedelta, timezone

    from briefs.records import Fact
    cst = timezone(timedelta(hours=8))
    said = "沪深两市成交额1.52万亿元，其中沪市成交额6123亿元。"
    piece = Article("a2", "Close", "Wire", datetime(2025, 9, 16, 16, 0, tzinfo=cst), "", "zh", said, "t:2")
    facts = [Fact("a2", "沪深两市", "CN.MARKET", "cn", "market", "turnover", 1.52e12, "CNY", "", said, ""),
             Fact("a2", "沪市", "", "cn", "market", "turnover", 6.123e11, "CNY", "", said, "")]
    for language, expected in (("en", "Turnover and breadth: turnover 1.52 trillion CNY; 沪市 turnover 612.3 billion "
                                      "CNY."),
                               ("zh", "成交与涨跌家数：成交额1.52万亿元，沪市成交额6123亿元。")):
        brief, _ = aggregate(date(2025, 9, 16), [piece], facts, load_reference(), language=language, generated="x")
        assert [p["text"] for p in brief.points] == [expected]


def test_an_industry_written_with_or_without_its_suffix_is_one_row():
    arts = [article("a"), article("b", 5)]
    facts = [Fact("a", "电子行业", "", "cn", "sector", "net_inflow", 52.3e8, "CNY", "", "电子行业获主力资金净流入52.3亿元", ""),
             Fact("b", "电子", "", "cn", "sector", "net_inflow", 52.3e8, "CNY", "", "电子（+52.3亿元）", "")]
    flows = brief_of(arts, facts).flows
    assert [(f["metric"], f["value"], f["sources"]) for f in flows] == [("net_inflow", 52.3e8, 2)]


def test_a_later_markets_move_the_text_dated_to_the_session_before_says_so_once(tmp_path):
    """An Asian wrap's "Overnight, the S&P 500 lost 1.1%": dated by the text and by the market's later session, the
    page says "previous session" once, in the key points and in the index table."""
    import json

    from click.testing import CliRunner

    from briefs.cli import main

    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "wrap.txt").write_text("Asian shares slip\nWire · 2026-03-27 14:40\n\nHong Kong's Hang Seng index dropped 0.8%. "
                                   "Overnight, the S&P 500 lost 1.1%.\n", encoding="utf-8")
    config = tmp_path / "briefs.toml"
    config.write_text('market = "hk"\nlanguage = "en"\nhistory = "off"\ntimezone = "Asia/Hong_Kong"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--config", str(config), "--input", str(feed), "--date", "2026-03-27",
                                       "--out", str(tmp_path / "o"), "--format", "json,html", "--force", "--quiet"])
    assert result.exit_code == 0, result.output
    day = tmp_path / "o" / "2026-03-27"
    points = " ".join(p["text"] for p in json.loads((day / "brief.json").read_text(encoding="utf-8"))["points"])
    assert "S&P 500 -1.10% (previous session)" in points and "(previous session) (previous session)" not in points
    row = next(line for line in (day / "brief.html").read_text(encoding="utf-8").splitlines() if "S&amp;P 500" in line
               and "<tr>" in line)
    assert row.count("previous session") == 1  # the move's own label, no badge beside it
