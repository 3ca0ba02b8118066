"""One tokenizer for corpus and queries: jieba with a domain dictionary, folded text, no stop words.

The dictionary holds every unit name and alias from the records plus plan vocabulary, so
`区住房城乡建设委` or `渣土车` stay whole instead of being cut into common characters.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

import jieba

jieba.setLogLevel(logging.WARNING)

_PUNCT = re.compile(r"^[\W_]+$")


def fold(text: str) -> str:
    """Full-width to half-width and lower case (PM２．５ -> pm2.5), Chinese punctuation kept."""
    return unicodedata.normalize("NFKC", text).lower()


def _boundaries(cut: list[str]) -> set[int]:
    cuts, at = {0}, 0
    for word in cut:
        at += len(word)
        cuts.add(at)
    return cuts


def _resource_lines(name: str) -> list[str]:
    text = (resources.files("planbot.retrieval") / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


STOP_WORDS = frozenset(_resource_lines("stopwords.txt"))
DOMAIN_WORDS = tuple(_resource_lines("domain_words.txt"))


@cache
def _base_dictionary() -> tuple[dict[str, int], int]:
    """jieba's own dictionary, loaded once per process: a server that swaps in a new index builds
    a new Tokenizer each time, and loading it is most of a second."""
    base = jieba.Tokenizer()
    base.initialize()
    return base.FREQ, base.total


def is_dictionary_word(word: str) -> bool:
    """Is this a word of jieba's general dictionary (大型, 评估), not only a sound-alike of a name?"""
    return _base_dictionary()[0].get(word, 0) > 0


# 咋治 / 咋罚 / 咋查: jieba glues the colloquial "how" to the verb after it; the pair asks how, the
# plan's word for the topic is elsewhere in the question (a dictionary word such as 咋舌 is kept)
_HOW_GLUED = re.compile(r"^咋\w{1,2}$")


def _echo(before: str, word: str) -> bool:
    return len(word) >= 2 and word[0] in "不没" and before.endswith(word[1:])


# 还管|不管, 也查|不查: jieba glues an adverb to the A of an A不A question; the A alone is what it asks
_ECHO_ADVERBS = ("还", "也", "都", "又", "到底", "究竟")
# 搞不搞, 管不管 cut as one word (还治不治 with its adverb)
_ECHOED = re.compile(rf"^(?:{'|'.join(_ECHO_ADVERBS)})?(\w{{1,2}})[不没]\1$")


# 率|要 of 污水处理|率要|到多少, 要|降 of 碳排放强度|要降|多少: jieba's HMM glues the verb that asks
# (要, 是, 到) to the character beside it into a "word" it does not know; the other character is
# what was typed
_ASKING_CHARS = frozenset("要是到")

# directional complements (漫出来, 流出去): how a deed goes, never what it is about; jieba's dictionary
# keeps some verbs glued to them (冒出来), which then count as a word no plan prints
_COMPLEMENTS = frozenset(("出来", "出去", "进来", "进去", "下来", "下去", "上来", "上去", "过来", "过去",
                          "起来", "回来", "回去"))


def _unglued(word: str, after: str) -> str:
    """The A of an adverb-glued "A" before its echo (还管 before 不管 -> 管), else the word."""
    for adverb in _ECHO_ADVERBS:
        rest = word[len(adverb):]
        if word.startswith(adverb) and rest and _echo(rest, after) and after[1:] == rest:
            return rest
    return word


def _asks_whether(cut: list[str], n: int) -> bool:
    """Is cut[n] the "A不" of an A不AB question (罚|不|罚款, 停|不|停课, 改没|改造)?  AB is the topic."""
    if n + 1 >= len(cut):
        return False
    word, after = cut[n], cut[n + 1]
    if len(word) >= 2 and word[-1] in "不没":
        return after.startswith(word[:-1])
    if word in ("不", "没"):
        return n > 0 and after.startswith(cut[n - 1])
    return n + 2 < len(cut) and cut[n + 1] in ("不", "没") and cut[n + 2].startswith(word)


