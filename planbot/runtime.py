"""Composition: settings -> index -> retriever (+ embeddings) -> Bot. Loaded once per process."""
from __future__ import annotations

import logging

import numpy as np
import sqlite_utils

from planbot.bot.service import Bot
from planbot.config import Settings
from planbot.index.store import load_facts, load_indicators, load_measures, load_plans, load_vectors, passage_text

log = logging.getLogger(__name__)


class IndexMissing(RuntimeError):
    pass


def load_bot(settings: Settings, dense: bool = True, encoder=None) -> Bot:
    """The bot over the stored index; passage vectors come from the index, never recomputed
    here unless the configured model changed since the ingest (then they are, once, in memory).
    `encoder`: an already loaded Embedder (tests share one), else the configured model is loaded."""
    if not settings.db_path.exists():
        raise IndexMissing(f"no index at {settings.db_path}: run `planbot ingest` first")
    db = sqlite_utils.Database(settings.db_path)
    measures = load_measures(db)
    vectors = None
    if not dense:
        encoder = None
    elif encoder is None:
        from planbot.retrieval.embedding import Embedder

        encoder = Embedder.load(settings.embed_model, settings.models_dir, threads=settings.embed_threads)
    if encoder is not None:
        stored = load_vectors(db, encoder.name)
        if len(stored) < len(measures):
            log.warning("index has no %s vectors for %d measures: computing them now (run `planbot ingest`)",
                        encoder.name, len(measures) - len(stored))
            missing = [m for m in measures if m.id not in stored]
            for m, v in zip(missing, encoder.encode_passages([passage_text(m) for m in missing])):
                stored[m.id] = v
        vectors = np.stack([stored[m.id] for m in measures]) if measures else None
    return Bot(measures, load_indicators(db), load_plans(db), vectors=vectors, encoder=encoder,
               model_name=encoder.name if encoder else None, facts=load_facts(db))
