"""Extraction: moves read right in both languages, and percentages that are not moves left alone."""
from __future__ import annotations

from datetime import date

import pytest

from briefs.extract import extract_facts, sentence_facts
from briefs.extract.reference import load_reference
from briefs.extract.text import split_sentences
from briefs.records import Article


def facts(sentence: str) -> list[tuple]:
    return [(f.subject, f.code, f.metric, f.value, f.qualifier) for f in sentence_facts(sentence, "a1", load_reference())]


def moves(sentence: str) -> list[tuple]:
    return [(s, c, v, q) for s, c, m, v, q in facts(sentence) if m == "pct_change"]


@pytest.mark.parametrize("sentence, expected", [
    ("Cambricon rose 3.2% on Tuesday.", [("Cambricon", "688256.SH", 3.2, "")]),
    ("Hygon fell 1.5% in late trade.", [("Hygon", "688041.SH", -1.5, "intraday")]),  # before the close
    ("Cambricon tumbled 4.1%, its worst day in a month.", [("Cambricon", "688256.SH", -4.1, "")]),
    ("Tencent shed 0.8% while Meituan edged up 0.3%.",
     [("Tencent", "00700.HK", -0.8, ""), ("Meituan", "03690.HK", 0.3, "")]),
    ("The Hang Seng Index slipped 0.03% to close at 26,438.51 points.",
     [("Hang Seng Index", "HSI.HK", -0.03, "close")]),
    ("寒武纪收跌2.5%。", [("寒武纪", "688256.SH", -2.5, "close")]),
    ("海光信息跌超3%，中科曙光涨停。",
     [("海光信息", "688041.SH", -3.0, "at_least"), ("中科曙光", "603019.SH", 10.0, "limit_up")]),
    ("海光信息上涨10.32%。", [("海光信息", "688041.SH", 10.32, "")]),
    ("龙芯中科涨近5%。", [("龙芯中科", "688047.SH", 5.0, "about")]),
])
def test_direction_words(sentence, expected):
    assert moves(sentence) == expected


def test_one_number_shared_by_a_list():
    assert moves("Tencent, Kuaishou-W and Bilibili-W gained over 2%.") == [
        ("Tencent", "00700.HK", 2.0, "at_least"),
        ("Kuaishou-W", "01024.HK", 2.0, "at_least"),
        ("Bilibili-W", "09626.HK", 2.0, "at_least"),
    ]


def test_respectively_pairs_names_and_numbers():
    assert moves("Cambricon and Hygon jumped over 12% and 4.5% respectively.") == [
        ("Cambricon", "688256.SH", 12.0, "at_least"),
        ("Hygon", "688041.SH", 4.5, "at_least"),
    ]


def test_intraday_and_current_move_in_one_sentence():
    sentence = ("The STAR AI ETF (589520), which focuses on domestic AI industry chains, surged as much as "
                "3.78% intraday and is currently up 2.8%, potentially achieving three consecutive daily gains!")
    assert moves(sentence) == [("STAR AI ETF", "589520.SH", 3.78, "intraday_high"),
                               ("STAR AI ETF", "589520.SH", 2.8, "intraday")]


def test_intraday_high_before_close():
    assert moves("Hygon climbed, rising up to 6% before closing up 5.4%.") == [
        ("Hygon", "688041.SH", 6.0, "intraday_high"), ("Hygon", "688041.SH", 5.4, "close")]


def test_limit_up_with_and_without_a_number():
    assert moves("VeriSilicon surged 20% to the daily limit.") == [("VeriSilicon", "688521.SH", 20.0, "limit_up")]
    # no number: the limit comes from the board (STAR 20%, main board 10%)
    assert moves("Hygon rose 10.32% and Sugon hit the daily limit.") == [
        ("Hygon", "688041.SH", 10.32, ""), ("Sugon", "603019.SH", 10.0, "limit_up")]
    assert moves("寒武纪涨停。") == [("寒武纪", "688256.SH", 20.0, "limit_up")]


