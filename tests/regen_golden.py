"""Regenerate the golden files of the end-to-end test: `make golden` (review the diff after).

Builds the bundled sample day with the test's fixed build time and stores its
brief.json and the HTML page's visible text under tests/golden/<date>/.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

from briefs.cli import main
from tests.conftest import SAMPLE_EPOCH
from tests.htmltext import html_text

GOLDEN = Path(__file__).resolve().parent / "golden"


def regenerate() -> int:
    os.environ["SOURCE_DATE_EPOCH"] = SAMPLE_EPOCH
    with tempfile.TemporaryDirectory() as out:
        result = CliRunner().invoke(main, ["build", "--out", out])
        if result.exit_code != 0:
            print(result.output, file=sys.stderr)
            return 1
        day = Path(out) / "2025-09-16"
        target = GOLDEN / day.name
        target.mkdir(parents=True, exist_ok=True)
        (target / "brief.json").write_text((day / "brief.json").read_text(encoding="utf-8"), encoding="utf-8")
        text = html_text((day / "brief.html").read_text(encoding="utf-8"))
        (target / "brief.html.txt").write_text(text, encoding="utf-8")
        print(f"golden files written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(regenerate())
