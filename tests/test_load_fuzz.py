"""No byte string makes a loader raise anything but the project's own error."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefs.errors import BriefsError
from briefs.load import load_articles
from briefs.records import Article

PREFIXES = [b"", b"{", b"[", b"<rss><channel><item><title>", b"<html><body><p>", b"<?xml version='1.0'?><feed>",
            b'{"title": "t", "body": ', b"Workflow\nicon\nSearch documents\n", b"Title\n\nOutlet\xc2\xb7 2025-09-16 10:00\n"]
SUFFIXES = ["", ".json", ".jsonl", ".txt", ".html", ".xml", ".rss", ".atom"]


@pytest.mark.allow_warnings
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=600), text=st.text(max_size=300),
       suffix=st.sampled_from(SUFFIXES))
def test_loaders_never_raise_foreign_errors(prefix, data, text, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(prefix + text.encode("utf-8", "surrogatepass") + data)
        try:
            articles = load_articles([str(path)], ZoneInfo("Asia/Shanghai"), date(2025, 9, 16))
        except BriefsError:
            return
        assert all(isinstance(a, Article) and a.body for a in articles)
