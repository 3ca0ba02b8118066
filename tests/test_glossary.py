"""English content words through the English-Chinese dictionary (CC-CEDICT), on the real plans."""
import pytest

from planbot.retrieval.glossary import Glossary, lemmas, renderings


@pytest.fixture(scope="module")
def retriever(lexical_retriever):
    return lexical_retriever


def test_the_dictionary_renders_english_words_as_chinese_words():
    table = renderings()
    assert "演练" in table["drill"] and "自行车" in table["bike"]
    assert all(len(w) >= 2 for words in table.values() for w in words)  # single characters are too loose


def test_inflected_forms_find_their_entry():
    assert lemmas("drills") == ("drills", "drill")
    assert "charge" in lemmas("charging") and "patrol" in lemmas("patrols")
    assert "演练" in Glossary(lambda w: True).renderings("drills")


def test_function_words_render_nothing():
    glossary = Glossary(lambda w: True)
    assert glossary.renderings("the") == glossary.renderings("about") == ()
    assert not glossary.knows("daxing")  # a name the dictionary lacks is no evidence either way


def test_an_english_word_is_covered_by_a_measure_printing_its_rendering(retriever):
    holder = next(i for i, m in enumerate(retriever.measures) if "演练" in m.text)
    terms = retriever.terms("drills")
    assert retriever.coverage(terms, holder) == 1.0
    assert "演练" not in terms.weights  # judged, not searched


def test_an_english_word_the_plans_never_render_is_absent(retriever):
    assert retriever.absent(retriever.terms("stray cats")) > 0.5
    assert retriever.absent(retriever.terms("drills")) == 0.0
