"""Members named for a kind (护栏、座椅这些城市家具): a measure printing the kind covers them."""
import pytest

from planbot.retrieval.kinds import members_of_kinds, typed_as_noun


@pytest.fixture(scope="module")
def retriever(lexical_retriever):
    return lexical_retriever


def _members(text: str) -> dict[str, frozenset[str]]:
    tokens = ["街边", "护栏", "座椅", "城市", "家具"] if "家具" in text else ["挖", "深", "工地"]
    spans, at = [], 0
    for t in tokens:
        at = text.find(t, at)
        spans.append((at, at + len(t)))
        at += len(t)
    return members_of_kinds(text, tokens, spans, lambda i: typed_as_noun(tokens[i]))


def test_nouns_listed_before_the_marker_are_members_of_the_kind_after_it():
    assert _members("街边护栏 座椅这些城市家具 谁牵头管") == {"护栏": {"城市", "家具"}, "座椅": {"城市", "家具"}}


def test_a_description_before_the_marker_names_no_member():
    assert _members("挖得很深的那种工地 安全谁管") == {}  # 挖 is a verb, 深 an adjective


def test_a_measure_printing_the_kind_covers_its_members(retriever):
    holder = next(i for i, m in enumerate(retriever.measures) if "城市家具" in m.text and "座椅" not in m.text)
    assert retriever.coverage(retriever.terms("护栏 座椅这些城市家具"), holder) == 1.0
    assert retriever.coverage(retriever.terms("护栏 座椅 城市家具"), holder) < 0.5  # no marker, no kind


def test_a_kind_most_measures_print_covers_no_member(retriever):
    assert "架空线" not in retriever.terms("架空线这些工程").alternatives  # 工程: printed all over
