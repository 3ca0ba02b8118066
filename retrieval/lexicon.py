"""Vocabulary bridge: staff words -> plan words, for query expansion and for judging coverage.

Staff ask about 渣土车, 工程机械, 有机废气; the plans print 建筑垃圾运输车, 非道路移动机械,
挥发性有机物.  The curated table (`lexicon.toml`, plus deployer files) says which plan words a
staff word stands for; the terms the plans define themselves (挥发性有机物（VOCs）) are mined from
the measure texts.  Staff words are found as substrings of the folded question, so the bridge
does not depend on how jieba cuts a word it has never seen.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .tokenize import fold

_ASCII_WORD = re.compile(r"[a-z0-9]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_RUN_LENGTHS = (4, 3, 2)  # longest first: 水原地 -> 水源地 before 水原 -> 水源
HEAD = 200  # characters looked at: a question is short, a paste's head says what is asked
_PARTICLES = "的了"  # glue chat types inside a staff word (过期的药, 撒了土); never part of an entry's sense
# 挥发性有机物（VOCs） / 细颗粒物（PM2.5）: a Chinese term, then its Latin abbreviation in brackets
_DEFINED = re.compile(r"([\u4e00-\u9fff]{2,16})[（(]\s*([A-Za-z][A-Za-z0-9.\u2080-\u2089]{1,9})\s*[)）]")
# PM2.5（细颗粒物）: the other order
_DEFINED_REVERSED = re.compile(r"([A-Za-z][A-Za-z0-9.\u2080-\u2089]{1,9})[（(]\s*([\u4e00-\u9fff]{2,12})\s*[)）]")
# word classes that end a defined term on its left (完成|挥发性有机物, 对|粗颗粒物, 大兴区|生态环境质量指数)
_NOT_IN_TERM = ("v", "p", "c", "u", "m", "q", "d", "r", "ns", "f")


@dataclass(frozen=True)
class Bridge:
    """A staff word found in a question (as typed, a particle inside it kept), where, and the plan
    words it stands for."""

    word: str
    start: int
    end: int
    targets: tuple[str, ...]


def find_runs(folded: str, cuts: Collection[int], taken: Sequence[tuple[int, int]],
              meant: Callable[[str], tuple[str, ...]]) -> list[Bridge]:
    """Bridges for whole words of a folded question: runs of two to four Chinese characters that
    start and end where jieba cuts it (`cuts`; 有|好吃 holds no word 有好), outside the spans
    already bridged (`taken`), that `meant` reads as plan words.  For the rules that judge a
    word by itself (a slip by its sound, a synonym by a thesaurus), not by a table's substrings."""
    busy = [False] * len(folded)
    for start, end in taken:
        busy[start:end] = [True] * (end - start)
    found: list[Bridge] = []
    for run in _CJK_RUN.finditer(folded, 0, min(len(folded), HEAD)):
        for length in _RUN_LENGTHS:
            for start in range(run.start(), run.end() - length + 1):
                end = start + length
                if start not in cuts or end not in cuts or any(busy[start:end]):
                    continue
                if targets := meant(folded[start:end]):
                    found.append(Bridge(folded[start:end], start, end, targets))
                    busy[start:end] = [True] * length
    return sorted(found, key=lambda b: b.start)


