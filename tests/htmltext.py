"""The visible text of an HTML page, one block per line: what the golden test compares."""
from __future__ import annotations

from briefs.load.clean import html_to_text


def html_text(html: str) -> str:
    """Visible text, whitespace folded, blank lines dropped, ending with a newline."""
    return html_to_text(html) + "\n"
