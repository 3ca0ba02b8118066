"""BM25 side of the retriever on the real records (the fused path runs in test_bot.py)."""
import pytest

from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file
from planbot.retrieval.search import Retriever
from planbot.retrieval.tokenize import Tokenizer


@pytest.fixture(scope="module")
def retriever():
    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    measures = [m for p in sorted(plans.glob("*.txt")) for m in parse_file(p, catalog).measures]
    corpus = "\n".join(m.text for m in measures)
    return Retriever(measures, Tokenizer(corpus=corpus))


def test_best_measure_first_with_full_coverage(retriever):
    [top, *_] = retriever.search("废铅蓄电池收集转运试点", mode="bm25")
    m = retriever.measures[top.index]
    assert m.id == "004#158" and top.bm25_rank == 1 and top.dense_rank is None and top.coverage == 1.0


def test_candidates_restrict_the_ranking(retriever):
    pool = [i for i, m in enumerate(retriever.measures) if m.doc.startswith("002")]
    hits = retriever.search("扬尘", candidates=pool, k=10, mode="bm25")
    assert hits and all(retriever.measures[h.index].doc.startswith("002") for h in hits)
    assert retriever.search("扬尘", candidates=[], mode="bm25") == []


def test_words_the_plans_never_use_rank_nothing(retriever):
    assert retriever.search("食堂开饭", mode="bm25") == []
    assert retriever.search("食堂开饭", mode="dense") == []  # no vectors: no dense ranking
