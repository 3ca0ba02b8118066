"""The SQLite store (sqlite-utils): plans, measures, indicators, passage vectors, and what
retrieval derives from the whole corpus (tokens, dictionary, unit names) so a start reads it.

Functions take a `sqlite_utils.Database` from outside (tests pass an in-memory one).
`ingest` and `remove` never write the live file: they build a copy beside it and rename it
into place, so a failed or killed ingest leaves the previous index as it was, and a reader that
opened the old file keeps reading it. One writer at a time: both hold an flock on
`<index>.lock` from reading the old index to the rename, so two ingests never build on the
same old copy (the second waits, or fails naming the lock and its holder). Each published
index carries a version (SQLite's user_version), one more than the index it replaced.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import sqlite_utils

from .facts import extract_facts
from .models import Fact, Indicator, Measure, ParsedDocument, Plan
from .parse import SUFFIXES, DocumentError, parse_bytes

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
        db.execute("delete from measures where doc = ?", [doc])
        db.execute("delete from indicators where doc = ?", [doc])
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


class DuplicatePlan(DocumentError):
    """A new document repeats a plan already in the index (the message names it)."""


class IndexLocked(RuntimeError):
    """Another process is writing the index and did not finish within the wait."""


@contextlib.contextmanager
def writer_lock(db_path: Path, wait_s: float = 600.0, poll_s: float = 0.1) -> Iterator[None]:
    """Hold the index's writer lock (flock on `<index>.lock`, released by the kernel if the holder
    dies); waits up to `wait_s`, then raises IndexLocked naming the lock file and its holder."""
    lock_path = db_path.with_name(db_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as handle:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "unknown"
                    raise IndexLocked(f"the index is being written by another process ({holder}); "
                                      f"lock {lock_path} still held after {wait_s:.0f} s") from None
                time.sleep(poll_s)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)


def index_version(db_path: Path) -> int:
    """The published index's version (0 for none, or an index written before versions)."""
    if not db_path.exists():
        return 0
    db = sqlite_utils.Database(db_path)
    try:
        return db.execute("pragma user_version").fetchone()[0]
    finally:
        db.close()


@contextlib.contextmanager
def _new_version(db_path: Path) -> Iterator[sqlite_utils.Database]:
    """A writable copy of the index; renamed into place, one version up, when the block succeeds."""
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    try:
        if db_path.exists():
            shutil.copyfile(db_path, tmp)
        db = sqlite_utils.Database(tmp)
        ensure_schema(db)
        version = db.execute("pragma user_version").fetchone()[0]
        yield db
        db.execute(f"pragma user_version = {int(version) + 1}")
        db.close()
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)


@dataclass
class IngestReport:
    parsed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    embedded: int = 0
    version: int = 0
    documents: list[ParsedDocument] = field(default_factory=list)


def summary(doc: ParsedDocument, samples: int = 5) -> dict:
    """What ingesting `doc` would index: the plan, counts per attachment, a few rows spread over
    the document, and the table rows the reader could not use (`planbot ingest --dry-run`, uploads)."""
    plan = doc.plan
    parts: dict[str | None, dict] = {}
    for m in doc.measures:
        parts.setdefault(m.attachment, {"attachment": m.attachment, "title": m.plan_title, "measures": 0, "indicators": 0})
        parts[m.attachment]["measures"] += 1
    for i in doc.indicators:
        parts.setdefault(i.attachment, {"attachment": i.attachment, "title": i.table_title, "measures": 0, "indicators": 0})
        parts[i.attachment]["indicators"] += 1
    n = len(doc.measures)
    picks = sorted({round(k * (n - 1) / max(samples - 1, 1)) for k in range(samples)}) if n else []
    return {
        "doc": plan.doc, "issuer": plan.issuer, "year": plan.year, "title": plan.title,
        "doc_number": plan.doc_number, "layout": plan.layout,
        "measures": n, "indicators": len(doc.indicators),
        "attachments": list(parts.values()),
        "samples": [
            {"id": m.id, "attachment": m.attachment, "section": m.section, "task_no": m.task_no, "text": m.text,
             "deadline": m.deadline, "lead": m.lead, "responsible": m.responsible, "assist": m.assist}
            for m in (doc.measures[k] for k in picks)
        ],
        "skipped": doc.skipped,
    }


def find_duplicate(doc: ParsedDocument, indexed: Sequence[Plan], measures: Sequence[Measure] = ()) -> Plan | None:
    """An indexed plan, under another file name, that this document repeats: the same bytes, or
    (nearly) the same measures for the same issuer and year, e.g. the .docx of an indexed .txt."""
    texts = {m.text for m in doc.measures}
    for plan in indexed:
        if plan.doc == doc.plan.doc:
            continue
        if plan.sha256 == doc.plan.sha256:
            return plan
        if texts and _may_equal(plan.issuer, doc.plan.issuer) and _may_equal(plan.year, doc.plan.year):
            theirs = {m.text for m in measures if m.doc == plan.doc}
            if theirs and len(texts & theirs) >= 0.8 * max(len(texts), len(theirs)):
                return plan
    return None


def _may_equal(a, b) -> bool:
    """Equal, or one side unknown (a document whose issuer was not detected)."""
    return a is None or b is None or a == b


def duplicate_message(doc: ParsedDocument, plan: Plan) -> str:
    what = " ".join(str(x) for x in (plan.issuer, plan.year, plan.title) if x)
    return (f"{doc.plan.doc} duplicates the indexed plan {plan.doc} ({what}); "
            f"to replace it, remove that one first (planbot remove {plan.doc}) or pass --replace {plan.doc}")


