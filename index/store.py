"""The SQLite store (sqlite-utils): plans, measures, indicators and passage vectors.

Functions take a `sqlite_utils.Database` from outside (tests pass an in-memory one).
`ingest` never writes the live file: it builds a copy beside it and renames it into
place, so a failed or killed ingest leaves the previous index as it was.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import sqlite_utils

from .facts import extract_facts
from .models import Fact, Indicator, Measure, ParsedDocument, Plan
from .parse import DocumentError, parse_text, read_text

log = logging.getLogger(__name__)

LIST_FIELDS = ("lead", "responsible", "assist", "attachments")
Encoder = Callable[[list[str]], np.ndarray]


def _row(model) -> dict:
    data = model.model_dump(mode="json")
    return {k: json.dumps(v, ensure_ascii=False) if k in LIST_FIELDS else v for k, v in data.items()}


def _decode(row: dict) -> dict:
    return {k: json.loads(v) if k in LIST_FIELDS and isinstance(v, str) else v for k, v in row.items()}


def ensure_schema(db: sqlite_utils.Database) -> None:
    if "plans" not in db.table_names():
        db["plans"].create(
            {"doc": str, "issuer": str, "year": int, "title": str, "doc_number": str, "issued": str,
             "layout": str, "sha256": str, "attachments": str},
            pk="doc",
        )
    if "measures" not in db.table_names():
        db["measures"].create(
            {"id": str, "doc": str, "issuer": str, "year": int, "attachment": str, "plan_title": str,
             "section": str, "subsection": str, "task_no": str, "task": str, "text": str, "deadline": str,
             "due": str, "lead": str, "responsible": str, "assist": str, "line": int},
            pk="id",
        )
        db["measures"].create_index(["doc"])
    if "indicators" not in db.table_names():
        db["indicators"].create(
            {"id": str, "doc": str, "issuer": str, "year": int, "attachment": str, "table": str, "part": int,
             "table_title": str, "entity": str, "indicator": str, "value": str, "line": int},
            pk="id",
        )
        db["indicators"].create_index(["doc"])
    if "vectors" not in db.table_names():
        db["vectors"].create({"id": str, "model": str, "dim": int, "vector": bytes}, pk="id")


SQLITE_MAGIC = b"SQLite format 3\x00"


class IndexUnreadable(Exception):
    """The index file exists but is not a planbot index (damaged, truncated, or something else)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"{path} is not a readable planbot index ({reason}); move it aside and run `planbot ingest` to build a new one"
        )


def check_index(db_path: Path) -> None:
    """Raise IndexUnreadable unless `db_path` is an SQLite file holding planbot's tables.

    Read-only: a damaged index is reported, never "repaired" by writing a schema into it. Cheap
    (the header and the schema page), so every start can afford it; damage deeper in the file
    surfaces as sqlite3.DatabaseError when the pages are read.
    """
    with open(db_path, "rb") as f:
        header = f.read(len(SQLITE_MAGIC))
    if not header:
        raise IndexUnreadable(db_path, "the file is empty")
    if header != SQLITE_MAGIC:
        raise IndexUnreadable(db_path, "not an SQLite database")
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise IndexUnreadable(db_path, f"SQLite says: {exc}") from None
    if not {"plans", "measures"} <= tables:
        raise IndexUnreadable(db_path, "no planbot tables in it")


def write_document(db: sqlite_utils.Database, parsed: ParsedDocument) -> None:
    """Replace everything stored for this document by the parsed records (one transaction)."""
    ensure_schema(db)
    _ensure_facts(db)
    doc = parsed.plan.doc
    with db.conn:
        old_ids = {r["id"] for r in db.query("select id from measures where doc = ?", [doc])}
        new_ids = {m.id for m in parsed.measures}
        db.execute("delete from measures where doc = ?", [doc])
        db.execute("delete from indicators where doc = ?", [doc])
        stale = old_ids - new_ids
        if stale:
            db.execute(f"delete from vectors where id in ({','.join('?' * len(stale))})", list(stale))
        db["plans"].upsert(_row(parsed.plan), pk="doc")
        db["measures"].insert_all((_row(m) for m in parsed.measures), pk="id")
        db["indicators"].insert_all((_row(i) for i in parsed.indicators), pk="id")
        db.execute("delete from facts where doc = ?", [doc])
        db["facts"].insert_all((_row(f) for f in extract_facts(parsed.measures)), pk="id")


def load_plans(db: sqlite_utils.Database) -> list[Plan]:
    ensure_schema(db)
    return [Plan(**_decode(r)) for r in db["plans"].rows_where(order_by="doc")]


def load_measures(db: sqlite_utils.Database) -> list[Measure]:
    ensure_schema(db)
    return [Measure(**_decode(r)) for r in db["measures"].rows_where(order_by="id")]


def load_indicators(db: sqlite_utils.Database) -> list[Indicator]:
    ensure_schema(db)
    return [Indicator(**r) for r in db["indicators"].rows_where(order_by="id")]


