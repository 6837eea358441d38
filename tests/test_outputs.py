"""The PDF, the email and the charts of the sample day, read back with real tools."""
from __future__ import annotations

import re
import subprocess
from email import policy
from email.parser import BytesParser

import pytest


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def test_pdf_has_text_cjk_font_and_sane_page_count(sample_build):
    folder, _ = sample_build
    pdf = folder / "brief.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = _run("pdftotext", "-layout", str(pdf), "-")
    assert "Market Brief · Tuesday, September 16, 2025" in text
    assert "Shanghai Composite Index" in text and "+0.04%" in text
    assert "半导体" in text and "信创" in text  # Chinese comes back as Chinese, not boxes
    fonts = _run("pdffonts", str(pdf))
    cjk = [line for line in fonts.splitlines() if re.search(r"CJK|WenQuanYi|WQY", line, re.IGNORECASE)]
    assert cjk, fonts
    assert all(line.split()[-5] == "yes" for line in cjk), fonts  # the "emb" column
    pages = int(re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(pdf)), re.MULTILINE).group(1))
    assert 2 <= pages <= 15


def test_pdf_first_page_renders(sample_build, tmp_path):
    folder, _ = sample_build
    _run("pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(folder / "brief.pdf"), str(tmp_path / "p"))
    png = next(tmp_path.glob("p*.png"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000


def test_eml_is_a_real_mime_message(sample_build):
    folder, _ = sample_build
    message = BytesParser(policy=policy.default).parsebytes((folder / "brief.eml").read_bytes())
    assert "2025-09-16" in message["Subject"]
    for header in ("From", "To", "Date", "Message-ID"):
        assert message[header], header
    assert message.get_content_type() == "multipart/mixed"
    alternative = message.get_payload()[0]
    assert alternative.get_content_type() == "multipart/alternative"
    plain, related = alternative.get_payload()
    assert plain.get_content_type() == "text/plain"
    assert "Shanghai Composite Index" in plain.get_content() and "<" not in plain.get_content().split("WHERE")[0]
    assert related.get_content_type() == "multipart/related"
    html_part, *images = related.get_payload()
    html = html_part.get_content()
    cids = set(re.findall(r'src="cid:([^"]+)"', html))
    assert cids, "the email's HTML shows the charts"
    attached = {part["Content-ID"].strip("<>") for part in images}
    assert cids <= attached
    assert all(part.get_content_type() == "image/png" for part in images)
    assert "<svg" not in html and "data:" not in html and "<script" not in html
    assert len(html.encode("utf-8")) < 100 * 1024  # Gmail clips larger messages
    assert 'style="' in html and "<link" not in html  # CSS inlined, nothing to fetch
    assert not re.search(r'<img[^>]+src="(?!cid:)', html)  # no remote image
    pdf = message.get_payload()[1]
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_content().startswith(b"%PDF-")


def test_chart_svgs_do_not_share_ids(sample_build):
    folder, _ = sample_build
    page = (folder / "brief.html").read_text(encoding="utf-8")
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), [i for i in set(ids) if ids.count(i) > 1][:5]
    assert page.count("<svg") >= 2


def test_png_charts_are_double_resolution(sample_build):
    folder, _ = sample_build
    data = (folder / "chart-sectors.png").read_bytes()
    width = int.from_bytes(data[16:20], "big")
    assert width >= 960  # 4.8 inches at 200 dpi


def test_html_names_cjk_fonts(sample_build):
    folder, _ = sample_build
    page = (folder / "brief.html").read_text(encoding="utf-8")
    assert "Noto Sans CJK SC" in page and "WenQuanYi Micro Hei" in page
    assert "半导体" in page


def _outline(reader) -> list[str]:
    titles = []
    for item in reader.outline:
        titles.extend(_outline_items(item))
    return titles


def _outline_items(item) -> list[str]:
    if isinstance(item, list):
        return [t for sub in item for t in _outline_items(sub)]
    return [item.title]


def test_pdf_bookmarks_metadata_and_language(sample_build):
    from pypdf import PdfReader

    folder, _ = sample_build
    reader = PdfReader(folder / "brief.pdf")
    titles = _outline(reader)
    for section in ("Indices", "Leading and lagging sectors", "Top movers", "Turnover and breadth", "Charts",
                    "Sectors", "Movers", "Flows and breadth", "From the articles", "Catalysts", "Themes",
                    "Appendix: where each figure comes from", "Appendix: sources"):
        assert section in titles
    meta = reader.metadata
    assert meta.title == "Market Brief · Sep 16, 2025"
    assert meta.creation_date.isoformat().startswith("2025-09-16T16:00:00")  # the injected build time
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)  # A4


@pytest.mark.parametrize("variant", ["pdf/a-3b", "pdf/ua-1"])
def test_archival_and_accessible_pdf_variants(tmp_path, sample_env, variant):
    from click.testing import CliRunner
    from pypdf import PdfReader

    from briefs.cli import main

    result = CliRunner().invoke(main, ["build", "--out", str(tmp_path), "--format", "pdf"],
                                env={"BRIEFS_PDF_VARIANT": variant}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "2025-09-16" / "brief.pdf"
    reader = PdfReader(pdf)
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    if variant == "pdf/a-3b":
        assert re.search(r"pdfaid:part(?:>|=\")3", xmp) and re.search(r"pdfaid:conformance(?:>|=\")B", xmp)
        assert "/OutputIntents" in reader.trailer["/Root"]
    else:
        assert re.search(r"pdfuaid:part(?:>|=\")1", xmp)
        assert "Tagged:          yes" in _run("pdfinfo", str(pdf))
        assert "/StructTreeRoot" in reader.trailer["/Root"]


def test_compose_refuses_a_header_with_a_line_break(sample_build):
    from datetime import datetime, timezone

    from briefs.brief import Brief
    from briefs.errors import RenderError
    from briefs.mail import compose

    folder, _ = sample_build
    brief = Brief.read(folder / "brief.json")
    brief.title = "Brief\nBcc: everyone@example.com"
    with pytest.raises(RenderError, match="line break"):
        compose(brief, "<p>x</p>", "x", [], sender="a@b.c", recipients=["d@e.f"],
                sent=datetime(2025, 9, 16, tzinfo=timezone.utc))


def test_chinese_number_style(tmp_path, sample_env):
    from click.testing import CliRunner

    from briefs.cli import main

    result = CliRunner().invoke(main, ["build", "--out", str(tmp_path), "--format", "html"],
                                env={"BRIEFS_NUMBER_STYLE": "chinese"}, catch_exceptions=False)
    assert result.exit_code == 0
    page = (tmp_path / "2025-09-16" / "brief.html").read_text(encoding="utf-8")
    assert "2.34万亿元" in page and "2032万元" in page
