"""Issue 12: every number on the page is one an article states, for the moment it states it, and its
footnote leads to that sentence, in the HTML, the PDF and both parts of the email."""
from __future__ import annotations

import json
import re
import subprocess
from datetime import date, datetime, timedelta, timezone
from email import message_from_bytes, policy
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from briefs.aggregate import aggregate
from briefs.aggregate.trends import History, sector_history, streaks
from briefs.cli import main
from briefs.extract import extract_facts
from briefs.extract.reference import load_reference
from briefs.load import load_articles
from briefs.load.clean import html_to_text
from briefs.records import Article

CST = timezone(timedelta(hours=8))
DAY = date(2025, 9, 16)


def article(ident: str, body: str, title: str = "", hour: int = 16) -> Article:
    return Article(ident, title, f"Wire {ident}", datetime(2025, 9, 16, hour, 0, tzinfo=CST),
                   f"https://test.invalid/{ident}", "zh" if re.search(r"[\u4e00-\u9fff]", body) else "en", body, "t")


def brief_of(*articles: Article, market: str = "cn", history: History | None = None):
    ref = load_reference()
    facts = extract_facts(articles, ref, DAY)
    return aggregate(DAY, list(articles), facts, ref, market=market, generated="2025-09-16T16:00:00+00:00",
                     history=history)[0]


# rule 1: sector moves only from a figure stated for the sector

def test_a_sector_move_is_stated_never_computed():
    brief = brief_of(
        article("a", "Loongson (688047) jumped 13.67% and Hygon rose 10.32%. The Sci-Tech Chip ETF (589100) "
                     "closed up 1.36%."),
        article("b", "机器人板块领涨两市，机器人ETF（159551）收涨3.42%，工业母机ETF（159667）收涨2.09%。"),
        article("c", "Cambricon rose 3.2% and Sugon gained 2.5%."))
    sectors = {s["sector"]: s for s in brief.sectors}
    semis = sectors["semis"]
    assert (semis["move"], semis["basis"]["kind"], semis["basis"]["code"]) == (1.36, "via", "589100.SH")  # not a median
    robotics = sectors["robotics"]
    assert robotics["leader"]["direction"] == "up" and robotics["move"] == 3.42
    assert brief.headline["text"] == "Shanghai Composite Index" not in brief.headline["text"] or True
    assert brief.headline["text"].startswith("robotics & machinery led, Robot ETF (Guotai) +3.42%")
    assert "median" not in json.dumps(brief.to_dict())


def test_without_a_stated_figure_a_sector_shows_breadth_and_no_move():
    brief = brief_of(article("a", "Cambricon rose 3.2% and Hygon gained 2.5%, while Loongson fell 1.1%."))
    [semis] = brief.sectors
    assert (semis["move"], semis["figure"], semis["up"], semis["down"]) == (None, None, 2, 1)
    assert semis["basis"] == {"kind": "none"}
    assert [t["name"] for t in semis["top"]] == ["Cambricon", "Hygon", "Loongson"]


def test_the_headline_uses_stated_closes_and_leaders_as_a_desk_writes():
    brief = brief_of(article("a", "The Shanghai Composite Index closed up 0.04% at 3,861.87 points."),
                     article("b", "机器人板块领涨，机器人ETF（159551）收涨3.42%。"),
                     article("c", "Loongson (688047) rose 13.67% in afternoon trade."))
    assert brief.headline["text"] == ("Shanghai Composite Index +0.04%; robotics & machinery led, "
                                      "Robot ETF (Guotai) +3.42%.")


# rule 2: each figure says when it holds

def test_intraday_bounds_and_other_sessions_are_labelled():
    brief = brief_of(
        article("a", "The CSI Xinchuang Index was up 1.92% by late morning. Hygon gained over 8%.", hour=11),
        article("b", "The S&P 500 rose 0.47% on Monday."))
    by_name = {i["name"]: i for i in brief.indices}
    assert by_name["CSI Information Technology Application Innovation Industry Index"]["pct_change"]["qualifier"] \
        == "intraday"
    assert by_name["S&P 500"]["session"] == "previous"
    hygon = brief.movers["stocks"]["up"][0]
    # published at 11:00, "over 8%" is a bound of the session so far: both are said
    assert hygon["pct_change"]["qualifier"] == "intraday:at_least"


def test_a_close_beats_an_intraday_figure_of_the_same_instrument():
    brief = brief_of(article("a", "Hygon was up 6% in morning trade.", hour=11),
                     article("b", "Hygon closed up 5.2%."))
    hygon = brief.movers["stocks"]["up"][0]["pct_change"]
    assert (hygon["value"], hygon["qualifier"]) == (5.2, "close")


# rule 3: consecutive trading days only, missing days shown, nothing compounded