def load_facts(db: sqlite_utils.Database) -> list[Fact]:
    """The numeric targets stated in measure text (index.facts), in document order.  An index
    built before the facts table existed gets them from its measures (nothing is written: a
    serving process may only read its index; the next ingest stores them)."""
    if "facts" not in db.table_names():
        return extract_facts(load_measures(db))
    return [Fact(**r) for r in db["facts"].rows_where(order_by="doc, rowid")]


def _ensure_facts(db: sqlite_utils.Database) -> None:
    if "facts" not in db.table_names():
        db["facts"].create(
            {"id": str, "measure_id": str, "doc": str, "issuer": str, "year": int, "metric": str, "subject": str,
             "comparator": str, "value": float, "unit": str, "phrase": str, "sentence": str, "line": int},
            pk="id",
        )
        db["facts"].create_index(["doc"])


def refresh_facts(db: sqlite_utils.Database) -> None:
    """Re-extract every stored measure's facts at ingest: they follow the extraction code, not only
    changed plans (ingest skips unchanged files)."""
    _ensure_facts(db)
    facts = extract_facts(load_measures(db))
    with db.conn:
        db.execute("delete from facts")
        db["facts"].insert_all((_row(f) for f in facts), pk="id")


def passage_text(m: Measure) -> str:
    """What a measure's vector is computed from: its words and where it sits in the plan."""
    parts = [m.plan_title, m.section, m.subsection, m.task, m.text]
    return " ".join(p for p in parts if p)


def store_vectors(db: sqlite_utils.Database, model: str, encode: Encoder) -> int:
    """Compute and store vectors for measures that have none for `model`; returns how many.

    One `encode` call for all of them, so the encoder batches (and shows progress) once.
    """
    ensure_schema(db)
    with db.conn:
        db.execute("delete from vectors where model != ?", [model])
    have = {r["id"] for r in db.query("select id from vectors")}
    todo = [m for m in load_measures(db) if m.id not in have]
    if not todo:
        return 0
    vecs = np.asarray(encode([passage_text(m) for m in todo]), dtype=np.float32)
    with db.conn:
        db["vectors"].upsert_all(
            ({"id": m.id, "model": model, "dim": vecs.shape[1], "vector": v.tobytes()} for m, v in zip(todo, vecs)),
            pk="id",
        )
    return len(todo)


def load_vectors(db: sqlite_utils.Database, model: str) -> dict[str, np.ndarray]:
    ensure_schema(db)
    return {
        r["id"]: np.frombuffer(r["vector"], dtype=np.float32)
        for r in db.query("select id, vector from vectors where model = ?", [model])
    }


@dataclass
class IngestReport:
    parsed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    embedded: int = 0


def ingest(
    paths: Sequence[Path],
    db_path: Path,
    catalog: dict[str, dict] | None = None,
    issuer: str | None = None,
    year: int | None = None,
    embed: tuple[str, Encoder] | None = None,
    progress: Callable[[str], None] = lambda _msg: None,
) -> IngestReport:
    """Parse `paths` into the index at `db_path`, atomically; unchanged files are skipped.

    Every file is parsed before anything is written, so one bad file fails the whole
    ingest with a DocumentError and the live index is not touched. An empty index file (nothing
    to lose) is rebuilt; any other unreadable one raises IndexUnreadable and is left as it is.
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_builds(db_path)
    report = IngestReport()
    stored = {}
    existing = db_path.exists() and db_path.stat().st_size > 0
    if db_path.exists() and not existing:
        log.warning("%s is empty: building the index from scratch", db_path)
    if existing:
        check_index(db_path)
        stored = {p.doc: p.sha256 for p in load_plans(sqlite_utils.Database(db_path))}
    parsed: list[ParsedDocument] = []
    for path in paths:
        text, sha = read_text(path)
        if stored.get(path.name) == sha and issuer is None and year is None:
            report.unchanged.append(path.name)
            continue
        progress(f"parsing {path.name}")
        parsed.append(parse_text(path.name, text, sha, catalog, issuer=issuer, year=year))
        report.parsed.append(path.name)
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    try:
        if existing:
            shutil.copyfile(db_path, tmp)
        db = sqlite_utils.Database(tmp)
        ensure_schema(db)
        for doc in parsed:
            write_document(db, doc)
        refresh_facts(db)
        if embed is not None:
            model, encode = embed
            progress(f"embedding with {model}")
            report.embedded = store_vectors(db, model, encode)
        db.close()
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
    return report


def _remove_abandoned_builds(db_path: Path) -> None:
    """Temp builds left by a killed ingest (its pid is gone) only take disk space."""
    for leftover in db_path.parent.glob(f".{db_path.name}.*.tmp"):
        pid = leftover.name.rsplit(".", 2)[-2]
        if pid.isdigit() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def plan_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their .txt plan files, sorted, so ids stay stable."""
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    if not out:
        raise DocumentError("no plan files given")
    return out
