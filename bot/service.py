"""The bot: a message in, a cited Reply out. Structured questions are answered from filters
(complete lists), content questions from hybrid retrieval, and nothing is ever invented."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date

import numpy as np

from planbot.index.models import Indicator, Measure, Plan
from planbot.index.store import SearchData
from planbot.index.units import UnitMention
from planbot.retrieval.filters import select
from planbot.retrieval.prepared import search_parts
from planbot.retrieval.query import Query, parse_query
from planbot.retrieval.search import Hit, Mode, QueryEncoder
from planbot.retrieval.tokenize import fold

from . import answers
from . import messages as msg
from .render import answer_object
from .state import Conversation, ConversationStore
from .types import Message, Reply, Scope

MAX_CHARS = 5000
TOPIC_K = 5  # sources returned for content questions
# Abstention (a tested rule, not a cosine threshold: e5 cosines bunch between 0.8 and 0.93).
# `coverage` is the idf-weighted share of the question's words found in the best measure.
# Below LOW_COVERAGE the plans do not talk about the question; between LOW and HIGH, BM25 and
# the embeddings must agree on that measure (both rank it within AGREE_RANK); from HIGH on the
# words alone are enough. Unknown words weigh most: 食堂, 开饭 are evidence of absence.
LOW_COVERAGE = 0.30
HIGH_COVERAGE = 0.55
AGREE_RANK = 3


def is_confident(hits: Sequence[Hit], dense: bool) -> bool:
    """Do the plans answer this? The rule above, on the best hit (BM25 alone: words only)."""
    if not hits:
        return False
    top = hits[0]
    if top.coverage >= HIGH_COVERAGE or (top.coverage >= LOW_COVERAGE and not dense):
        return True
    if top.coverage < LOW_COVERAGE:
        return False
    return (top.bm25_rank or 99) <= AGREE_RANK and (top.dense_rank or 99) <= AGREE_RANK


def _fact_score(hit: Hit) -> float:
    """How well a measure answers a compare question for its side: the question's words it
    shares, with a bonus when both rankings put it near the top."""
    agree = (hit.bm25_rank or 99) <= AGREE_RANK and (hit.dense_rank or 99) <= AGREE_RANK
    return hit.coverage + (0.1 if agree else 0.0)


class Bot:
    """Answers over one set of records; built once per process (BM25, vectors, unit directory)
    and then shared by every request thread: `handle` only reads, except conversation state."""

    def __init__(
        self,
        measures: Sequence[Measure],
        indicators: Sequence[Indicator],
        plans: Sequence[Plan],
        vectors: np.ndarray | None = None,
        encoder: QueryEncoder | None = None,
        model_name: str | None = None,
        today: Callable[[], date] = date.today,
        conversations: ConversationStore | None = None,
        search_data: SearchData | None = None,
    ):
        """`search_data`: what ingest derived from the corpus (tokens, dictionary, unit names);
        without it the corpus is cut here."""
        self.measures = list(measures)
        self.by_id = {m.id: m for m in self.measures}
        self.position = {m.id: n for n, m in enumerate(self.measures)}
        self.indicators = list(indicators)
        self.plans = list(plans)
        self.units, self.tokenizer, self.retriever = search_parts(self.measures, search_data, vectors, encoder)
        self.model_name = model_name
        self.today = today
        self.conversations = conversations or ConversationStore()
        self.editions = {(p.issuer, p.year) for p in self.plans}
        self._by_edition: dict[tuple, list[Measure]] = {}
        for m in self.measures:
            self._by_edition.setdefault((m.issuer, m.year), []).append(m)
        counts = Counter(u for m in self.measures for u in m.lead)
        self.common_units = [u for u, _ in counts.most_common(3)]

    # ------------------------------------------------------------------ entry points

    def health(self) -> dict:
        return {
            "status": "ok",
            "plans": len(self.plans),
            "measures": len(self.measures),
            "indicators": len(self.indicators),
            "model": self.model_name,
            "dense": self.retriever.has_dense,
        }

    def ask(self, text: str, scope: Scope | dict | None = None, qid: str | None = None) -> dict:
        """The `planbot ask --json` object for one question (stateless)."""
        reply = self.handle(Message(text=text, platform="cli", scope=scope or Scope()), remember=False)
        return answer_object(reply, qid)

    def rank_measures(self, text: str, scope: Scope | dict | None, mode: Mode) -> list[dict]:
        """Sources for a content question by one retrieval mode (for `planbot eval`'s columns)."""
        q = parse_query(text, scope, self.today(), self.units)
        return [answers.measure_json(self.measures[h.index]) for h in self.rank(q, mode=mode)]

    def handle(self, message: Message, remember: bool = True) -> Reply:
        text = message.text or ""
        if len(text) > MAX_CHARS:
            return answers.text_reply(msg.TOO_LONG.format(n=len(text)), "too_long")
        conv = self.conversations.get((message.platform, message.chat_id, message.user_id)) if remember else Conversation()
        q = parse_query(text, message.scope, self.today(), self.units)
        reply = self._dispatch(q, conv)
        if remember and reply.payload.get("measures") and reply.more:
            conv.pending = [m["id"] for m in reply.payload["measures"]]
            conv.offset = len(reply.items)
            conv.heading = reply.title
        return reply

    # ------------------------------------------------------------------ dispatch

    def _dispatch(self, q: Query, conv: Conversation) -> Reply:
        if q.more:
            return self._more(conv)
        if q.intent == "empty":
            return answers.text_reply(msg.EMPTY, "empty")
        if q.intent == "help":
            return answers.text_reply(msg.HELP, "help")
        if q.intent == "smalltalk":
            return answers.text_reply(msg.SMALLTALK, "smalltalk")
        if q.intent == "set_unit":
            return self._set_unit(q, conv)
        if q.unknown_units and not q.units:
            return self._unknown_unit(q)
        if q.invalid_deadline:
            return answers.text_reply(msg.INVALID_DEADLINE.format(phrase=q.invalid_deadline), q.intent)
        missing = self._missing_edition(q)
        if missing:
            return answers.abstain_reply(q.text, missing, None, q.intent)
        if q.intent in ("dept_list", "deadline_list"):
            return self._list(q, conv)
        if q.intent == "indicator":
            return self._indicator(q)
        if q.intent == "compare":
            return self._compare(q)
        if q.intent == "attribute":
            return self._attribute(q)
        return self._topic(q)

    # ------------------------------------------------------------------ lists

    def _list(self, q: Query, conv: Conversation) -> Reply:
        mention = self._mention(q, conv)
        if q.intent == "dept_list" and mention is None:
            return answers.text_reply(msg.NO_UNIT_FOR_LIST, q.intent)
        names = set(mention.names) if mention else None
        role = q.role or "any"
        deadline = q.deadline if q.intent == "deadline_list" or q.deadline else None
        found = select(self.in_scope(q.issuer, q.year), q.issuer, q.year, names, role, deadline, q.plan_words)
        where = self._where(q)
        unit_label = mention.label if mention else ""
        phrase = deadline.phrase if deadline else ""
        if mention and deadline:
            head = msg.LIST_HEAD_BOTH.format(unit=unit_label, role=msg.ROLE_WORDS[role], phrase=phrase, n=len(found))
        elif mention:
            head = msg.LIST_HEAD_UNIT.format(unit=unit_label, role=msg.ROLE_WORDS[role], n=len(found))
        else:
            head = msg.LIST_HEAD_DEADLINE.format(phrase=phrase, n=len(found))
        head += msg.LIST_SCOPE.format(where=where)
        extra = self._collective_note(q, mention, role, deadline)
        if not found:
            what = f"{unit_label}{msg.ROLE_WORDS[role] if mention else ''}{phrase}"
            empty = msg.LIST_EMPTY.format(what=what, where=where)
            return answers.text_reply(f"{empty}\n{extra}" if extra else empty, q.intent)
        return answers.list_reply(head, found, q.intent, extra=extra)

    def _collective_note(self, q: Query, mention: UnitMention | None, role, deadline) -> str:
        """A town asking for its list also has the measures addressed to all towns: say how many."""
        if mention is None or not mention.collectives:
            return ""
        covering = select(self.in_scope(q.issuer, q.year), q.issuer, q.year, set(mention.collectives), role, deadline,
                          q.plan_words)
        if not covering:
            return ""
        names = "、".join(sorted({n for m in covering for n in m.lead + m.responsible + m.assist if n in mention.collectives}))
        return msg.LIST_COLLECTIVE.format(n=len(covering), names=names, unit=mention.label, example=f"{names.split('、')[0]}有哪些任务")

    def _more(self, conv: Conversation) -> Reply:
        if not conv.pending or conv.offset >= len(conv.pending):
            return answers.text_reply(msg.NO_MORE, "more")
        measures = [self.by_id[i] for i in conv.pending if i in self.by_id]
        reply = answers.list_reply(conv.heading, measures, "more", offset=conv.offset)
        conv.offset += len(reply.items)
        return reply

    def _mention(self, q: Query, conv: Conversation) -> UnitMention | None:
        if q.units:
            return q.units[0]
        if conv.unit and q.self_reference:
            found = self.units.find_mentions(conv.unit)
            return found[0] if found else None
        return None

    def _set_unit(self, q: Query, conv: Conversation) -> Reply:
        if q.self_unit is None or not q.self_unit.known:
            return self._unknown_unit(q) if q.unknown_units or q.self_unit else answers.text_reply(msg.HELP, "help")
        conv.unit = q.self_unit.label
        return answers.text_reply(msg.UNIT_SET.format(unit=conv.unit), "set_unit")

    def _unknown_unit(self, q: Query) -> Reply:
        name = q.unknown_units[0].text if q.unknown_units else q.text
        examples = "、".join(self.common_units)
        return Reply(
            blocks=[msg.UNKNOWN_UNIT.format(unit=name), msg.UNKNOWN_UNIT_HINT.format(examples=examples)],
            abstained=True, intent=q.intent, payload={"measures": []},
        )

    # ------------------------------------------------------------------ content

    def _candidates(self, q: Query, issuer: str | None = None, year: int | None = None) -> list[int]:
        issuer = issuer or q.issuer
        year = year or q.year
        scoped = self.in_scope(issuer, year)
        return [self.position[m.id] for m in select(scoped, plan_words=q.plan_words)] or [
            self.position[m.id] for m in scoped
        ]

    def rank(self, q: Query, mode: Mode = "fused", k: int = TOPIC_K, issuer: str | None = None,
             year: int | None = None) -> list[Hit]:
        return self.retriever.search(q.content or q.text, self._candidates(q, issuer, year), k=k, mode=mode)

    def _topic(self, q: Query, intent: str = "topic") -> Reply:
        hits = self.rank(q)
        if not is_confident(hits, self.retriever.has_dense):
            closest = self.measures[hits[0].index] if hits else None
            return answers.abstain_reply(q.text, self._where(q), closest, intent)
        ranked = [self.measures[h.index] for h in hits]
        shown = [ranked[0]] + [
            self.measures[h.index] for h in hits[1:3] if h.coverage >= 0.8 * hits[0].coverage and h.score >= 0.9 * hits[0].score
        ]
        return answers.topic_reply(shown, ranked, intent, self._words(q))

    def _attribute(self, q: Query) -> Reply:
        hits = self.rank(q)
        if not is_confident(hits, self.retriever.has_dense):
            closest = self.measures[hits[0].index] if hits else None
            return answers.abstain_reply(q.text, self._where(q), closest, "attribute")
        ranked = [self.measures[h.index] for h in hits]
        return answers.attribute_reply(ranked[0], q.attribute_field or "lead", ranked, self._words(q))

    def _indicator(self, q: Query) -> Reply:
        cells = self._indicator_cells(q)
        if cells:
            return answers.indicator_reply(cells)
        return self._topic(q, intent="indicator")

    def _indicator_cells(self, q: Query) -> list[Indicator]:
        """Table cells for the asked entity whose column name shares the most with the question."""
        if not q.entity:
            return []
        rows = [i for i in self.indicators if i.entity == q.entity and (q.year is None or i.year == q.year)]
        if not rows:
            return []
        words = set(self.tokenizer.tokens(q.content or q.text)) | {fold(t) for t in q.indicator_terms}
        scored = []
        for i in rows:
            name = fold(i.indicator)
            overlap = sum(len(w) for w in words if w and w in name)
            if overlap:
                scored.append((overlap, i))
        if not scored:
            return []
        best = max(s for s, _ in scored)
        return [i for s, i in scored if s == best][:3]

    def _compare(self, q: Query) -> Reply:
        sides = self._compare_sides(q)
        if len(sides) < 2:
            return self._topic(q)
        groups, ranked = [], []
        for label, issuer, year in sides:
            # one fact per side: of the fused top five and the BM25 top three, the measure that
            # shares most of the question's words (a side's fact may rank low in the embeddings)
            hits = self.rank(q, issuer=issuer, year=year) + self.rank(q, "bm25", 3, issuer, year)
            best = max(hits, key=_fact_score, default=None)
            groups.append((label, self.measures[best.index] if best and best.coverage >= LOW_COVERAGE else None))
            ranked += [self.measures[h.index] for h in sorted(hits, key=_fact_score, reverse=True)[:2]]
        if not any(m for _, m in groups):
            return answers.abstain_reply(q.text, self._where(q), None, "compare")
        ranked.sort(key=lambda m: 0 if any(m is g for _, g in groups) else 1)
        return answers.compare_reply(groups, ranked, self._words(q))

    def _compare_sides(self, q: Query) -> list[tuple[str, str | None, int | None]]:
        if len(q.issuers) >= 2:
            return [(i, i, q.year) for i in q.issuers]
        if len(q.years) >= 2:
            return [(f"{q.issuer or ''}{y}年", q.issuer, y) for y in q.years]
        return []

    # ------------------------------------------------------------------ helpers

    def _words(self, q: Query) -> list[str]:
        """The question's words, for picking the sentence of a measure that answers it."""
        return self.tokenizer.tokens(q.content or q.text)

    def in_scope(self, issuer: str | None, year: int | None) -> list[Measure]:
        """The measures of one issuer and/or year, in document order, without scanning them all."""
        if issuer is None and year is None:
            return self.measures
        parts = [ms for (i, y), ms in self._by_edition.items() if issuer in (None, i) and year in (None, y)]
        return parts[0] if len(parts) == 1 else sorted((m for ms in parts for m in ms), key=lambda m: self.position[m.id])

    def _missing_edition(self, q: Query) -> str | None:
        """A question about a plan year or issuer the index does not hold: say so, do not guess."""
        if q.year and not any(y == q.year and (q.issuer is None or i == q.issuer) for i, y in self.editions):
            return f"{q.issuer or ''}{q.year}年的计划（已收录：{self._editions_text()}）"
        if q.issuer and not any(i == q.issuer for i, _ in self.editions):
            return f"{q.issuer}的计划（已收录：{self._editions_text()}）"
        return None

    def _editions_text(self) -> str:
        return "、".join(f"{i}{y}" for i, y in sorted(self.editions, key=lambda e: (str(e[0]), e[1] or 0)))

    def _where(self, q: Query) -> str:
        if q.issuer or q.year:
            return f"{q.issuer or ''}{q.year or ''}{'年' if q.year else ''}的计划"
        return msg.ALL_PLANS

