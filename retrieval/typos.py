"""Homophone slips in content words: 秸杆 for 秸秆, 燥声 for 噪声, 水原地 for 水源地, 地摸 for 地膜.

Staff type on phones with pinyin input, so a mistyped word sounds like the plan word it stands
for.  A run of two to four Chinese characters that no measure prints and that is no common word
of its own, sounding like one plan word and differing from it in one character, is read as that
plan word: it bridges like a lexicon entry (searched at a lower weight, counts as covered).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from planbot.index.units import syllables

from .lexicon import Bridge, find_runs

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def sound(word: str) -> tuple[str, ...]:
    """Toneless pinyin, ü as u (创录 and 创绿 sound alike to a phone keyboard)."""
    return tuple(p.replace("v", "u") for p in syllables(word))


class Homophones:
    """Plan words by sound, built on first use (most questions are typed right)."""

    def __init__(self, vocabulary: Iterable[str], common: Callable[[str], bool]):
        """`vocabulary`: the words the measures print; `common(word)`: a real word of its own
        (食堂, 公式), never read as a slip even when it sounds like a plan word."""
        self.vocabulary = frozenset(w for w in vocabulary if 2 <= len(w) <= 4 and _CJK_RUN.fullmatch(w))
        self.common = common
        self._by_sound: dict[tuple[str, ...], list[str]] | None = None

    def _index(self) -> dict[tuple[str, ...], list[str]]:
        if self._by_sound is None:
            index: dict[tuple[str, ...], list[str]] = {}
            for word in sorted(self.vocabulary):
                index.setdefault(sound(word), []).append(word)
            self._by_sound = index
        return self._by_sound

    def meant(self, word: str) -> tuple[str, ...]:
        """The plan words a slip stands for: sounding alike, one character apart (none for a
        plan word or a common word of its own)."""
        if word in self.vocabulary or self.common(word):
            return ()
        return tuple(w for w in self._index().get(sound(word), ()) if sum(a != b for a, b in zip(w, word)) == 1)

    def find(self, folded: str, cuts: Collection[int], taken: Sequence[tuple[int, int]] = ()) -> list[Bridge]:
        """Slips in a folded question, as whole words (between jieba's `cuts`), outside the spans
        already bridged (`taken`)."""
        return find_runs(folded, cuts, taken, self.meant)