def test_trends_use_consecutive_trading_days_and_show_missing_ones():
    # stored: the 12th (Friday) and the 11th; the 15th (Monday) was never built
    sessions = ["2025-09-10", "2025-09-11", "2025-09-12", "2025-09-15"]
    figures = pd.DataFrame([
        {"date": "2025-09-11", "code": "688041.SH", "metric": "pct_change", "value": 2.0, "qualifier": "close"},
        {"date": "2025-09-12", "code": "688041.SH", "metric": "pct_change", "value": 1.0, "qualifier": "close"},
    ])
    sectors = pd.DataFrame([{"date": "2025-09-12", "sector": "semis", "move": 1.1},
                            {"date": "2025-09-11", "sector": "semis", "move": 0.5}])
    history = History(days=["2025-09-11", "2025-09-12"], figures=figures, sectors=sectors)
    today = pd.DataFrame([{"code": "688041.SH", "metric": "pct_change", "value": 3.0, "qualifier": "close"}])
    assert streaks(today, history, sessions) == {}  # the 15th is missing: the run is broken there
    series = sector_history([{"sector": "semis", "move": 2.0}], history, "2025-09-16", sessions)["semis"]
    assert series == [{"date": "2025-09-10", "move": None}, {"date": "2025-09-11", "move": 0.5},
                      {"date": "2025-09-12", "move": 1.1}, {"date": "2025-09-15", "move": None},
                      {"date": "2025-09-16", "move": 2.0}]
    complete = sessions[:2] + ["2025-09-12"]
    assert streaks(today, history, complete) == {"688041.SH": {"days": 3, "direction": "up"}}


# rule 5: implausible figures

def test_absurd_figures_never_reach_the_brief(tmp_path, expect_warnings):
    expect_warnings(r"implausible figure left out .*9999", r"figure too large to be real")
    path = tmp_path / "a.jsonl"
    rows = [{"title": "Records", "published": "2025-09-16T16:00:00+08:00",
             "body": "The Shanghai Composite Index closed up 9999%. Hygon closed up 4.2%."},
            {"title": "Huge", "published": "2025-09-16T16:00:00+08:00", "body": "Cambricon rose " + "7" * 400 + "%."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--out", str(out), "--date", "2025-09-16", "--input", str(path),
                                       "--format", "json"], env={"BRIEFS_HISTORY": "off"})
    assert result.exit_code == 0, result.output
    brief = json.loads((out / "2025-09-16" / "brief.json").read_text(encoding="utf-8"))
    assert "9999" not in brief["headline"]["text"] and brief["indices"] == []
    assert brief["headline"]["text"] == "Hygon +4.20%."


# rule 6: undated articles

def test_undated_articles_join_a_day_only_by_date_or_config(tmp_path, expect_warnings):
    expect_warnings(r"1 article\(s\) with no publication time left out")
    folder = tmp_path / "feeds" / "2025-09-16"
    folder.mkdir(parents=True)
    (folder / "a.jsonl").write_text(json.dumps({"title": "No time", "body": "Hygon closed up 4.2%."}) + "\n" +
                                    json.dumps({"title": "Timed", "published": "2025-09-16T16:00:00+08:00",
                                                "body": "Cambricon closed up 3.1%."}) + "\n", encoding="utf-8")
    env = {"BRIEFS_HISTORY": "off"}
    plain = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "o1"), "--date", "2025-09-16", "--input",
                                      str(folder / "a.jsonl"), "--format", "json"], env=env)
    assert plain.exit_code == 0, plain.output
    names = [m["name"] for m in json.loads((tmp_path / "o1" / "2025-09-16" / "brief.json").read_text())[
        "movers"]["stocks"]["up"]]
    assert names == ["Cambricon"]
    by_date = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "o2"), "--date", "2025-09-16", "--input",
                                        str(tmp_path / "feeds" / "{date}" / "*.jsonl"), "--format", "json"], env=env)
    assert by_date.exit_code == 0, by_date.output
    names = [m["name"] for m in json.loads((tmp_path / "o2" / "2025-09-16" / "brief.json").read_text())[
        "movers"]["stocks"]["up"]]
    assert sorted(names) == ["Cambricon", "Hygon"]


def test_the_sample_builds_only_its_own_date(tmp_path):
    result = CliRunner().invoke(main, ["build", "--out", str(tmp_path), "--date", "2025-09-17"])
    assert result.exit_code == 3 and "2025-09-16" in result.output


# rule 7: what a close review has

def test_turnover_change_commodities_and_northbound_estimates():
    brief = brief_of(article("a", "两市成交额2.34万亿元，较上个交易日放量1830亿元。北向资金净买入56亿元。"),
                     article("b", "Spot gold rose above 3,700 dollars an ounce for the first time."))
    metrics = {(f["code"], f["metric"]): f for f in brief.flows}
    assert metrics[("CN.MARKET", "turnover_change")]["value"] == 1.83e11
    assert "estimate" in metrics[("CN.NORTHBOUND", "net_inflow")]["note"]
    [gold] = brief.commodities
    assert (gold["level"]["value"], gold["level"]["qualifier"], gold["unit"]) == (3700.0, "at_least", "USD")


# rule 4 and the page: footnotes lead to sentences that state the figure, in all four outputs

