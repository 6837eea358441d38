"""Shared fixtures. Any warning logged by briefs or WeasyPrint fails the test that caused it,
unless the test declares it with ``expect_warnings``."""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
SAMPLE_EPOCH = "1758038400"  # 2025-09-16T16:00:00Z: a fixed build time for reproducible output
WATCHED = ("briefs", "weasyprint", "fontTools")


class ExpectedWarnings:
    """Patterns of warnings a test provokes on purpose; each must occur."""

    def __init__(self) -> None:
        self.patterns: list[str] = []

    def __call__(self, *patterns: str) -> None:
        self.patterns.extend(patterns)


@pytest.fixture
def expect_warnings() -> ExpectedWarnings:
    return ExpectedWarnings()


@pytest.fixture(autouse=True)
def no_unexpected_warnings(request, caplog):
    """Fail on any warning from briefs, WeasyPrint or fontTools that the test did not expect."""
    caplog.set_level(logging.INFO)
    yield
    if request.node.get_closest_marker("allow_warnings"):
        return
    expected: ExpectedWarnings | None = request.node.funcargs.get("expect_warnings")
    patterns = expected.patterns if expected else []
    records = [r for r in caplog.get_records("setup") + caplog.get_records("call") if r.levelno >= logging.WARNING and r.name.split(".")[0] in WATCHED]
    unexpected = [r.getMessage() for r in records if not any(re.search(p, r.getMessage()) for p in patterns)]
    assert not unexpected, f"unexpected warnings: {unexpected}"
    missing = [p for p in patterns if not any(re.search(p, r.getMessage()) for r in records)]
    assert not missing, f"expected warnings that did not occur: {missing}"


@pytest.fixture
def sample_env(monkeypatch):
    """A fixed build time and no config from the developer's environment."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SAMPLE_EPOCH)
    for key in list(os.environ):
        if key.startswith("BRIEFS_"):
            monkeypatch.delenv(key)


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The bundled sample day built once for the session, with a fixed build time."""
    from click.testing import CliRunner

    from briefs.cli import main

    out = tmp_path_factory.mktemp("sample-out")
    env = {"SOURCE_DATE_EPOCH": SAMPLE_EPOCH}
    result = CliRunner().invoke(main, ["build", "--out", str(out)], env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr, result.stderr  # the sample day must build cleanly
    return out / "2025-09-16", result



@pytest.fixture
def built_day(tmp_path_factory, sample_build):
    """A copy of the sample day's outputs in a fresh output folder (to send, or to add to)."""
    import shutil

    folder, _ = sample_build
    out = tmp_path_factory.mktemp("send-out")
    shutil.copytree(folder, out / folder.name)
    return out
