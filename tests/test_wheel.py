"""The built wheel carries its templates, chart style, reference data and sample day.

The wheel is built from this checkout and installed into a new, empty virtual
environment outside the repository; `briefs build` then runs from a folder that
is not the repository. The new environment borrows the third-party libraries of
the test environment through a path file (installing pandas and WeasyPrint again
would need the network), but never this checkout's `briefs`.
"""
from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

from tests.conftest import ROOT, SAMPLE_EPOCH


def test_wheel_installs_into_empty_venv_and_builds(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(wheels), str(ROOT)], check=True, capture_output=True)
    wheel = next(wheels.glob("briefs-*.whl"))

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": SAMPLE_EPOCH, "HOME": str(tmp_path)}
    where = subprocess.run([str(python), "-c", "import briefs; print(briefs.__file__)"], cwd=work, env=env,
                           check=True, capture_output=True, text=True).stdout.strip()
    assert where.startswith(str(site)), where

    out = tmp_path / "out"
    result = subprocess.run([str(venv / "bin" / "briefs"), "build", "--out", str(out)], cwd=work, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for name in ("brief.html", "brief.pdf", "brief.eml", "brief.json"):
        assert str(out / "2025-09-16" / name) in result.stdout.split()
    assert "warning" not in result.stderr
