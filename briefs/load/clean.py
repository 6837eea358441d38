"""Site furniture removal: what a scraped page carries around an article."""
from __future__ import annotations

import re
from html.parser import HTMLParser

# Whole lines that are page chrome, never article text.
_FURNITURE_LINES = re.compile(
    r"^(?:workflow|icon|search documents|scroll to top|back to top|share|comments?(?:\s*\(\d+\))?|"
    r"leave a comment|post a comment|add a comment|be the first to comment\.?|read more|related articles|"
    r"分享|评论|評論|发表评论|發表評論|我要评论|网友评论|评论区|返回顶部|返回頂部|相关阅读|相關閱讀|"
    # a reposted story's original headline, repeating the title: "（原标题：港股收评：恒指涨1.05%…）"
    r"[（(]\s*原[标標][题題][:：].*[）)])$",
    re.IGNORECASE,
)
# The labels pages put before links to other stories.
_LINK_LABEL = (r"related news|related stories|相關新聞|相关新闻|延伸阅读|延伸閱讀|"
               # a link's label with its colon: "Related: Alibaba jumps 5% on cloud deal", "READ MORE: …", "相关："
               r"(?:related|see also|read more|also read|more|相关|相關)(?=\s*[:：])")
# labels that head a list of other stories only when alone on their line ("Recommended by analysts, …" is text)
_LIST_LABEL = (r"related articles|related coverage|you may also like|you might also like|recommended(?: for you| stories|"
               r" reading)?|more from [\w .&'-]{1,30}|read next|also read|推荐阅读|推薦閱讀|猜你喜欢|猜你喜歡|热门推荐|熱門推薦|"
               r"相关文章|相關文章")
# A link to another story, its headline glued to the label ("Related NewsCICC Lifts HSI Target to 28,000").
_LINK_LINES = re.compile(rf"^(?:{_LINK_LABEL})\s*[:：]?\s*\S", re.IGNORECASE)
# The label alone on its line ("Related News"): the headlines of other stories follow it, up to the blank line.
_LINK_HEADING = re.compile(rf"^(?:{_LINK_LABEL}|{_LIST_LABEL}|more news)\s*[:：]?$", re.IGNORECASE)
# Lines that start a disclaimer paragraph; the paragraph goes.
_DISCLAIMER = re.compile(r"^(?:免[责責][声聲]明|风险提示[:：]|Disclaimer[:：])", re.IGNORECASE)
# A heading after which the page lists "hot stocks": that list and the rest of the page go.
_HOT_LIST = re.compile(r"^(?:熱議股票|热议股票|热门股票|熱門股票|hot stocks|trending stocks)$", re.IGNORECASE)
# Numbered list items with nothing in them ("1.", "  2", "3、").
_EMPTY_ITEM = re.compile(r"^\s*(?:\d{1,3}\s*[.、)]?\s*)?$")


def is_furniture(line: str) -> bool:
    """True for a line that is page chrome: navigation words, comment boxes, disclaimers, empty list items."""
    stripped = line.strip()
    return (bool(_FURNITURE_LINES.match(stripped)) or bool(_DISCLAIMER.match(stripped)) or bool(_LINK_LINES.match(stripped))
            or bool(stripped and _EMPTY_ITEM.match(stripped)))


def is_page_end(line: str) -> bool:
    """True for a heading after which a page lists only "hot stocks" and the like."""
    return bool(_HOT_LIST.match(line.strip()))


# A quote box a page inserts after a stock's code, scraped into the sentence it interrupts: the price change and
# percent of when the page was read (three decimals), then its short selling line ("PING AN (02318.HK) +3.150
# (+4.315%)\nShort selling $769.86M; Ratio 25.880%\nsoared 4.4% to $76.2"): never the article's figures
_QUOTE_BOX = re.compile(r"(?<=\.HK\))[ \t]+[+\-]\d+\.\d{3}[ \t]+\([+\-]\d+\.\d{3}%\)[ \t]*\n"
                        r"(?:[ \t]*Short selling \$[\d.,]+[KMB]?;[ \t]*Ratio[ \t]+[\d.]+%[ \t]*\n)?", re.IGNORECASE)


def clean_body(text: str) -> str:
    """Clean article text: furniture and disclaimers removed, paragraphs kept, blank runs folded."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u3000", " ")
    if "%)" in text and ".HK)" in text:
        text = _QUOTE_BOX.sub(" ", text)  # (the sentence the box interrupted joins up again)
    kept: list[str] = []
    links, listed = 0, False  # headlines of other stories still to drop after a "Related News" label; any yet
    for line in text.split("\n"):
        stripped = line.strip()
        if is_page_end(stripped):
            break
        if _LINK_HEADING.match(stripped):
            links, listed = 6, False  # (a list of links is short: a paragraph after it is cut at six lines)
            continue
        if links and (stripped or not listed):  # (blank lines between the label and its first headline)
            if stripped:
                links, listed = links - 1, True
            continue
        links = 0
        if is_furniture(stripped):
            continue
        kept.append(stripped)
    body = "\n".join(kept)
    body = re.sub(r"\n{3,}", "\n\n", body)
    return body.strip()


_SKIP_TAGS = {"script", "style", "svg", "head", "noscript", "template", "iframe"}
_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote", "figcaption",
               "footer", "header", "section", "article", "table", "ul", "ol", "pre", "hr"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.lines: list[str] = [""]

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.lines.append("")
        elif tag in ("td", "th"):
            self.lines[-1] += " | "

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.lines.append("")

    def handle_data(self, data):
        if not self.skip:
            self.lines[-1] += data


# real markup in a text field: a closing tag of an element that holds text, or a line break
MARKUP = re.compile(r"</(?:html|head|body|div|p|span|article|section|title|a|li|ul|ol|td|tr|table|strong|b|em|i|h[1-6])\s*>|"
                    r"<br\s*/?>", re.IGNORECASE)


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment: one line per block, whitespace folded, scripts dropped."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in parser.lines)
    return "\n".join(line for line in lines if line)
