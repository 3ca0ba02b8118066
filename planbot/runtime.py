"""Composition: settings -> index -> retriever (+ embeddings) -> Bot. Loaded once per process.

A start reads what ingest stored (records, passage vectors, tokens, dictionary, unit names) and
loads the converted encoder (onnxruntime, no torch); nothing corpus-wide is recomputed unless
the index predates the code or the model (then in memory, once, with a warning).
"""
from __future__ import annotations

import logging

import numpy as np
import sqlite_utils

from planbot.bot.service import Bot
from planbot.config import Settings
from planbot.index.store import (load_facts, load_indicators, load_measures, load_plans, load_search_data,
                                 load_vectors, passage_text)

log = logging.getLogger(__name__)


class IndexMissing(RuntimeError):
    pass


def load_embedder(settings: Settings, threads: int | None = None, rebuild: bool = False):
    """The configured model's encoder (converted first if needed; `rebuild` converts again)."""
    from planbot.retrieval.encoder import Embedder

    return Embedder.load(settings.embed_model, settings.models_dir, threads=threads or settings.embed_threads,
                         rebuild=rebuild)


def one_blas_thread() -> None:
    """numpy's BLAS (OpenBLAS) on one thread in a process that answers: request threads already
    run in parallel, and a multi-threaded matrix-vector product waits for its second thread when
    another process holds that core (at 100k measures the dense scores' p95 went 167 -> 572 ms
    with one core busy; bench/bench_ask.py --busy)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")


def load_bot(settings: Settings, dense: bool = True, encoder=None) -> Bot:
    """The bot over the stored index. `encoder`: an already loaded Embedder (tests share one),
    else the configured model is loaded (onnxruntime on `embed_threads`, default one thread)."""
    one_blas_thread()
    if not settings.db_path.exists():
        raise IndexMissing(f"no index at {settings.db_path}: run `planbot ingest` first")
    db = sqlite_utils.Database(settings.db_path)
    measures = load_measures(db)
    vectors = None
    if not dense:
        encoder = None
    elif encoder is None:
        encoder = load_embedder(settings)
    if encoder is not None:
        stored = load_vectors(db, encoder.name, measures)
        if len(stored) < len(measures):
            log.warning("index has no %s vectors for %d measures: computing them now (run `planbot ingest`)",
                        encoder.name, len(measures) - len(stored))
            missing = [m for m in measures if m.id not in stored]
            for m, v in zip(missing, encoder.encode_passages([passage_text(m) for m in missing])):
                stored[m.id] = v
        vectors = np.stack([stored[m.id] for m in measures]) if measures else None
    return Bot(measures, load_indicators(db), load_plans(db), vectors=vectors, encoder=encoder,
               model_name=encoder.name if encoder else None, facts=load_facts(db),
               search_data=load_search_data(db))
