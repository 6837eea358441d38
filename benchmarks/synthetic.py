"""Synthetic trading days for benchmarks: English and Chinese articles with realistic move sentences.

Deterministic by seed. Instruments come from the securities reference, so the
extractor has real names, codes and aliases to resolve. Run directly to write a
day: ``python -m benchmarks.synthetic --articles 1000 --out /tmp/day``.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from briefs.extract.reference import load_reference

EN_UP = ["rose", "gained", "climbed", "jumped", "added", "advanced", "surged", "edged up"]
EN_DOWN = ["fell", "dropped", "slid", "declined", "shed", "lost", "retreated", "tumbled"]
ZH_UP = ["涨", "上涨", "收涨", "涨超", "大涨"]
ZH_DOWN = ["跌", "下跌", "收跌", "跌超", "大跌"]
SYLLABLES = ["ba", "ko", "ri", "tem", "lan", "sor", "vi", "ex", "pro", "mar", "quin", "del", "tu", "ne", "gra",
             "fin", "cal", "om", "stra", "po", "lu", "ver", "den", "cy", "ti", "mo", "sha", "ren", "ix", "ur"]


def _vocabulary(rng: random.Random) -> tuple[list[str], list[str]]:
    """A few thousand made-up English words and common Chinese characters: varied text, like real news."""
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(4000)]
    chars = [chr(code) for code in rng.sample(range(0x4E00, 0x9FA5), 3000)]
    return words, chars


def _article(rng: random.Random, names: list[tuple[str, str]], size: int, filler: list[str], chinese: bool) -> str:
    """About ``size`` bytes: four to eight move sentences among filler, in one language."""
    parts = []
    moves = rng.randint(4, 8)  # about six figures an article, as in real market news
    while sum(len(p.encode("utf-8")) for p in parts) < size or moves > 0:
        if moves > 0 and rng.random() < 0.5:
            moves -= 1
            name, code = rng.choice(names)
            value = f"{rng.uniform(0.05, 12):.2f}%"
            if chinese:
                code_text = f"（{code.split('.')[0]}）" if rng.random() < 0.4 else ""
                parts.append(f"{name}{code_text}{rng.choice(ZH_UP + ZH_DOWN)}{value}。")
            else:
                code_text = f" ({code.split('.')[0]})" if rng.random() < 0.4 else ""
                parts.append(f"{name}{code_text} {rng.choice(EN_UP + EN_DOWN)} {value} on the day.")
        count = rng.randint(15, 40) if chinese else rng.randint(12, 30)
        if chinese:
            parts.append("".join(rng.choice(filler) for _ in range(count)) + "。")
        else:
            parts.append(" ".join(rng.choice(filler) for _ in range(count)).capitalize() + ".")
    return ("" if chinese else " ").join(parts)


def synthetic_day(count: int, seed: int = 7, size: int = 4000, day: str = "2025-09-16") -> list[dict]:
    """``count`` parsed-article records of about ``size`` bytes each, half English, half Chinese."""
    rng = random.Random(seed)
    words, chars = _vocabulary(rng)
    ref = load_reference()
    en = [(i.name_en, i.code) for i in ref.instruments.values() if i.name_en]
    zh = [(i.name_zh, i.code) for i in ref.instruments.values() if i.name_zh]
    records = []
    for n in range(count):
        chinese = n % 2 == 1
        body = _article(rng, zh, size, chars, True) if chinese else _article(rng, en, size, words, False)
        records.append({
            "title": f"{'市场快讯' if chinese else 'Market wrap'} {n}",
            "outlet": f"Outlet {n % 37}",
            "published": f"{day}T{9 + n % 8:02d}:{n % 60:02d}:00+08:00",
            "url": f"https://synthetic.example/{day}/{n}",
            "body": body,
        })
    return records


def write_day(records: list[dict], folder: Path, per_file: int = 1000) -> list[Path]:
    """Write records as JSONL files of ``per_file`` records each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for start in range(0, len(records), per_file):
        path = folder / f"articles-{start // per_file:03d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for record in records[start:start + per_file]:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    written = write_day(synthetic_day(args.articles, args.seed), args.out)
    print(f"{args.articles} articles in {len(written)} files under {args.out}")
