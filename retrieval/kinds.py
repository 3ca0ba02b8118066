"""Members named for a kind: 护栏、座椅这些城市家具, 暴雨大风这种极端天气, 大棚那种农业用地.

Staff point at a kind by a few of its members, then name the kind after 这些/那种/之类的; the
plans print the kind (城市家具, 极端天气), seldom the members.  Such a member is covered by a
measure printing the kind, as a bridge word covers what it stands for; the member still counts
where it is printed itself.  Only nouns typed right before the marker are members (街边 places
them, 挖得很深的那种工地 describes one), and a kind most measures print (工程, 工作) stands for
nothing in particular, so it covers no member.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

# words that close a list of members and open their kind (longest first: 之类的 before 之类)
MARKERS = ("之类的", "一类的", "这样的", "那样的", "什么的", "这些", "那些", "这类", "那类", "这种", "那种",
           "之类", "啥的", "等等")
_MARKER = re.compile("|".join(MARKERS))
# what may stand between two members (护栏、座椅 / 护栏 座椅 / 储能啊碳捕集啊) or a kind's words (四氯乙烯的干洗机)
_BETWEEN_MEMBERS = re.compile(r"[\s、，,和跟与及或啊呀]*")
_BETWEEN_KIND_WORDS = re.compile(r"的?")


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    import jieba.posseg  # jieba's part-of-speech table, read once, when a question names a kind

    return jieba.posseg.dt.word_tag_tab


def typed_as_noun(word: str) -> bool:
    """A noun in jieba's dictionary (护栏 n, 河滩 ns, 抗菌药 nz), or a word it does not know (美国白蛾:
    a name); not a place word (街边 s), a verb (拆迁), an adjective or a time (中暑 t)."""
    tag = _tags().get(word)
    return tag.startswith("n") if tag else len(word) >= 2


def members_of_kinds(folded: str, tokens: Sequence[str], spans: Sequence[tuple[int, int]],
                     is_noun: Callable[[int], bool]) -> dict[str, frozenset[str]]:
    """Member token -> the kind's tokens, for each "members + marker + kind" in the question.
    `spans`: each token's place in `folded` ((-1, -1) if not found); `is_noun(i)`: whether token
    i was typed as a noun."""
    out: dict[str, frozenset[str]] = {}
    placed = [(i, s, e) for i, (s, e) in enumerate(spans) if s >= 0]
    for m in _MARKER.finditer(folded):
        kind, at = [], m.end()
        for i, s, e in placed:
            if s < at:
                continue
            if not (_BETWEEN_KIND_WORDS.fullmatch(folded[at:s]) and is_noun(i)):
                break
            kind.append(tokens[i])
            at = e
        if not kind:
            continue
        at = m.start()
        for i, s, e in reversed(placed):
            if e > at:
                continue
            if not (_BETWEEN_MEMBERS.fullmatch(folded[e:at]) and is_noun(i)):
                break
            if tokens[i] not in kind:
                out[tokens[i]] = frozenset(kind)
            at = s
    return out