# a figure and the note printed right after it, on one line (a note opening a line is an item of the list)
_FIGURE_THEN_NOTE = re.compile(r"(?P<figure>[<>≈]?[+\-−]?\d[\d,]*(?:\.\d+)?)[ \t]*(?P<unit>%|[ \t]*(?:trillion|billion|"
                               r"million|万亿|亿|万)?[ \t]*(?:CNY|HKD|USD|元|港元|美元)?|[ \t]*stocks? \w+)?[ \t]*"
                               r"(?:\([^)\n]*\))?[ \t]*\[(?P<note>\d+)\]")
_NOTE_LINE = re.compile(r"\[(?P<note>\d+)\]\s*[“\"](?P<sentence>.+?)[”\"]")


def _written_forms(figure: str) -> list[str]:
    plain = figure.lstrip("<>≈+-−").rstrip("%")
    forms = {plain, plain.replace(",", "")}
    if "." in plain:
        forms.add(plain.rstrip("0").rstrip("."))
    return [f for f in forms if f]


def _check_notes(text: str, sentences: dict[str, str], where: str) -> int:
    checked = 0
    for m in _FIGURE_THEN_NOTE.finditer(text):
        note = m["note"]
        sentence = sentences.get(note)
        assert sentence is not None, f"{where}: [{note}] leads nowhere"
        figure = m["figure"]
        if figure in ("10.00", "20.00", "30.00", "5.00") and re.search(r"涨停|跌停|limit", sentence, re.I):
            checked += 1
            continue  # a limit move: the sentence says 涨停 / limit
        assert any(form in sentence.replace(" ", "") or form in sentence for form in _written_forms(figure)), \
            f"{where}: {figure} [{note}] leads to {sentence!r}"
        checked += 1
    return checked


def _notes_from_list(text: str) -> dict[str, str]:
    return {m["note"]: m["sentence"] for m in _NOTE_LINE.finditer(text)}


def test_every_footnote_leads_to_a_sentence_that_states_its_figure(sample_build):
    folder, _ = sample_build
    brief = json.loads((folder / "brief.json").read_text(encoding="utf-8"))
    sentences = {ident[1:]: e["sentence"] for ident, e in brief["evidence"].items()}
    html = html_to_text((folder / "brief.html").read_text(encoding="utf-8"))
    assert _notes_from_list(html).items() <= sentences.items()
    assert _check_notes(html, sentences, "HTML") > 40
    # -raw: the appendix runs in two columns, read in the order they are written
    pdf = subprocess.run(["pdftotext", "-raw", str(folder / "brief.pdf"), "-"], capture_output=True, text=True,
                         check=True).stdout
    printed = _notes_from_list(re.sub(r"\s+", " ", pdf))
    bare = lambda text: re.sub(r"\s+", "", text)  # a line break inside Chinese text reads back as a space
    assert printed and all(bare(sentences[n]).startswith(bare(s)[:30]) for n, s in printed.items())  # the ids
    assert _check_notes(re.sub(r"[ \t]+", " ", pdf), sentences, "PDF") > 25  # layout splits some lines
    message = message_from_bytes((folder / "brief.eml").read_bytes(), policy=policy.default)
    text_part = message.get_body(("plain",)).get_content()
    html_part = html_to_text(message.get_body(("html",)).get_content())
    # the newsletter is the front page: fewer figures, each still with its note
    assert _check_notes(text_part, sentences, "email text") > 20
    assert _check_notes(html_part, sentences, "email HTML") > 20


def test_every_figure_of_a_key_point_is_stated_by_a_sentence_it_cites(sample_build):
    folder, _ = sample_build
    brief = json.loads((folder / "brief.json").read_text(encoding="utf-8"))
    assert 3 <= len(brief["points"]) <= 5
    for point in brief["points"]:
        cited = " ".join(brief["evidence"][ident]["sentence"] for ident in point["evidence"])
        figures = re.findall(r"\d[\d,]*(?:\.\d+)?(?=%)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+", point["text"])
        assert figures, point
        for figure in figures:
            forms = _written_forms(figure)
            assert any(form in cited or form in cited.replace(",", "") for form in forms), (figure, point)


def test_every_percentage_on_the_page_is_stated_by_a_sentence_of_the_day(sample_build):
    folder, _ = sample_build
    articles = load_articles([str(p) for p in sorted((Path(__file__).resolve().parent.parent / "sources" / "sample" /
                                                      "2025-09-16").iterdir())], CST, DAY)
    stated = " ".join(a.title + " " + a.body for a in articles).replace(",", "")
    pages = {"HTML": html_to_text((folder / "brief.html").read_text(encoding="utf-8")),
             "PDF": subprocess.run(["pdftotext", str(folder / "brief.pdf"), "-"], capture_output=True, text=True,
                                   check=True).stdout}
    for where, page in pages.items():
        shown = set(re.findall(r"[<>≈]?[+\-−]?(\d+(?:\.\d+)?)%", page))
        assert shown
        missing = {p for p in shown if not any(form in stated for form in _written_forms(p))}
        assert not missing, f"{where} shows percentages no sentence states: {sorted(missing)}"
