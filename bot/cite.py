"""Citations and short forms of records: pure functions shared by every answer type."""
from __future__ import annotations

import re
from collections.abc import Iterable

from planbot.index.models import Indicator, Measure

from . import messages as msg
from .types import Citation

SHORT_CHARS = 48
NUMBER_NEAR = 4  # a cut this close before a number ("达到|35%") takes the number in
UNIT_CHARS = 10  # how far after a number its unit may run (微克/立方米) before the clause ends
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CLAUSE_END = re.compile(r"[，,、；;。！？）)]")
_CLAUSE_START = re.compile(r"[，,；;：:]")


def citation(m: Measure, detail: bool = True) -> Citation:
    """《plan title》(issuer year) 附件N · section · subsection · 第N项: findable in the document.

    Without `detail`, only the plan and attachment: list lines carry their own 第N项.
    """
    place = [p for p in (m.attachment, m.section, m.subsection) if p] if detail else [m.attachment or ""]
    if m.task_no and detail:
        place.append(msg.CITE_ITEM.format(n=m.task_no))
    label = msg.CITE.format(
        title=m.plan_title or m.doc, issuer=m.issuer or "", year=f" {m.year}" if m.year else "",
        place=" · ".join(place),
    )
    return Citation(doc=m.doc, label=label)


def indicator_citation(i: Indicator) -> Citation:
    title = i.table_title or i.table
    return Citation(doc=i.doc, label=f"{msg.INDICATOR_TABLE.format(title=title, table=i.table)}（{i.issuer} {i.year}）")


def _sentences(text: str) -> list[str]:
    flat = re.sub(r"\s*\n\s*", "", text).strip()
    return [s for s in re.split(r"(?<=[。；！？])", flat) if s]


def _fit(sentences: list[str], limit: int) -> str:
    """The first sentence (cut with … past `limit`) and the following ones that still fit."""
    out = sentences[0]
    if len(out) > limit:
        return _cut(out, limit)
    for sentence in sentences[1:]:
        if len(out) + len(sentence) > limit:
            break
        out += sentence
    return out


def _cut(sentence: str, limit: int) -> str:
    """`sentence` cut near `limit` with …, but never inside a number or just before one: the
    value a question asks for is the number that ends its clause ("…新能源化率达到35%")."""
    end = limit
    for m in _NUMBER.finditer(sentence):
        if m.start() - NUMBER_NEAR <= end < m.end() + 1:
            clause = _CLAUSE_END.search(sentence, m.end(), m.end() + UNIT_CHARS)
            end = clause.start() if clause else min(len(sentence), m.end() + UNIT_CHARS)
            break
    if end >= len(sentence):
        return sentence
    return sentence[:end].rstrip("，、；：") + "…"


def shorten(text: str, limit: int = SHORT_CHARS) -> str:
    """The measure's opening sentences that fit in `limit` characters (at least the first,
    cut with … if it alone is longer); the words themselves are never altered."""
    sentences = _sentences(text)
    return _fit(sentences, limit) if sentences else ""


def excerpt(text: str, words: Iterable[str], limit: int = SHORT_CHARS) -> str:
    """The part of a measure that answers the question: from the sentence sharing most of the
    question's words, and within a long sentence from its clause sharing most of them when the
    cut would fall inside it (…-prefixed when that is not the opening), verbatim; the opening
    otherwise."""
    sentences = _sentences(text)
    if not sentences:
        return ""
    words = [w for w in words if w]
    hits = [sum(w in s for w in words) for s in sentences]
    best = max(range(len(sentences)), key=lambda i: (hits[i], -i))
    if hits[best] == 0:
        return _fit(sentences, limit)
    sentence = sentences[best]
    bounds = [0, *(m.end() for m in _CLAUSE_START.finditer(sentence)), len(sentence)]
    clauses = list(zip(bounds, bounds[1:]))
    start, end = max(clauses, key=lambda c: (sum(w in sentence[c[0]:c[1]] for w in words), -c[0]))
    if end <= limit:  # the clause that answers fits from the sentence's start
        start = 0
    prefix = "…" if best or start else ""
    return prefix + _fit([sentence[start:], *sentences[best + 1:]], limit)


def units_text(names: list[str]) -> str:
    return "、".join(names)


def deadline_text(m: Measure) -> str:
    return m.deadline or msg.DEADLINE_NONE_TEXT


def plan_tag(m: Measure) -> str:
    """A short place tag for list lines: 大兴区2026 附件1 第3项."""
    parts = [f"{m.issuer or ''}{m.year or ''}"]
    if m.attachment:
        parts.append(m.attachment)
    if m.task_no:
        parts.append(msg.CITE_ITEM.format(n=m.task_no))
    return " ".join(p for p in parts if p)