def ingest(
    paths: Sequence[Path],
    db_path: Path,
    catalog: dict[str, dict] | None = None,
    issuer: str | None = None,
    year: int | None = None,
    embed: tuple[str, Encoder] | None = None,
    analyze: tuple[str, Callable[[list[Measure]], SearchData]] | None = None,
    progress: Callable[[str], None] = lambda _msg: None,
    *,
    dry_run: bool = False,
    replace: Sequence[str] = (),
    lock_wait_s: float = 600.0,
) -> IngestReport:
    """Parse `paths` (.txt, .docx, .pdf) into the index at `db_path`, atomically; unchanged files
    are skipped. `dry_run` parses and checks only; `replace` names indexed plans the new files
    supersede (removed in the same version). `embed` = (model, encode) stores passage vectors;
    `analyze` = (version, analyze) stores what retrieval derives from the corpus, again whenever
    a plan or the version changed.

    Every file is parsed, and checked against the indexed plans for duplicates, before anything
    is written, so one bad file fails the whole ingest with a DocumentError and the live index is
    not touched. An empty index file (nothing to lose) is rebuilt; any other unreadable one raises
    IndexUnreadable and is left as it is.
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    files = [(path, path.read_bytes()) for path in paths]
    lock = contextlib.nullcontext() if dry_run else writer_lock(db_path, lock_wait_s)
    with lock:
        if not dry_run:
            _remove_abandoned_builds(db_path)
        report = IngestReport()
        indexed: list[Plan] = []
        indexed_measures: list[Measure] = []
        existing = db_path.exists() and db_path.stat().st_size > 0
        if db_path.exists() and not existing:
            log.warning("%s is empty: building the index from scratch", db_path)
            db_path.unlink()
        if existing:
            check_index(db_path)
            old = sqlite_utils.Database(db_path)
            indexed, indexed_measures = load_plans(old), load_measures(old)
            old.close()
        missing = set(replace) - {p.doc for p in indexed}
        if missing:
            raise DocumentError(f"--replace {', '.join(sorted(missing))}: no such plan in the index")
        stored = {p.doc: p.sha256 for p in indexed}
        others = [p for p in indexed if p.doc not in replace]
        for path, data in files:
            if stored.get(path.name) == hashlib.sha256(data).hexdigest() and issuer is None and year is None:
                report.unchanged.append(path.name)
                continue
            progress(f"parsing {path.name}")
            doc = parse_bytes(path.name, data, catalog, issuer=issuer, year=year)
            twin = find_duplicate(doc, others + [d.plan for d in report.documents], indexed_measures)
            if twin is not None:
                raise DuplicatePlan(duplicate_message(doc, twin))
            report.documents.append(doc)
            report.parsed.append(path.name)
        if dry_run:
            return report
        with _new_version(db_path) as db:
            for doc in replace:
                delete_document(db, doc)
            for parsed in report.documents:
                write_document(db, parsed)
            refresh_facts(db)
            if embed is not None:
                model, encode = embed
                progress(f"embedding with {model}")
                report.embedded = store_vectors(db, model, encode)
            changed = bool(report.documents or replace)
            if analyze is not None:
                version, derive = analyze
                stored_version = db.execute("select value from search_meta where key = 'version'").fetchone()
                if changed or stored_version is None or json.loads(stored_version[0]) != version:
                    progress("tokenizing the corpus for BM25")
                    store_search_data(db, derive(load_measures(db)))
            elif changed:
                with db.conn:  # no longer what the records say: a start recomputes it
                    db.execute("delete from search_meta")
        report.version = index_version(db_path)
    return report


def delete_document(db: sqlite_utils.Database, doc: str) -> None:
    """Remove one plan and everything stored for it (one transaction)."""
    _ensure_facts(db)
    with db.conn:
        ids = [r["id"] for r in db.query("select id from measures where doc = ?", [doc])]
        if ids:
            db.execute(f"delete from search_tokens where id in ({','.join('?' * len(ids))})", ids)
        for table in ("measures", "indicators", "plans", "facts"):
            db.execute(f"delete from {table} where doc = ?", [doc])
        # the search data described the corpus with this plan in it: a start recomputes it (vectors
        # are keyed by passage text and model, so they stay, reusable)
        db.execute("delete from search_meta")


def resolve_plan(indexed: Sequence[Plan], name: str) -> Plan:
    """The indexed plan a user means by `name`: its file name, or that name without the suffix."""
    for plan in indexed:
        if name in (plan.doc, Path(plan.doc).stem):
            return plan
    known = ", ".join(p.doc for p in indexed) or "none"
    raise DocumentError(f"no plan {name!r} in the index (indexed: {known})")


def remove(names: Sequence[str], db_path: Path, lock_wait_s: float = 600.0) -> tuple[list[str], int]:
    """Remove the named plans from the index as one new version; returns (docs removed, version)."""
    if not db_path.exists():
        raise DocumentError(f"no index at {db_path}")
    with writer_lock(db_path, lock_wait_s):
        db = sqlite_utils.Database(db_path)
        indexed = load_plans(db)
        db.close()
        docs = [resolve_plan(indexed, name).doc for name in names]
        with _new_version(db_path) as db:
            for doc in docs:
                delete_document(db, doc)
        return docs, index_version(db_path)


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
    """Expand folders into their plan files (.txt, .docx, .pdf), sorted, so ids stay stable."""
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(f for f in p.iterdir() if f.suffix.lower() in SUFFIXES and not f.name.startswith(("~$", ".")))
                   if p.is_dir() else [p])
    if not out:
        raise DocumentError("no plan files given")
    return out
