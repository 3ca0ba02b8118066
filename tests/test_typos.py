"""Homophone slips in content words, on the real plan vocabulary and jieba's dictionary."""
import pytest

from planbot.retrieval.tokenize import fold
from planbot.retrieval.typos import sound


@pytest.fixture(scope="module")
def retriever(lexical_retriever):
    return lexical_retriever


def _slips(retriever, text):
    folded = fold(text)
    return {(b.word, b.targets) for b in retriever.homophones.find(folded, retriever.tokenizer.boundaries(folded))}


def test_sound_is_toneless_and_folds_u_umlaut():
    assert sound("创绿") == sound("创录") == ("chuang", "lu")


@pytest.mark.parametrize("question, slip, meant", [
    ("秸杆焚烧谁管", "秸杆", "秸秆"),  # a misspelling jieba has seen, but rarely
    ("燥声扰民", "燥声", "噪声"),
    ("饮用水水原地保护", "水原地", "水源地"),  # the longer slip, not 水原 -> 水源
    ("生活拉圾怎么处理", "生活拉圾", "生活垃圾"),
])
def test_a_slip_is_read_as_the_plan_word_that_sounds_the_same(retriever, question, slip, meant):
    assert (slip, (meant,)) in _slips(retriever, question)


@pytest.mark.parametrize("question", [
    "附近哪里有好吃的",  # 有|好吃: 有好 sounds like 友好 but splits a word
    "食堂的公式是什么",  # common words of their own
    "秸秆焚烧",  # printed in the plans
])
def test_no_slip_where_the_words_are_real(retriever, question):
    assert not _slips(retriever, question)


def test_a_slip_counts_as_covering_its_plan_word(retriever):
    holder = next(i for i, m in enumerate(retriever.measures) if "严禁非标地膜" in m.text)
    assert retriever.coverage(retriever.terms("地摸"), holder) == 1.0


def test_a_long_paste_is_read_for_slips_only_at_its_head(retriever):
    from planbot.retrieval.lexicon import HEAD

    folded = fold("大兴区的通知。" * 40 + "秸杆焚烧")
    assert len(folded) > HEAD
    assert not retriever.homophones.find(folded, retriever.tokenizer.boundaries(folded))
    assert retriever.homophones.find(fold("秸杆焚烧"), retriever.tokenizer.boundaries("秸杆焚烧"))
