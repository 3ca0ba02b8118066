"""Shared fixtures."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def embedder(tmp_path_factory: pytest.TempPathFactory):
    """The converted e5 model, converted and loaded once per run ($PLANBOT_TEST_CACHE keeps it)."""
    from planbot.retrieval.embedding import embedder_for_tests

    return embedder_for_tests(tmp_path_factory.getbasetemp() / "models")


@pytest.fixture(scope="session")
def indexed_home(tmp_path_factory: pytest.TempPathFactory, embedder):
    """A PLANBOT_HOME holding the bundled plans indexed with the real model's passage vectors.

    Under $PLANBOT_TEST_CACHE it persists, and ingest skips unchanged plans and vectors already
    stored for this model, so only the first run of a machine pays for the encoding.
    """
    import os
    from pathlib import Path

    from planbot.index.parse import bundled_plans_dir, load_catalog
    from planbot.index.store import ingest, plan_files

    cache = os.environ.get("PLANBOT_TEST_CACHE")
    home = Path(cache) / "home" if cache else tmp_path_factory.getbasetemp() / "home"
    plans = bundled_plans_dir()
    ingest(plan_files([plans]), home / "planbot.db", load_catalog(plans),
           embed=(embedder.name, lambda texts: embedder.encode_passages(texts)))
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
