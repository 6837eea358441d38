"""The history store: every built day's figures, sector moves, themes and Brief, in SQLite.

The schema is created and migrated here (``PRAGMA user_version`` counts the migrations
applied). Building a day that is already stored replaces it, in one transaction; days
may be built in any order, since history is always read as "the stored days before D".
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pandas as pd

from briefs.errors import warn

# each entry migrates the schema one version up; append, never edit
MIGRATIONS = [
    """
    CREATE TABLE days (market TEXT NOT NULL, date TEXT NOT NULL, built TEXT NOT NULL, brief TEXT NOT NULL,
                       PRIMARY KEY (market, date));
    CREATE TABLE figures (market TEXT NOT NULL, date TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
                          kind TEXT NOT NULL, sector TEXT NOT NULL, metric TEXT NOT NULL, unit TEXT NOT NULL,
                          value REAL NOT NULL, qualifier TEXT NOT NULL,
                          PRIMARY KEY (market, date, code, metric, unit));
    CREATE TABLE sectors (market TEXT NOT NULL, date TEXT NOT NULL, sector TEXT NOT NULL, move REAL NOT NULL,
                          PRIMARY KEY (market, date, sector));
    CREATE TABLE themes (market TEXT NOT NULL, date TEXT NOT NULL, theme TEXT NOT NULL, weight REAL NOT NULL,
                         articles INTEGER NOT NULL, outlets INTEGER NOT NULL,
                         PRIMARY KEY (market, date, theme));
    """,
]
TABLES = ("days", "figures", "sectors", "themes")


class Store:
    """A connection to the history database, migrated to the current schema on open."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise
            # a corrupt store must not block every future build: set it aside and start anew
            self.db.close()
            aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
            for suffix in ("", "-wal", "-shm"):
                old = Path(f"{path}{suffix}")
                if old.exists():
                    old.rename(Path(f"{aside}{suffix}"))
            warn(str(path), f"history store unreadable ({exc}); moved to {aside.name} and started anew")
            self._open()

    def _open(self) -> None:
        self.db = sqlite3.connect(self.path, timeout=30)
        self._use_wal()
        self.migrate()

    def _use_wal(self) -> None:
        """Write-ahead logging, so readers never block the writer. Switching modes does not wait on a
        busy database the way other statements do, hence the short retry loop."""
        for attempt in range(100):
            try:
                if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 99:
                    raise
                time.sleep(0.05)

    def migrate(self) -> int:
        """Apply the migrations this database lacks; returns the schema version.

        Under an immediate (write) transaction, so two processes opening a new store at
        once (a parallel backfill) migrate it once.
        """
        self.db.isolation_level = None  # transactions by hand: executescript would commit early
        try:
            self.db.execute("BEGIN IMMEDIATE")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in filter(str.strip, script.split(";")):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number}")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        finally:
            self.db.isolation_level = ""
        return len(MIGRATIONS)

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def save_day(self, market: str, day: str, built: str, brief_json: str, figures: pd.DataFrame,
                 sectors: list[dict], themes: list[dict]) -> None:
        """Store one day, replacing what was stored for it."""
        rows = figures[["code", "name", "kind", "sector", "metric", "unit", "value", "qualifier"]]
        rows = rows[rows["code"] != ""]
        with self.db:
            for table in TABLES:
                self.db.execute(f"DELETE FROM {table} WHERE market = ? AND date = ?", (market, day))
            self.db.execute("INSERT INTO days VALUES (?, ?, ?, ?)", (market, day, built, brief_json))
            self.db.executemany("INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                [(market, day, *row) for row in rows.itertuples(index=False)])
            self.db.executemany("INSERT INTO sectors VALUES (?, ?, ?, ?)",
                                [(market, day, s["sector"], s["move"]) for s in sectors if s["move"] is not None])
            self.db.executemany("INSERT INTO themes VALUES (?, ?, ?, ?, ?, ?)",
                                [(market, day, t["theme"], t["weight"], t["articles"], t["outlets"]) for t in themes])

    def days_before(self, market: str, day: str, count: int) -> list[str]:
        """The ``count`` latest stored days before ``day``, oldest first."""
        rows = self.db.execute("SELECT date FROM days WHERE market = ? AND date < ? ORDER BY date DESC LIMIT ?",
                               (market, day, count)).fetchall()
        return sorted(r[0] for r in rows)

    def frame(self, table: str, market: str, days: list[str]) -> pd.DataFrame:
        """Rows of ``figures``, ``sectors`` or ``themes`` for the given days."""
        if table not in TABLES[1:]:
            raise ValueError(table)
        marks = ",".join("?" * len(days)) or "NULL"
        return pd.read_sql_query(f"SELECT * FROM {table} WHERE market = ? AND date IN ({marks})", self.db,
                                 params=[market, *days])
