"""Shared fixtures."""
from __future__ import annotations

import os
from pathlib import Path

import pytest


def models_dir_for_tests(default: Path) -> Path:
    """Where test runs keep the converted model: $PLANBOT_TEST_CACHE when set (CI keeps that
    directory between runs, so only a machine's first run converts), else `default`."""
    return Path(os.environ.get("PLANBOT_TEST_CACHE") or default)


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return models_dir_for_tests(tmp_path_factory.getbasetemp() / "models")


@pytest.fixture(scope="session")
def embedder(models_dir: Path):
    """The converted e5 model (converted once per machine, loaded once per run), one thread."""
    from planbot.retrieval.encoder import Embedder

    return Embedder.load(None, models_dir, threads=1)


@pytest.fixture(scope="session")
def indexed_home(tmp_path_factory: pytest.TempPathFactory, embedder):
    """A PLANBOT_HOME holding the bundled plans indexed as `planbot ingest` does: records, the
    real model's passage vectors and the search data a start reads.

    Under $PLANBOT_TEST_CACHE it persists, and ingest skips unchanged plans and vectors already
    stored for this model, so only the first run of a machine pays for the encoding.
    """
    from planbot.index.parse import bundled_plans_dir, load_catalog
    from planbot.index.store import ingest, plan_files
    from planbot.retrieval import prepared

    cache = os.environ.get("PLANBOT_TEST_CACHE")
    home = Path(cache) / "home" if cache else tmp_path_factory.getbasetemp() / "home"
    plans = bundled_plans_dir()
    ingest(plan_files([plans]), home / "planbot.db", load_catalog(plans),
           embed=(embedder.name, embedder.encode_passages), analyze=(prepared.VERSION, prepared.analyze))
    return home


@pytest.fixture(scope="session")
def real_bot(indexed_home, embedder):
    """The real bot: real records, real BM25, the real converted model (shared, loaded once)."""
    from planbot.config import Settings
    from planbot.runtime import load_bot

    return load_bot(Settings(home=indexed_home), encoder=embedder)


@pytest.fixture
def real_answer(real_bot):
    """The real bot as the adapters call it: a coroutine answering on a small work queue."""
    from planbot.app import make_answer
    from planbot.workqueue import WorkQueue

    queue = WorkQueue(workers=2)
    yield make_answer(real_bot, queue)
    queue.shutdown()


@pytest.fixture(scope="session")
def lexical_retriever():
    """The bundled plans' measures in a Retriever without embeddings: the word-level rules
    (homophones, thesaurus, English dictionary) on the real vocabulary."""
    from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file
    from planbot.retrieval.search import Retriever
    from planbot.retrieval.tokenize import Tokenizer

    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    measures = [m for p in sorted(plans.glob("*.txt")) for m in parse_file(p, catalog).measures]
    return Retriever(measures, Tokenizer(corpus="\n".join(m.text for m in measures)))
