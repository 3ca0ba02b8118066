"""Shared fixtures."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def embedder(tmp_path_factory: pytest.TempPathFactory):
    """The converted e5 model, converted and loaded once per run ($PLANBOT_TEST_CACHE keeps it)."""
    from planbot.retrieval.embedding import embedder_for_tests

    return embedder_for_tests(tmp_path_factory.getbasetemp() / "models")