def test_elliptic_second_figure_shares_the_verb():
    sentence = ("the CSI Digital Economy Theme Index (931582) rose by 2.06%, with key stocks such as Loongson "
                "Technology (688047) increasing by 13.67% and Haiguang Information (688041) by 10.32%")
    assert moves(sentence) == [
        ("CSI Digital Economy Theme Index", "931582.CSI", 2.06, ""),
        ("Loongson Technology", "688047.SH", 13.67, ""),
        ("Haiguang Information", "688041.SH", 10.32, ""),
    ]


@pytest.mark.parametrize("sentence", [
    "Semiconductors are the largest weighted industry, accounting for 54.1% of industry weight.",
    "The top ten holdings account for over 70% of the weight.",
    "the company signed new orders worth 1.205 billion yuan, a significant 85.88% increase compared to last year",
    "Alibaba's capital expenditure in the June quarter rose 57.1% from the previous quarter.",
    "Microsoft's revenue was 764.41 billion yuan, up 18.1% year-on-year.",
    "Tencent plans to acquire 97% of the target.",
    "The fund offers 100% exposure to the index.",
    "China accounts for over 20% of global totals.",
    "数字经济ETF换手率2.77%。",
    "公司营收同比增长35%。",
])
def test_percentages_that_are_not_moves(sentence):
    assert moves(sentence) == []


def test_aliases_across_languages_and_translations():
    codes = {c for _, c, _, _ in moves("Chip Original Co. rose 3%, 芯原股份涨3%，VeriSilicon rose 3%.")}
    assert codes == {"688521.SH"}
    assert moves("Haiguang Information rose 2%.")[0][1] == "688041.SH"
    assert moves("BABA-W rose 2%.")[0][1] == "09988.HK"


def test_codes_in_text_resolve_directly():
    assert moves("Shares of the chip maker (688256.SH) rose 2%.")[0][1] == "688256.SH"
    assert moves("中芯国际(00981)涨5%。")[0][1] == "00981.HK"  # the code settles the two listings


def test_unknown_name_keeps_subject_and_no_code():
    assert moves("Chipanalog gained 4% on Tuesday.") == [("Chipanalog", "", 4.0, "")]
    # "SMIC" is listed in Shanghai and Hong Kong: without a code it resolves to neither
    assert moves("SMIC rose 2%.") == [("SMIC", "", 2.0, "")]


def test_index_levels():
    # a level holds when its sentence says: at the close, in a midday sentence, or unsaid
    assert ("沪指", "000001.SH", "level", 3861.87, "close") in facts("沪指收涨0.04%，收报3861.87点。")
    assert ("沪指", "000001.SH", "level", 3861.87, "") in facts("沪指涨0.04%，报3861.87点。")
    assert ("沪指", "000001.SH", "level", 3280.5, "intraday") in facts("午后沪指跌0.3%报3280.5点。")
    assert ("S&P 500", "SPX.US", "level", 6615.28, "close") in facts("The S&P 500 rose 0.47% to close at 6,615.28 points.")


def test_sentences_dated_to_another_day_give_no_facts():
    article = Article("x", "", "", None, "", "en", "On August 22, Cambricon closed up 11.40%. "
                      "On Tuesday Hygon rose 2%.", "t:1")
    found = extract_facts([article], load_reference(), date(2025, 9, 16))
    assert [(f.subject, f.value) for f in found] == [("Hygon", 2.0)]


def test_sentence_splitting_keeps_decimals_and_splits_bullets():
    text = "Market Overview - The index rose 0.04% [1] - Turnover reached 2.34 trillion [1]. 沪指涨0.04%。深成指涨0.45%。"
    assert split_sentences(text) == ["Market Overview", "The index rose 0.04%", "Turnover reached 2.34 trillion",
                                     "沪指涨0.04%。", "深成指涨0.45%。"]
    labelled = "Hygon climbed 10.32% [1] Industry Developments - Hygon's move is aimed at GPU makers [2]"
    assert split_sentences(labelled) == ["Hygon climbed 10.32%", "Industry Developments",
                                         "Hygon's move is aimed at GPU makers"]