class Tokenizer:
    """Documents are cut in jieba's search mode (a long word also yields its dictionary sub-words:
    文明祭扫 -> 文明, 祭扫, 文明祭扫), questions in precise mode; so a question's word finds the
    compound that contains it, while the question itself adds no loose fragments."""

    def __init__(self, extra_words: Iterable[str] = (), corpus: str | None = None, query_search_mode: bool = False,
                 words: Iterable[str] | None = None):
        """`extra_words` (unit names) are always kept whole; plan vocabulary only where `corpus`
        uses it: a term the plans never print (重型柴油车) would glue a question's words into a
        token no measure has, where jieba's own cut (柴油车) still matches. `words`: the
        dictionary so made (`self.words`), as ingest stored it; then the rest is not needed."""
        self._jieba = jieba.Tokenizer()
        freq, total = _base_dictionary()
        self._jieba.FREQ, self._jieba.total, self._jieba.initialized = dict(freq), total, True
        if words is None:
            folded_corpus = fold(corpus) if corpus is not None else None
            vocabulary = [w for w in map(fold, DOMAIN_WORDS) if folded_corpus is None or w in folded_corpus]
            words = (w for w in (*vocabulary, *(fold(w.strip()) for w in extra_words)) if len(w) >= 2)
        self.words = list(words)
        for word in self.words:
            self._jieba.add_word(word, freq=2_000_000)
        self.query_search_mode = query_search_mode

    def _clean(self, words: Iterable[str]) -> list[str]:
        return [t for t in (w.strip() for w in words) if t and t not in STOP_WORDS and not _PUNCT.match(t)]

    def tokens(self, text: str) -> list[str]:
        """A question's words; an A不A question (烧|不烧, 管|不管, 搞不搞, 罚|不|罚款) asks only about A."""
        folded = fold(text)
        return self._question_words(self._jieba.lcut_for_search(folded) if self.query_search_mode
                                    else self._jieba.lcut(folded))

    def boundaries(self, text: str) -> set[int]:
        """Where jieba cuts the folded text (word starts and ends, stop words included)."""
        return _boundaries(self._jieba.lcut(fold(text)))

    def tokens_and_boundaries(self, text: str) -> tuple[list[str], set[int]]:
        """`tokens` and `boundaries` of a question, cut once (the rankers need both)."""
        folded = fold(text)
        plain = self._jieba.lcut(folded)
        words = self._jieba.lcut_for_search(folded) if self.query_search_mode else plain
        return self._question_words(words), _boundaries(plain)

    def _question_words(self, cut: list[str]) -> list[str]:
        cut = [_unglued(w, cut[n + 1]) if n + 1 < len(cut) else w for n, w in enumerate(cut)]
        cut = [self._unstopped(w) for w in cut]
        return self._clean(w for n, w in enumerate(cut)
                           if not (n and _echo(cut[n - 1], w)) and not _ECHOED.match(w) and not _asks_whether(cut, n)
                           and not (_HOW_GLUED.match(w) and not self.knows(w)))

    def _unstopped(self, word: str) -> str:
        """A two-character "word" jieba's dictionary lacks, one of whose characters is an asking
        verb (率要, 要降): the other character.  A verb glued to its directional complement
        (冒出来, 流出去, 漫上来; the complement is a stop word alone): the verb."""
        if len(word) == 3 and word[1:] in _COMPLEMENTS and word not in self.words:
            return word[0]
        if len(word) != 2 or self.knows(word):
            return word
        rest = [c for c in word if c not in _ASKING_CHARS]
        return rest[0] if len(rest) == 1 else word

    def frequency(self, word: str) -> int:
        """How often jieba's dictionary has seen the word (0: not a word it knows)."""
        return self._jieba.FREQ.get(word, 0)

    def knows(self, word: str) -> bool:
        """Is this a dictionary word (食堂, 开饭), rather than a fragment jieba's HMM glued (来查, 要降)?"""
        return self._jieba.FREQ.get(word, 0) > 0

    def document_tokens(self, text: str) -> list[str]:
        """A measure's words, compounds together with their sub-words."""
        return self._clean(self._jieba.lcut_for_search(fold(text)))
