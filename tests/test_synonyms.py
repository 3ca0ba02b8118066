"""Everyday synonyms from the thesaurus (同义词词林), on the real plan vocabulary."""
import pytest

from planbot.retrieval.synonyms import MAX_GROUP, Thesaurus, cilin_groups


@pytest.fixture(scope="module")
def retriever(lexical_retriever):
    return lexical_retriever


def test_the_thesaurus_ships_synonym_groups():
    groups = cilin_groups()
    assert len(groups) > 5000
    assert any({"胡同", "街巷"} <= set(g) for g in groups)


@pytest.mark.parametrize("staff, plan", [("胡同", "街巷"), ("伙食", "餐饮"), ("不准", "禁止")])
def test_a_staff_word_stands_for_its_printed_synonym(retriever, staff, plan):
    assert plan in retriever.thesaurus.meant(staff)


def test_a_printed_word_and_a_loose_group_bridge_nothing():
    thesaurus = Thesaurus({"道路", "做"}, groups=[("马路", "道路"), tuple(f"词{n}" for n in range(MAX_GROUP)) + ("做事",)])
    assert thesaurus.meant("道路") == ()  # the plans print it: no bridge needed
    assert thesaurus.meant("马路") == ("道路",)
    assert thesaurus.meant("做事") == ()  # a group this big is a loose sense


def test_a_synonym_counts_as_covered_but_is_not_searched(retriever):
    holder = next(i for i, m in enumerate(retriever.measures) if "街巷" in m.text and "胡同" not in m.text)
    terms = retriever.terms("胡同")
    assert retriever.coverage(terms, holder) == 1.0
    assert "街巷" not in terms.weights  # ranking keeps the words typed and the curated bridges


def test_asking_words_bridge_nothing(retriever):
    terms = retriever.terms("牵头单位是哪个")  # 牵头 ~ 主管, 单位 ~ 机关 in the thesaurus: not content
    assert not any(alts for alts in terms.alternatives.values()) and not terms.synonyms


def test_a_synonym_printed_somewhere_is_no_sign_the_plans_speak_of_the_word(retriever):
    terms = retriever.terms("登录")  # 登录 = 报到 in the thesaurus; the plans print 报到, never 登录
    assert terms.synonyms and retriever.absent(terms) == 1.0
