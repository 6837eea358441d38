"""Small input days for the archive and operation tests, written as JSONL feeds by date."""
from __future__ import annotations

import json
from pathlib import Path


def write_day(feeds: Path, day: str, cambricon: float = 2.0, extra: str = "") -> Path:
    """A feed folder for ``day`` with two articles, one naming Cambricon's move."""
    folder = feeds / day
    folder.mkdir(parents=True, exist_ok=True)
    verb = f"rose {cambricon}%" if cambricon >= 0 else f"fell {-cambricon}%"
    records = [
        {"title": f"A-shares close {day}", "outlet": "Wire", "published": f"{day}T15:10:00+08:00",
         "url": f"https://t.example/{day}/close",
         "body": f"The Shanghai Composite Index closed up 0.3% at 3,400.12 points. Cambricon {verb}. {extra}"},
        {"title": f"机器人 {day}", "outlet": "测试日报", "published": f"{day}T16:00:00+08:00",
         "url": f"https://t.example/{day}/robots",
         "body": "机器人ETF（159551）收涨1.5%，人形机器人概念走强。"},
    ]
    (folder / "articles.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                           encoding="utf-8")
    return folder