class Lexicon:
    """Staff word -> plan words (all folded).  Read-only once built; `find` is cheap per question."""

    def __init__(self, entries: Mapping[str, Iterable[str]] = ()):
        table: dict[str, list[str]] = {}
        for word, targets in dict(entries).items():
            key = fold(word).strip()
            if len(key) < 2:
                raise ValueError(f"lexicon word {word!r}: at least two characters, or it matches inside other words")
            known = table.setdefault(key, [])
            known += [t for t in map(fold, targets) if t and t != key and t not in known]
        self.entries = {k: tuple(v) for k, v in table.items() if v}
        self._by_length = sorted(self.entries, key=len, reverse=True)
        # the words by their first character: a question is read once, not searched for every word
        self._rank = {word: i for i, word in enumerate(self._by_length)}
        self._by_first: dict[str, list[str]] = {}
        for word in self._by_length:
            self._by_first.setdefault(word[0], []).append(word)

    @classmethod
    def load(cls, extra: Sequence[str | Path] = ()) -> Lexicon:
        """The bundled table followed by deployer files (same layout; entries add up).  A file
        has `[bridge]` (one staff word -> plan words) and `[family.NAME]` tables (`staff` = the
        many everyday ways of saying one thing, `plan` = the plan words they all stand for), so a
        deployer who meets a new way of saying it adds one word to the family."""
        bundled = (resources.files("planbot.retrieval") / "lexicon.toml").read_text(encoding="utf-8")
        tables = [tomllib.loads(bundled)] + [tomllib.loads(Path(p).read_text(encoding="utf-8")) for p in extra]
        merged: dict[str, list[str]] = {}
        for table in tables:
            for word, targets in table.get("bridge", {}).items():
                merged.setdefault(word, []).extend(_words(targets, f"lexicon word {word!r}: the value"))
            for name, family in table.get("family", {}).items():
                if not isinstance(family, dict) or set(family) != {"staff", "plan"}:
                    raise ValueError(f"lexicon family {name!r}: needs exactly `staff` and `plan` lists")
                plan = _words(family["plan"], f"lexicon family {name!r}: `plan`")
                for word in _words(family["staff"], f"lexicon family {name!r}: `staff`"):
                    merged.setdefault(word, []).extend(plan)
        return cls(merged)

    def merged(self, other: Mapping[str, Iterable[str]]) -> Lexicon:
        """This lexicon plus more entries (mined definitions)."""
        both: dict[str, list[str]] = {k: list(v) for k, v in self.entries.items()}
        for word, targets in other.items():
            both.setdefault(word, []).extend(targets)
        return Lexicon(both)

    def find(self, text: str) -> list[Bridge]:
        """Staff words in a question, longest first, not overlapping; English ones as whole words.
        A staff word is also found with a particle typed inside it (过期的药 for 过期药, 撒了土 for
        撒土, 猪的粪 for 猪粪): chat glues words with 的/了 where the entry has none."""
        t = fold(text)
        taken = [False] * len(t)
        found: list[Bridge] = []
        # as typed first (运渣土|的车 keeps 运渣土), then across a particle where nothing typed was found
        for rank, start, end in sorted(self._occurrences(t)) + sorted(self._occurrences_skipping_particles(t)):
            word = self._by_length[rank]
            if not any(taken[start:end]) and _whole(t, start, end, word):
                found.append(Bridge(t[start:end], start, end, self.entries[word]))  # as typed: 过期的药
                taken[start:end] = [True] * (end - start)
        return sorted(found, key=lambda b: b.start)

    def _occurrences(self, t: str, at: Sequence[int] | None = None) -> list[tuple[int, int, int]]:
        """(rank, start, end) of every staff word in `t`; `at` maps t's positions to the question's."""
        out = []
        for start, char in enumerate(t):
            for word in self._by_first.get(char, ()):
                if t.startswith(word, start):
                    end = start + len(word)
                    out.append((self._rank[word], start, end) if at is None else (self._rank[word], at[start], at[end - 1] + 1))
        return out

    def _occurrences_skipping_particles(self, t: str) -> list[tuple[int, int, int]]:
        """Staff words found once the particles between two Chinese characters are dropped; only
        those that span a dropped particle (the rest are found as typed)."""
        keep = [i for i, c in enumerate(t) if not (c in _PARTICLES and 0 < i < len(t) - 1
                                                    and _CJK.match(t[i - 1]) and _CJK.match(t[i + 1]))]
        if len(keep) == len(t):
            return []
        return [(rank, start, end) for rank, start, end in self._occurrences("".join(t[i] for i in keep), keep)
                if end - start > len(self._by_length[rank])]


def _words(value: object, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise ValueError(f"{what} must be a list of words")
    return value


def _whole(t: str, start: int, end: int, word: str) -> bool:
    """An English word must not be part of a longer one (dust in industry); Chinese needs no edge."""
    if not _ASCII_WORD.match(word[0]) and not _ASCII_WORD.match(word[-1]):
        return True
    before = t[start - 1] if start else " "
    after = t[end] if end < len(t) else " "
    return not (_ASCII_WORD.match(word[0]) and _ASCII_WORD.match(before)) and not (
        _ASCII_WORD.match(word[-1]) and _ASCII_WORD.match(after))


def mine_definitions(texts: Iterable[str]) -> dict[str, set[str]]:
    """Terms the plans define with an abbreviation, both ways: {挥发性有机物: {vocs}, vocs: {挥发性有机物}}."""
    pairs: set[tuple[str, str]] = set()
    tagger = None
    for text in texts:
        for m in _DEFINED.finditer(text):
            if tagger is None:
                import jieba.posseg  # only when a plan defines something; the tagger loads a dictionary

                tagger = jieba.posseg.dt
            term = _term_suffix(tagger, m[1])
            if len(term) >= 2:
                pairs.add((fold(term), fold(m[2])))
        for m in _DEFINED_REVERSED.finditer(text):
            pairs.add((fold(m[2]), fold(m[1])))
    out: dict[str, set[str]] = {}
    for term, abbreviation in pairs:
        if term != abbreviation:
            out.setdefault(term, set()).add(abbreviation)
            out.setdefault(abbreviation, set()).add(term)
    return out


def _term_suffix(tagger, run: str) -> str:
    """The defined term at the end of a run of Chinese: the trailing words up to a verb, particle…"""
    words = list(tagger.cut(run))
    keep = [words[-1].word]
    for w in reversed(words[:-1]):
        if w.flag.startswith(_NOT_IN_TERM) and not w.flag.startswith("vn"):
            break
        keep.insert(0, w.word)
    return "".join(keep)
