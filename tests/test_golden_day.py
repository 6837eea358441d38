"""End to end: the bundled sample day builds into the outputs committed under tests/golden/.

After an intended change, `make golden` regenerates them; the diff is the review.
"""
from __future__ import annotations

import json

from tests.htmltext import html_text
from tests.regen_golden import GOLDEN


def test_build_prints_four_outputs(sample_build):
    folder, result = sample_build
    printed = result.stdout.split()
    for name in ("brief.html", "brief.pdf", "brief.eml", "brief.json"):
        assert str(folder / name) in printed
        assert (folder / name).stat().st_size > 0
    assert any(p.endswith(".svg") for p in printed) and any(p.endswith(".png") for p in printed)


def test_brief_json_matches_golden(sample_build):
    folder, _ = sample_build
    built = json.loads((folder / "brief.json").read_text(encoding="utf-8"))
    golden = json.loads((GOLDEN / folder.name / "brief.json").read_text(encoding="utf-8"))
    assert built == golden, "brief.json differs from tests/golden; run `make golden` and review the diff"


def test_html_text_matches_golden(sample_build):
    folder, _ = sample_build
    built = html_text((folder / "brief.html").read_text(encoding="utf-8"))
    golden = (GOLDEN / folder.name / "brief.html.txt").read_text(encoding="utf-8")
    assert built == golden, "the page's text differs from tests/golden; run `make golden` and review the diff"


def test_every_figure_cites_a_sentence_that_contains_it(sample_build):
    """Numbers are the product: each figure's evidence sentence must state that number."""
    folder, _ = sample_build
    brief = json.loads((folder / "brief.json").read_text(encoding="utf-8"))
    figures = []
    for index in brief["indices"]:
        figures += [f for f in (index["pct_change"], index["level"]) if f]
    for group in ("etfs", "stocks"):
        for side in ("up", "down"):
            figures += [i["pct_change"] for i in brief["movers"][group][side]]
    assert len(figures) >= 15
    for figure in figures:
        sentence = brief["evidence"][figure["evidence"]]["sentence"].replace(",", "")
        value = abs(figure["value"])
        spellings = {f"{value:g}", f"{value:.2f}", f"{value:.1f}"}
        if figure["qualifier"].startswith("limit"):
            spellings |= {"涨停", "daily limit", "limit up", "limit-up"}
        assert any(s in sentence for s in spellings), (figure, sentence)


def test_same_inputs_give_identical_files(sample_build, tmp_path, sample_env):
    from click.testing import CliRunner

    from briefs.cli import main

    folder, _ = sample_build
    result = CliRunner().invoke(main, ["build", "--out", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0
    for name in ("brief.json", "brief.html", "brief.eml", "chart-sectors.svg", "chart-sectors.png"):
        assert (tmp_path / folder.name / name).read_bytes() == (folder / name).read_bytes(), name
