"""Cron-safe operation: trading calendars, --quiet, the folder lock, kills at any moment, backfill."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from briefs.calendar import trading_day
from briefs.cli import main
from briefs.lock import folder_lock
from tests.archive_days import write_day

ENV = {"SOURCE_DATE_EPOCH": "1758038400"}


def build(*args, **env):
    return CliRunner().invoke(main, ["build", *args], env={**ENV, **env}, catch_exceptions=False)


def test_calendar_knows_holidays_weekends_and_falls_back_after_its_data(expect_warnings):
    expect_warnings(r"XSHG: calendar data ends on 2026-12-31; 2027-03-03 judged by the weekday rule")
    assert trading_day("cn", date(2025, 9, 16)).trading
    assert not trading_day("cn", date(2025, 10, 1)).trading  # National Day
    assert not trading_day("us", date(2025, 7, 4)).trading
    assert not trading_day("hk", date(2025, 12, 25)).trading
    assert trading_day("cn", date(2027, 3, 3)).trading  # a Wednesday, past the data: weekday rule


def test_closed_day_is_skipped_with_exit_0_unless_forced(tmp_path):
    write_day(tmp_path / "feeds", "2025-10-01")
    args = ["--input", str(tmp_path / "feeds" / "{date}"), "--date", "2025-10-01", "--out", str(tmp_path / "out"),
            "--format", "json"]
    skipped = build(*args)
    assert skipped.exit_code == 0
    assert "2025-10-01 skipped" in skipped.output and "XSHG" in skipped.output
    assert not (tmp_path / "out" / "2025-10-01").exists()
    forced = build(*args, "--force")
    assert forced.exit_code == 0 and (tmp_path / "out" / "2025-10-01" / "brief.json").is_file()


def test_a_2027_weekday_builds_with_a_warning_and_a_saturday_is_skipped(tmp_path, expect_warnings):
    expect_warnings("calendar data ends on 2026-12-31")
    for day in ("2027-03-03", "2027-03-06"):
        write_day(tmp_path / "feeds", day)
    common = ["--input", str(tmp_path / "feeds" / "{date}"), "--out", str(tmp_path / "out"), "--format", "json"]
    weekday = build(*common, "--date", "2027-03-03")
    assert weekday.exit_code == 0 and "calendar data ends" in weekday.stderr
    saturday = build(*common, "--date", "2027-03-06")
    assert saturday.exit_code == 0 and "skipped" in saturday.output


def test_quiet_success_prints_nothing(tmp_path):
    write_day(tmp_path / "feeds", "2025-09-16")
    result = build("--input", str(tmp_path / "feeds" / "{date}"), "--date", "2025-09-16", "--out",
                   str(tmp_path / "out"), "--format", "json", "--quiet")
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    from_config = build("--input", str(tmp_path / "feeds" / "{date}"), "--date", "2025-09-16", "--out",
                        str(tmp_path / "out"), "--format", "json", BRIEFS_QUIET="true")
    assert from_config.stdout == ""


def test_a_second_run_waits_for_the_lock_then_gives_up(tmp_path):
    write_day(tmp_path / "feeds", "2025-09-16")
    out = tmp_path / "out"
    held, release = threading.Event(), threading.Event()

    def hold():
        with folder_lock(out, 1):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    try:
        start = time.monotonic()
        result = build("--input", str(tmp_path / "feeds" / "{date}"), "--date", "2025-09-16", "--out", str(out),
                       "--format", "json", BRIEFS_LOCK_WAIT="0.5")
        waited = time.monotonic() - start
    finally:
        release.set()
        holder.join()
    assert result.exit_code == 6
    assert "another briefs run holds" in result.output
    assert waited >= 0.5


def cli(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "briefs", *args], env={**os.environ, **ENV, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_two_concurrent_runs_both_finish_and_the_archive_is_whole(tmp_path):
    for day in ("2025-09-15", "2025-09-16"):
        write_day(tmp_path / "feeds", day)
    out = tmp_path / "out"
    runs = [cli("build", "--input", str(tmp_path / "feeds" / "{date}"), "--date", day, "--out", str(out))
            for day in ("2025-09-15", "2025-09-16")]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err.decode()
    assert_archive_whole(out)
    assert json.loads((out / "archive.json").read_text())["days"].keys() == {"2025-09-15", "2025-09-16"}


def assert_archive_whole(out: Path) -> None:
    """Everything the archive links to exists and every file it holds is complete."""
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.rstrip().endswith("</html>")
    import re

    for day in re.findall(r'href="(\d{4}-\d{2}-\d{2})/brief.html"', index):
        page = (out / day / "brief.html").read_text(encoding="utf-8")
        assert page.rstrip().endswith("</html>")
        json.loads((out / day / "brief.json").read_text(encoding="utf-8"))
    assert not feedparser.parse((out / "feed.xml").read_text(encoding="utf-8")).bozo
    json.loads((out / "search-index.json").read_text(encoding="utf-8"))


def test_killed_at_any_moment_the_archive_stays_whole_and_a_rerun_completes(tmp_path):
    feeds, out = tmp_path / "feeds", tmp_path / "out"
    for day in ("2025-09-15", "2025-09-16"):
        write_day(feeds, day)
    first = cli("build", "--input", str(feeds / "{date}"), "--date", "2025-09-15", "--out", str(out))
    first.communicate(timeout=120)
    assert first.returncode == 0
    for delay in (0.2, 0.6, 1.0, 1.5, 2.2, 3.0):
        run = cli("build", "--input", str(feeds / "{date}"), "--date", "2025-09-16", "--out", str(out))
        time.sleep(delay)
        run.send_signal(signal.SIGKILL)
        run.communicate(timeout=30)
        assert_archive_whole(out)  # the previous archive, or the new one, never half of either
    rerun = cli("build", "--input", str(feeds / "{date}"), "--date", "2025-09-16", "--out", str(out))
    rerun.communicate(timeout=120)
    assert rerun.returncode == 0
    assert_archive_whole(out)
    assert '2025-09-16/brief.html' in (out / "index.html").read_text(encoding="utf-8")
    assert not list(out.glob(".staging-*"))  # the rerun cleared what the killed runs left


def test_backfill_builds_skips_and_reports_failures(tmp_path):
    feeds, out = tmp_path / "feeds", tmp_path / "out"
    for day in ("2025-09-15", "2025-09-16", "2025-09-19"):
        write_day(feeds, day)
    (feeds / "2025-09-17").mkdir()
    (feeds / "2025-09-17" / "broken.jsonl").write_text('{"title": "no body"}\n')  # a day that fails
    result = CliRunner().invoke(main, ["backfill", "--since", "2025-09-15", "--until", "2025-09-21",
                                       "--input", str(feeds / "{date}"), "--out", str(out), "--format", "json",
                                       "--jobs", "2"], env=ENV)
    # 18th: no inputs -> failed; 20th and 21st: weekend -> skipped
    assert result.exit_code == 7, result.output
    assert "built 3, skipped 2, failed 2" in result.output
    assert "2025-09-17: no valid article" in result.output and "2025-09-18: no input file matches" in result.output
    assert json.loads((out / "archive.json").read_text())["days"].keys() == {"2025-09-15", "2025-09-16", "2025-09-19"}


def test_backfill_on_a_dask_local_cluster(tmp_path):
    distributed = pytest.importorskip("distributed")
    feeds, out = tmp_path / "feeds", tmp_path / "out"
    for day in ("2025-09-15", "2025-09-16"):
        write_day(feeds, day)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        result = CliRunner().invoke(main, ["backfill", "--since", "2025-09-15", "--until", "2025-09-16",
                                           "--input", str(feeds / "{date}"), "--out", str(out), "--format", "json",
                                           "--scheduler", cluster.scheduler_address], env=ENV)
    assert result.exit_code == 0, result.output
    assert "built 2, skipped 0, failed 0" in result.output
    assert (out / "2025-09-16" / "brief.json").is_file() and (out / "index.html").is_file()
