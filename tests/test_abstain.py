"""The abstention rule on its own (the real questions are in test_bot.py)."""
import pytest

from planbot.bot.service import is_confident
from planbot.retrieval.search import Hit


def hit(coverage: float, bm25: int | None, dense: int | None) -> Hit:
    return Hit(index=0, score=0.03, bm25_rank=bm25, dense_rank=dense, coverage=coverage)


@pytest.mark.parametrize(
    ("coverage", "bm25", "dense", "answer"),
    [
        (1.0, 1, 40, True),     # every word of the question is in the measure
        (0.55, None, 1, True),  # enough words even if BM25 ranked it lower
        (0.40, 1, 2, True),     # middling words, both rankings agree
        (0.40, 1, 6, False),    # middling words, the embeddings disagree
        (0.40, None, 1, False),  # middling words, BM25 does not rank it
        (0.29, 1, 1, False),    # too few of the question's words, even with agreement
        (0.0, None, 1, False),  # nothing shared: the nearest vector is not an answer
    ],
)
def test_rule_with_embeddings(coverage, bm25, dense, answer):
    assert is_confident([hit(coverage, bm25, dense)], dense=True) is answer


def test_without_embeddings_words_decide_and_no_hits_abstain():
    assert is_confident([hit(0.35, 1, None)], dense=False)
    assert not is_confident([hit(0.25, 1, None)], dense=False)
    assert not is_confident([], dense=True)
