"""Rendering: what comes from articles is shown as text, never run or followed."""
from __future__ import annotations

import json
from email import policy
from email.parser import BytesParser

from click.testing import CliRunner

from briefs.cli import main


def test_hostile_article_is_escaped_everywhere(tmp_path, sample_env):
    record = {
        "title": "<script>alert(1)</script> 沪指收涨0.04%",
        "outlet": "<b>Evil</b>",
        "url": "javascript:alert(2)",
        "published": "2025-09-16 15:00",
        # the title alone states the figure, so the hostile title is the footnote's sentence
        "body": '市场平稳。<img src="http://127.0.0.1:9/x.png"><img src="file:///etc/passwd">',
    }
    (tmp_path / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--input", str(tmp_path / "a.jsonl"), "--date", "2025-09-16",
                                       "--out", str(tmp_path / "o")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    folder = tmp_path / "o" / "2025-09-16"
    page = (folder / "brief.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>Evil</b>" not in page and "&lt;b&gt;Evil&lt;/b&gt;" in page
    assert 'href="javascript:' not in page
    assert '<img src="http' not in page and '<img src="file' not in page
    message = BytesParser(policy=policy.default).parsebytes((folder / "brief.eml").read_bytes())
    html = message.get_body(("html",)).get_content()
    assert "<script>" not in html and 'href="javascript:' not in html
    text = message.get_body(("plain",)).get_content()
    assert "“<script>alert(1)</script> 沪指收涨0.04%”" not in text  # quoted as plain text, not escaped
    assert '"<script>alert(1)</script> 沪指收涨0.04%"' in text and "&lt;" not in text


def test_pdf_renderer_fetches_nothing_outside_the_build(expect_warnings):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from briefs.render import render_pdf

    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        expect_warnings(r"127\.0\.0\.1", r"/etc/passwd")
        html = (f'<p>x</p><img src="http://127.0.0.1:{port}/leak.png"><img src="file:///etc/passwd">'
                f'<link rel="stylesheet" href="http://127.0.0.1:{port}/leak.css">')
        pdf = render_pdf(html, {})
    finally:
        server.shutdown()
        server.server_close()
    assert pdf.startswith(b"%PDF-")
    assert hits == []


def test_conflicts_are_shown_with_both_values_and_sources(tmp_path, sample_env):
    records = [
        {"title": "One", "outlet": "Wire One", "published": "2025-09-16 15:00", "url": "https://one.example/a",
         "body": "Hygon closed up 10.32% on Tuesday."},
        {"title": "Two", "outlet": "Wire Two", "published": "2025-09-16 16:00", "url": "https://two.example/b",
         "body": "Hygon closed up 9.8% on Tuesday."},
    ]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--input", str(tmp_path / "a.jsonl"), "--date", "2025-09-16",
                                       "--out", str(tmp_path / "o")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    folder = tmp_path / "o" / "2025-09-16"
    brief = json.loads((folder / "brief.json").read_text(encoding="utf-8"))
    (conflict,) = brief["conflicts"]
    assert sorted(v["value"] for v in conflict["values"]) == [9.8, 10.32]
    page = (folder / "brief.html").read_text(encoding="utf-8")
    section = page[page.index('id="conflicts"'):page.index('id="evidence"')]
    assert "Hygon" in section and "10.32" in section and "9.80" in section
    # the newsletter shows the kept figure only; the page and the PDF show the disagreement
