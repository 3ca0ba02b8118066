"""The store: idempotent, atomic ingest of the real plans; bad input leaves the index intact."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
import sqlite_utils
from click.testing import CliRunner

from planbot.cli import main
from planbot.index.parse import DocumentError, bundled_plans_dir, load_catalog, parse_file
from planbot.index.store import (
    ingest,
    load_indicators,
    load_measures,
    load_search_data,
    load_vectors,
    passage_text,
    plan_files,
    store_vectors,
    text_hash,
    write_document,
)

PLANS = bundled_plans_dir()


def _ingest(db_path: Path, paths=None, **kw):
    return ingest(plan_files(paths or [PLANS]), db_path, load_catalog(PLANS), **kw)


def _snapshot(db_path: Path) -> list[str]:
    db = sqlite_utils.Database(db_path)
    return [m.model_dump_json() for m in load_measures(db)] + [i.model_dump_json() for i in load_indicators(db)]


def test_write_document_round_trips_records_in_memory():
    db = sqlite_utils.Database(memory=True)
    doc = parse_file(PLANS / "002_2d0824e80faf244c.txt", load_catalog(PLANS))
    write_document(db, doc)
    write_document(db, doc)
    assert load_measures(db) == doc.measures


def test_ingest_is_idempotent_and_skips_unchanged_files(tmp_path):
    db_path = tmp_path / "planbot.db"
    first = _ingest(db_path)
    assert len(first.parsed) == 5
    before = _snapshot(db_path)
    assert len(before) == 796 + 468
    second = _ingest(db_path)
    assert second.parsed == [] and len(second.unchanged) == 5
    assert _snapshot(db_path) == before


def test_changed_file_is_reparsed_with_the_same_ids(tmp_path):
    plans = tmp_path / "plans"
    shutil.copytree(PLANS, plans)
    db_path = tmp_path / "planbot.db"
    ingest(plan_files([plans]), db_path, load_catalog(plans))
    target = plans / "003_ee892fc6c9fd672b.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    report = ingest(plan_files([plans]), db_path, load_catalog(plans))
    assert report.parsed == ["003_ee892fc6c9fd672b.txt"]
    ids = [m.id for m in load_measures(sqlite_utils.Database(db_path)) if m.doc == target.name]
    assert ids == [f"003#{n:03d}" for n in range(1, 62)]


def test_bad_file_fails_the_ingest_and_leaves_the_index_untouched(tmp_path):
    db_path = tmp_path / "planbot.db"
    _ingest(db_path)
    before = _snapshot(db_path)
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe garbage \x00\x00")
    with pytest.raises(DocumentError, match="broken.txt"):
        _ingest(db_path, [PLANS, bad])
    assert _snapshot(db_path) == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_cli_ingest_reports_a_clear_error_and_exit_code(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANBOT_HOME", str(tmp_path))
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = CliRunner().invoke(main, ["ingest", "--no-embed", str(bad)])
    assert result.exit_code != 0
    assert "empty.txt: empty file" in result.output and "not changed" in result.output
    ok = CliRunner().invoke(main, ["ingest", "--no-embed"])
    assert ok.exit_code == 0, ok.output
    assert "796 measures, 468 indicator values" in ok.output
    out = CliRunner().invoke(main, ["measures"])
    assert len(out.output.strip().splitlines()) == 796
    stats = CliRunner().invoke(main, ["stats"])
    assert "all: 796 measures, 468 indicator values" in stats.output


def test_vectors_are_stored_once_and_invalidated_by_a_new_model():
    db = sqlite_utils.Database(memory=True)
    write_document(db, parse_file(PLANS / "003_ee892fc6c9fd672b.txt", load_catalog(PLANS)))
    measures = load_measures(db)
    calls = []

    def encode(texts):
        calls.append(len(texts))
        return np.ones((len(texts), 4), dtype=np.float32)

    assert store_vectors(db, "model-a", encode) == 61
    assert store_vectors(db, "model-a", encode) == 0
    assert len(load_vectors(db, "model-a", measures)) == 61
    assert store_vectors(db, "model-b", encode) == 61
    assert load_vectors(db, "model-a", measures) == {}


def _counting_encoder(calls: list[list[str]]):
    def encode(texts):
        calls.append(list(texts))
        return np.stack([np.frombuffer(text_hash(t).encode()[:16], dtype=np.uint8).astype(np.float32) for t in texts])

    return encode


def test_reingesting_a_plan_with_one_changed_measure_embeds_one_passage(tmp_path):
    plans = tmp_path / "plans"
    shutil.copytree(PLANS, plans)
    db_path = tmp_path / "planbot.db"
    calls: list[list[str]] = []
    embed = ("model-a", _counting_encoder(calls))
    first = ingest(plan_files([plans]), db_path, load_catalog(plans), embed=embed)
    assert first.embedded == len(calls[0]) >= 770  # identical passages are embedded once
    target = plans / "003_ee892fc6c9fd672b.txt"
    text = target.read_text(encoding="utf-8")
    measure = next(m for m in load_measures(sqlite_utils.Database(db_path)) if m.doc == target.name)
    target.write_text(text.replace(measure.text[:12], measure.text[:12] + "（修订）", 1), encoding="utf-8")
    second = ingest(plan_files([plans]), db_path, load_catalog(plans), embed=embed)
    assert second.parsed == [target.name] and second.embedded == 1
    assert len(calls) == 2 and "（修订）" in calls[1][0]
    db = sqlite_utils.Database(db_path)
    measures = load_measures(db)
    vectors = load_vectors(db, "model-a", measures)
    assert len(vectors) == len(measures)
    changed = next(m for m in measures if "（修订）" in m.text)
    np.testing.assert_array_equal(vectors[changed.id], _counting_encoder([])([passage_text(changed)])[0])
    assert db["vectors"].count == len({text_hash(passage_text(m)) for m in measures})  # the old text's is gone


def test_ingest_stores_what_a_start_reads_and_the_start_uses_it(tmp_path):
    """Tokens, dictionary and unit names written at ingest give the bot a start computes
    otherwise, without cutting the corpus again."""
    from planbot.bot.service import Bot
    from planbot.retrieval import prepared

    db_path = tmp_path / "planbot.db"
    _ingest(db_path, analyze=(prepared.VERSION, prepared.analyze))
    db = sqlite_utils.Database(db_path)
    measures = load_measures(db)
    data = load_search_data(db)
    assert data is not None and data.version == prepared.VERSION and set(data.tokens) == {m.id for m in measures}
    computed = Bot(measures, [], [])
    stored = Bot(measures, [], [], search_data=data)
    assert stored.retriever.doc_tokens == computed.retriever.doc_tokens
    assert stored.tokenizer.words == computed.tokenizer.words
    assert stored.units.surface_words() == computed.units.surface_words()
    for question in ("渣土车归谁管？", "区水务局牵头哪些措施？", "餐饮油烟怎么治理"):
        assert stored.ask(question) == computed.ask(question)
    stale = prepared.SearchData("older", data.units, data.words, {})
    assert Bot(measures, [], [], search_data=stale).retriever.doc_tokens == computed.retriever.doc_tokens
    _ingest(db_path, year=2030)  # records re-parsed by an ingest that derives nothing: the old data goes
    assert load_search_data(sqlite_utils.Database(db_path)) is None


def test_killing_ingest_half_way_leaves_the_old_index_usable(tmp_path):
    db_path = tmp_path / "planbot.db"
    _ingest(db_path)
    before = _snapshot(db_path)
    marker = tmp_path / "started"
    script = textwrap.dedent(
        f"""
        import time, numpy as np
        from pathlib import Path
        from planbot.index.parse import bundled_plans_dir, load_catalog
        from planbot.index.store import ingest, plan_files
        def slow(texts):
            Path({str(marker)!r}).touch()
            time.sleep(60)
            return np.zeros((len(texts), 4), dtype=np.float32)
        plans = bundled_plans_dir()
        ingest(plan_files([plans]), Path({str(db_path)!r}), load_catalog(plans), year=2030, embed=("m", slow))
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert marker.exists(), "the ingest never reached its write phase"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert _snapshot(db_path) == before
    assert list(tmp_path.glob(".planbot.db.*.tmp"))  # the killed build's leftover
    again = _ingest(db_path)
    assert len(again.unchanged) == 5
    assert not list(tmp_path.glob(".planbot.db.*.tmp"))
