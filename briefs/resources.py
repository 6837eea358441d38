"""Where the shipped data lives: templates, chart style, reference data, sample day.

In a wheel they sit inside the package (``briefs/data/templates`` ...); in a source
checkout or an editable install they sit at the top of the repository, where
people edit them. Both layouts are looked up here and nowhere else.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The folder ``name`` (``templates``, ``charts`` or ``sources``) of this installation."""
    for candidate in (_PACKAGE / "data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"briefs is installed without its {name}/ folder")


def sample_day_dir() -> Path:
    """The bundled sample day used when no input is configured."""
    return data_dir("sources") / "sample"
