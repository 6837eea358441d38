"""The PDF, the email and the charts of the sample day, read back with real tools."""
from __future__ import annotations

import re
import subprocess
from email import policy
from email.parser import BytesParser


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def test_pdf_has_text_cjk_font_and_sane_page_count(sample_build):
    folder, _ = sample_build
    pdf = folder / "brief.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = _run("pdftotext", "-layout", str(pdf), "-")
    assert "Market Brief · 2025-09-16" in text
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
    assert width >= 1400  # 7.2 inches at 200 dpi


def test_html_names_cjk_fonts(sample_build):
    folder, _ = sample_build
    page = (folder / "brief.html").read_text(encoding="utf-8")
    assert "Noto Sans CJK SC" in page and "WenQuanYi Micro Hei" in page
    assert "半导体" in page
