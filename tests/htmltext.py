"""The visible text of an HTML page, one block per line: what the golden test compares."""
from __future__ import annotations

from html.parser import HTMLParser

_SKIP = {"style", "script", "svg", "head"}
_BLOCKS = {"p", "h1", "h2", "h3", "li", "tr", "blockquote", "figcaption", "footer", "header", "section", "table"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.lines: list[str] = [""]

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCKS:
            self.lines.append("")
        elif tag in ("td", "th"):
            self.lines[-1] += " | "

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip -= 1
        elif tag in _BLOCKS:
            self.lines.append("")

    def handle_data(self, data):
        if not self.skip:
            self.lines[-1] += data


def html_text(html: str) -> str:
    """Visible text, whitespace folded, blank lines dropped."""
    parser = _Text()
    parser.feed(html)
    lines = (" ".join(line.split()) for line in parser.lines)
    return "\n".join(line for line in lines if line) + "\n"
