"""The SQLite store (sqlite-utils): plans, measures, indicators, passage vectors, and what
retrieval derives from the whole corpus (tokens, dictionary, unit names) so a start reads it.

Functions take a `sqlite_utils.Database` from outside (tests pass an in-memory one).
`ingest` never writes the live file: it builds a copy beside it and renames it into
place, so a failed or killed ingest leaves the previous index as it was.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import sqlite_utils

from .models import Indicator, Measure, ParsedDocument, Plan
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
    if "vectors" in db.table_names() and "text_hash" not in db["vectors"].columns_dict:
        db["vectors"].drop()  # the earlier layout, keyed by measure id: recomputed once
    if "vectors" not in db.table_names():
        # keyed by model and passage text, so a measure whose text is unchanged keeps its vector
        # whatever its id or plan does (a measure inserted above shifts the ids below it)
        db["vectors"].create({"model": str, "text_hash": str, "dim": int, "vector": bytes}, pk=("model", "text_hash"))
    if "search_tokens" not in db.table_names():
        db["search_tokens"].create({"id": str, "tokens": str}, pk="id")
    if "search_meta" not in db.table_names():
        db["search_meta"].create({"key": str, "value": str}, pk="key")


def write_document(db: sqlite_utils.Database, parsed: ParsedDocument) -> None:
    """Replace everything stored for this document by the parsed records (one transaction)."""
    ensure_schema(db)
    doc = parsed.plan.doc
    with db.conn:
        db.execute("delete from measures where doc = ?", [doc])
        db.execute("delete from indicators where doc = ?", [doc])
        db["plans"].upsert(_row(parsed.plan), pk="doc")
        db["measures"].insert_all((_row(m) for m in parsed.measures), pk="id")
        db["indicators"].insert_all((_row(i) for i in parsed.indicators), pk="id")


def load_plans(db: sqlite_utils.Database) -> list[Plan]:
    ensure_schema(db)
    return [Plan(**_decode(r)) for r in db["plans"].rows_where(order_by="doc")]


def load_measures(db: sqlite_utils.Database) -> list[Measure]:
    ensure_schema(db)
    return [Measure(**_decode(r)) for r in db["measures"].rows_where(order_by="id")]


def load_indicators(db: sqlite_utils.Database) -> list[Indicator]:
    ensure_schema(db)
    return [Indicator(**r) for r in db["indicators"].rows_where(order_by="id")]


def passage_text(m: Measure) -> str:
    """What a measure's vector is computed from: its words and where it sits in the plan."""
    parts = [m.plan_title, m.section, m.subsection, m.task, m.text]
    return " ".join(p for p in parts if p)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def store_vectors(db: sqlite_utils.Database, model: str, encode: Encoder) -> int:
    """Vectors for every measure's passage text that has none for `model`; returns how many were
    computed. Vectors of other models and of texts no measure has any more are dropped.

    One `encode` call for all of them, so the encoder batches once.
    """
    ensure_schema(db)
    texts = {text_hash(t): t for t in map(passage_text, load_measures(db))}
    with db.conn:
        db.execute("delete from vectors where model != ?", [model])
    have = {r["text_hash"] for r in db.query("select text_hash from vectors")}
    todo = [(h, t) for h, t in texts.items() if h not in have]
    with db.conn:
        db.execute("delete from vectors where text_hash not in (select value from json_each(?))", [json.dumps(list(texts))])
        if todo:
            vecs = np.asarray(encode([t for _, t in todo]), dtype=np.float32)
            db["vectors"].insert_all(
                {"model": model, "text_hash": h, "dim": vecs.shape[1], "vector": v.tobytes()} for (h, _), v in zip(todo, vecs)
            )
    return len(todo)


def load_vectors(db: sqlite_utils.Database, model: str, measures: Sequence[Measure]) -> dict[str, np.ndarray]:
    """Measure id -> its stored vector for `model` (measures whose text has none are left out)."""
    ensure_schema(db)
    by_hash = {
        r[0]: np.frombuffer(r[1], dtype=np.float32)
        for r in db.execute("select text_hash, vector from vectors where model = ?", [model]).fetchall()
    }
    found = ((m.id, by_hash.get(text_hash(passage_text(m)))) for m in measures)
    return {i: v for i, v in found if v is not None}


@dataclass
class SearchData:
    """What retrieval computes from the whole corpus at ingest (retrieval/prepared.py), so a
    process starts by reading it: `version` names the code and tables that made it."""

    version: str
    units: list[str]  # the unit names the records print, in first-seen order
    words: list[str]  # the tokenizer's dictionary
    tokens: dict[str, list[str]]  # measure id -> the words BM25 indexes for it


def store_search_data(db: sqlite_utils.Database, data: SearchData) -> None:
    ensure_schema(db)
    with db.conn:
        db.execute("delete from search_tokens")
        db["search_tokens"].insert_all(
            ({"id": i, "tokens": json.dumps(t, ensure_ascii=False)} for i, t in data.tokens.items()), pk="id")
        db["search_meta"].upsert_all(
            [{"key": k, "value": json.dumps(getattr(data, k), ensure_ascii=False)} for k in ("version", "units", "words")],
            pk="key")


def load_search_data(db: sqlite_utils.Database) -> SearchData | None:
    ensure_schema(db)
    meta = {r[0]: json.loads(r[1]) for r in db.execute("select key, value from search_meta").fetchall()}
    if set(meta) != {"version", "units", "words"}:
        return None
    shared: dict[str, str] = {}  # one string object per distinct word, not one per occurrence
    tokens = {r[0]: [shared.setdefault(t, t) for t in json.loads(r[1])]
              for r in db.execute("select id, tokens from search_tokens").fetchall()}
    return SearchData(meta["version"], meta["units"], meta["words"], tokens)


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
    analyze: tuple[str, Callable[[list[Measure]], SearchData]] | None = None,
    progress: Callable[[str], None] = lambda _msg: None,
) -> IngestReport:
    """Parse `paths` into the index at `db_path`, atomically; unchanged files are skipped.
    `embed` = (model, encode) stores passage vectors; `analyze` = (version, analyze) stores
    what retrieval derives from the corpus, again whenever a plan or the version changed.

    Every file is parsed before anything is written, so one bad file fails the whole
    ingest with a DocumentError and the live index is not touched.
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_builds(db_path)
    report = IngestReport()
    stored = {}
    if db_path.exists():
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
        if db_path.exists():
            shutil.copyfile(db_path, tmp)
        db = sqlite_utils.Database(tmp)
        ensure_schema(db)
        for doc in parsed:
            write_document(db, doc)
        if embed is not None:
            model, encode = embed
            progress(f"embedding with {model}")
            report.embedded = store_vectors(db, model, encode)
        if analyze is not None:
            version, derive = analyze
            stored = db.execute("select value from search_meta where key = 'version'").fetchone()
            if parsed or stored is None or json.loads(stored[0]) != version:
                progress("tokenizing the corpus for BM25")
                store_search_data(db, derive(load_measures(db)))
        elif parsed:
            with db.conn:  # no longer what the records say: a start recomputes it
                db.execute("delete from search_meta")
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
