"""The render worker: same bytes as rendering in-process, and its warnings reach this process."""
from __future__ import annotations

from click.testing import CliRunner

from briefs.cli import main
from briefs.worker import RenderWorker


def test_worker_and_in_process_rendering_give_the_same_files(tmp_path, sample_env):
    for worker in ("true", "false"):
        result = CliRunner().invoke(main, ["build", "--out", str(tmp_path / worker)],
                                    env={"BRIEFS_RENDER_WORKER": worker}, catch_exceptions=False)
        assert result.exit_code == 0, result.output
    for name in ("brief.html", "brief.pdf", "brief.eml", "brief.json", "chart-sectors.png", "chart-sectors.svg"):
        assert (tmp_path / "true" / "2025-09-16" / name).read_bytes() == \
            (tmp_path / "false" / "2025-09-16" / name).read_bytes(), name


def test_worker_warnings_are_logged_here(expect_warnings):
    expect_warnings(r"127\.0\.0\.1")
    worker = RenderWorker()
    try:
        worker.submit("pdf", '<p>x</p><img src="http://127.0.0.1:9/x.png">', {}, "")
        pdf = worker.result()
    finally:
        worker.close()
    assert pdf.startswith(b"%PDF-")
    assert worker.process.returncode == 0
