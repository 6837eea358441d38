"""CJK fonts: found once, registered with matplotlib, named in the HTML font stack.

Matplotlib's font cache may predate a font installed since, so the font files are
registered explicitly instead of trusting the cache.
"""
from __future__ import annotations

import glob
import os
from functools import cache
from pathlib import Path

FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
# preferred first: Noto Sans CJK has a real bold; WenQuanYi Micro Hei is the small fallback
CJK_FILES = (
    "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Regular.otf",
    "NotoSansCJKsc-Bold.otf", "wqy-microhei.ttc", "wqy-zenhei.ttc",
)
# the CSS font stack: Latin first, then CJK families fontconfig knows
CSS_FONT_STACK = (
    '"Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", '
    '"Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'
)


@cache
def cjk_font_files() -> tuple[Path, ...]:
    """Installed CJK font files, preferred first; empty when there are none."""
    found: list[Path] = []
    for name in CJK_FILES:
        for folder in FONT_DIRS:
            matches = glob.glob(os.path.join(os.path.expanduser(folder), "**", name), recursive=True)
            found.extend(Path(m) for m in sorted(matches))
    return tuple(dict.fromkeys(found))


@cache
def register_matplotlib_fonts() -> tuple[str, ...]:
    """Register the CJK font files with matplotlib's font manager (once per process).

    Returns the family names registered, for ``use_cjk_fonts``.
    """
    from matplotlib import font_manager

    families: list[str] = []
    for path in cjk_font_files():
        font_manager.fontManager.addfont(str(path))
        # a .ttc holds one face per region (JP, KR, SC, TC, HK): prefer Simplified Chinese
        faces = sorted({f.name for f in font_manager.fontManager.ttflist if f.fname == str(path)},
                       key=lambda name: (" SC" not in name, "Mono" in name, name))
        if faces and faces[0] not in families:
            families.append(faces[0])
    return tuple(families)


def use_cjk_fonts() -> None:
    """Put the CJK families after DejaVu Sans in matplotlib's current sans-serif list.

    DejaVu Sans stays first for Latin text and digits; matplotlib falls back per
    glyph to the CJK family. Call it inside a style context: applying a style
    file resets the font list.
    """
    import matplotlib

    # named families, not the generic "sans-serif": matplotlib expands a generic
    # family to one font only, and glyph fallback needs the whole list
    matplotlib.rcParams["font.family"] = ["DejaVu Sans", *register_matplotlib_fonts()]
