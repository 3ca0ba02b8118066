"""The bot: a message in, a cited Reply out. Structured questions are answered from filters
(complete lists), content questions from hybrid retrieval, and nothing is ever invented."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from datetime import date

import numpy as np
from pydantic import ValidationError

from planbot.index.deadlines import DeadlineFilter, cn_number, month_end
from planbot.index.facts import extract_facts
from planbot.index.models import Fact, Indicator, Measure, Plan
from planbot.index.store import SearchData
from planbot.index.textcells import SECTION
from planbot.index import places as gazetteer
from planbot.index.units import UnitMention
from planbot.retrieval.asks import asks_reading, reading_unstated
from planbot.retrieval.confidence import AGREE_RANK, LOW_COVERAGE, is_confident
from planbot.retrieval.filters import by_unit, select
from planbot.retrieval.prepared import search_parts
from planbot.retrieval.query import CITY, Query, parse_query
from planbot.retrieval.search import Hit, Mode, QueryEncoder, QueryTerms
from planbot.retrieval.tokenize import fold

from . import answers, followup
from .compare import Numbers
from . import messages as msg
from .render import answer_object
from .state import ChatScope, Conversation, ConversationStore, Identity
from .types import Message, Reply, Scope

MAX_CHARS = 5000
TOPIC_K = 5  # sources returned for content questions
TOPIC_SHARE = 0.5  # of a question's topic words an indicator column's name must hold to answer it
# words that ask for a value rather than name one (目标是多少, 要达到, 控制在)
_ASKING_WORDS = frozenset({"目标", "目标值", "指标", "要求", "达到", "控制", "完成", "水平", "数值", "今年", "全年",
                           "浓度", "年均"})  # 浓度: what a PM2.5 目标值 is, not another column
_CJK = re.compile(r"[\u4e00-\u9fff]")


UNQUALIFIED_SHARE = 0.75  # of the first's coverage a measure stating the unqualified target needs to go first
OLDER_WINS = 0.4  # coverage by which an older plan's best measure must beat the newest plan's to answer instead
STATED_BONUS = 0.15  # a value asked: a measure that states a number beats one that only names the topic
# how deep "还有类似的吗" looks: a measure covering every topic word can rank below a few that share
# one common word (道路遗撒: 道路 alone ranks 道路清扫 above a long 遗撒 measure)
SIMILAR_K = 20
SIMILAR_COVERAGE = 0.3  # of the best measure's coverage one shown for "还有类似的吗" must share: its head word (噪声治理 of 固定设备噪声治理), not every word


def _fact_score(hit: Hit, states_number: bool = False) -> float:
    """How well a measure answers a compare question for its side: the question's words it
    shares, with a bonus when both rankings put it near the top, and one when a value is asked
    and the measure states one (检查比例各多少: 不低于总数10%, not the 台账 measure)."""
    agree = (hit.bm25_rank or 99) <= AGREE_RANK and (hit.dense_rank or 99) <= AGREE_RANK
    return hit.coverage + (0.1 if agree else 0.0) + (STATED_BONUS if states_number else 0.0)


_HANDLERS: dict[str, tuple[Callable[..., Reply], bool]] = {}


def handles(*intents: str, guarded: bool = True):
    """Register a Bot method as the answer to these intents, as wechatpy registers message types;
    an intent without one gets the topic search. `guarded`: a question about the plans, checked
    first for unknown units, impossible dates, places and editions that are not ingested."""
    def register(method: Callable[..., Reply]) -> Callable[..., Reply]:
        for intent in intents:
            _HANDLERS[intent] = (method, guarded)
        return method
    return register


# a bare @ in a group ("empty") asks what the robot can do: the help text, as 帮助 does
_CANNED = {"empty": msg.HELP, "help": msg.HELP, "smalltalk": msg.SMALLTALK, "unclear": msg.UNCLEAR,
           "settings": msg.SETTINGS_STATELESS}


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
        facts: Sequence[Fact] | None = None,
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
        self.issuers = sorted({i for i, _ in self.editions if i})
        self.newest: dict[str | None, int] = {}  # each issuer's latest plan year
        for issuer, year in self.editions:
            self.newest[issuer] = max(self.newest.get(issuer, 0), year or 0)
        self._by_edition: dict[tuple, list[Measure]] = {}
        for m in self.measures:
            self._by_edition.setdefault((m.issuer, m.year), []).append(m)
        # a scope's measures (and their positions), derived once per index on first use: the
        # scopes are the plans' (issuer, year) pairs and their sets, so these stay small
        self._in_order: dict[tuple, list[Measure]] = {}
        self._scoped_positions: dict[tuple, list[int]] = {}
        # the unit columns each plan prints: one without 协办单位 (门头沟) names its helpers as 责任单位
        self.columns: dict[str, frozenset[str]] = {}
        for m in self.measures:
            self.columns[m.doc] = self.columns.get(m.doc, frozenset()) | {r for r in answers.ATTRIBUTE_FIELDS["any"] if getattr(m, r)}
        counts = Counter(u for m in self.measures for u in m.lead)
        self.common_units = [u for u, _ in counts.most_common(3)]
        # stated targets: as stored at ingest, else read from the measures now (same function)
        self.numbers = Numbers(self.indicators, extract_facts(self.measures) if facts is None else facts,
                               self.measures, self.units, tokenizer=self.tokenizer, lexicon=self.retriever.lexicon)
        # the gazetteer plus the ingested plans' districts, once: parsing and respelling read it
        self.places = gazetteer.load().with_districts(sorted(set(self.issuers) - {CITY}))
        # each table column's metrics (零排放运输车队（家） -> 零排放车队), read once: a question naming
        # the metric in any of its words (新能源车队, 零排车队) picks the column by it
        self._column_metrics = {i.indicator: frozenset(self.numbers.metrics.terms(i.indicator)) for i in self.indicators}
        self._followup = followup.Context(editions=frozenset(self.editions), parse=self._parse,
                                          respell=self._respell, respell_words=self.places.respell)

    def _respell(self, text: str, district: str | None) -> str:
        """A district typed by sound, written right (蜜云 -> 密云); a dictionary word is kept."""
        return self.places.respell(text, self.tokenizer.knows, district)

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

    def ask(self, text: str, scope: Scope | dict | None = None, qid: str | None = None, *,
            session: str | None = None) -> dict:
        """The `planbot ask --json` object for one question: stateless, or the next turn of the
        conversation `session` (follow-ups, "更多")."""
        message = Message(text=text, platform="cli", chat_id=session or "", user_id=session or "", scope=scope or Scope())
        return answer_object(self.handle(message, remember=session is not None), qid)

    def rank_measures(self, text: str, scope: Scope | dict | None, mode: Mode) -> list[dict]:
        """Sources for a content question by one retrieval mode (for `planbot eval`'s columns)."""
        q = self._parse(text, scope)
        return [answers.measure_json(self.measures[h.index]) for h in self.rank(q, mode=mode)]

    def handle(self, message: Message, remember: bool = True) -> Reply:
        """One message in its conversation: the asker's unit and scope, the chat's bound scope,
        the last question (for follow-ups) and the last list (for "更多", "第3项…")."""
        text = message.text or ""
        if len(text) > MAX_CHARS:
            return answers.text_reply(msg.TOO_LONG.format(n=len(text)), "too_long")
        if not remember:
            return self._converse(self._parse(text, message.scope), Conversation(), None)
        chat = (message.platform, message.chat_id)
        person = (message.platform, message.user_id) if message.user_id else None
        with self.conversations.session((*chat, message.user_id)) as conv:
            if person and (me := self.conversations.identity(person)).known:
                conv.unit, conv.issuer, conv.year = me.unit, me.issuer, me.year  # who they are, in any chat
            bound = self.conversations.chat_scope(chat)
            q = self._parse(text, _scope(conv, bound, message.scope))
            if q.self_reference and conv.issuer:  # "我们牵头哪些": the asker's own plan
                q = self._parse(text, _scope(conv, bound, message.scope, mine=True))
            if q.intent == "settings":
                return answers.text_reply(_settings_text(bound, conv), "settings")
            reply = self._converse(q, conv, chat)
            if person and reply.intent == "set_unit":
                self.conversations.bind_identity(person, Identity(conv.unit, conv.issuer, conv.year))
            return reply

    def answer(self, q: Query) -> Reply:
        """The answer to an already parsed question, outside any conversation."""
        return self._dispatch(q, Conversation())

    def _parse(self, text: str, scope: Scope | dict | None) -> Query:
        return parse_query(text, scope, self.today(), self.units, issuers=self.issuers, places=self.places)

    # ------------------------------------------------------------------ conversation

    def _converse(self, q: Query, conv: Conversation, chat: tuple[str, str] | None) -> Reply:
        """Follow-ups first (they need the conversation), then the question itself; a question
        answered becomes the one the next follow-up changes, its measures the ones it numbers."""
        match followup.read(q, _last(conv), self._followup):
            case followup.BindScope() as bind:
                return self._bind(bind, chat)
            case followup.ItemAsk() as item:
                return self._item(item, conv)
            case followup.NeedsContext():  # nothing to change: the plans answer nothing yet
                return _no_context()
            case followup.Similar():
                return self._similar(conv)
            case followup.Reask(query=asked, changed=changed):
                asked = _field_kept(asked, changed, conv)
            case _:
                asked = q
        reply = self._dispatch(asked, conv)
        if _HANDLERS.get(asked.intent, (None, True))[1]:
            conv.last_query = asked.model_dump(mode="json")
            conv.pending, conv.heading = list(reply.refs), reply.title
            conv.offset = len(reply.items) or len(reply.refs)
            conv.item_fields, conv.item = [], 0
        return reply

    def _bind(self, bind: followup.BindScope, chat: tuple[str, str] | None) -> Reply:
        """"本群是门头沟区的": every later question in this chat asks that plan unless it names another."""
        if bind.missing:
            return answers.no_plan_reply(bind.missing, self._editions_text(), "set_scope")
        if chat is not None:  # "设置 年份：2021" keeps the district bound before, where that plan exists
            old = self.conversations.chat_scope(chat)
            if not bind.issuer and old.issuer and (old.issuer, bind.year) not in self.editions:
                return answers.no_plan_reply([f"{old.issuer}{bind.year}年"], self._editions_text(), "set_scope")
            issuer = bind.issuer or old.issuer
            year = bind.year or (old.year if bind.issuer and (bind.issuer, old.year) in self.editions else None)
            bind = followup.BindScope(issuer, year, ())
        if not any(bind.issuer in (None, i) and bind.year in (None, y) for i, y in self.editions):
            return answers.no_plan_reply([f"{bind.issuer or ''}{bind.year}年"], self._editions_text(), "set_scope")
        if chat is not None:
            self.conversations.bind_chat(chat, ChatScope(issuer=bind.issuer, year=bind.year))
        where = f"{bind.issuer or ''}{bind.year or ''}{'年' if bind.year else ''}"
        return answers.text_reply(msg.SCOPE_SET.format(where=where), "set_scope")

    def _similar(self, conv: Conversation) -> Reply:
        """"还有类似的吗": up to 3 measures ranked after the ones shown for the last content question,
        each covering at least SIMILAR_COVERAGE of what the best one covers (ranked far down is
        another topic), those covering all of it first, looked for SIMILAR_K deep.  Asked again, it
        goes on from there: what ranks above the measures just shown was shown before, so the
        pages never cycle back to the first answer."""
        last = _last(conv)
        terms = self._terms(last)
        hits, _ = self._hits(last, terms, k=SIMILAR_K)
        top = hits[0].coverage if hits else 0.0
        # those covering all the best one covers come first (道路遗撒: 道路 alone is another topic)
        hits = sorted(hits, key=lambda h: h.coverage < top)
        ids = [self.measures[h.index].id for h in hits]
        seen = set(conv.pending)
        start = min((ids.index(i) for i in seen if i in ids), default=0)
        rest = [self.measures[h.index] for n, h in enumerate(hits)
                if n >= start and ids[n] not in seen and h.coverage >= SIMILAR_COVERAGE * top][:3]
        if not rest:
            return answers.text_reply(msg.NO_MORE, "more")
        reply = answers.topic_reply(rest, rest, "topic", list(terms.words))
        conv.pending, conv.offset, conv.item_fields, conv.item = list(reply.refs), len(reply.refs), [], 0
        return reply

    def _item(self, item: followup.ItemAsk, conv: Conversation) -> Reply:
        """"第3项谁配合": the n-th measure of the last answer, as numbered on screen."""
        if not conv.pending:
            return _no_context() if not conv.last_query else answers.text_reply(msg.NO_ITEMS, "followup")
        if conv.item and item.relative is not None:  # 这条 / 下一条 / 谁配合 after 第3项…: from the item talked about
            item = replace(item, number=conv.item + item.relative)
        if (item.number is None and len(conv.pending) == 1) or (item.number or 0) < 0:  # 最后一条 / 倒数第2条
            seen = min(conv.offset or len(conv.pending), len(conv.pending))
            item = replace(item, number=seen + 1 + (item.number or followup.LAST), again=False)
        if item.number is None:
            return answers.text_reply(msg.WHICH_ITEM.format(n=len(conv.pending)), "followup")
        if not 1 <= item.number <= len(conv.pending) or conv.pending[item.number - 1] not in self.by_id:
            return answers.text_reply(msg.NO_SUCH_ITEM.format(n=len(conv.pending)), "followup")
        m = self.by_id[conv.pending[item.number - 1]]
        conv.item = item.number
        last = _last(conv)
        fields = item.fields or (tuple(conv.item_fields) if item.again else ())
        conv.item_fields = list(fields)
        quote = msg.ITEM_QUOTE.format(n=item.number, text="{text}") if len(conv.pending) > 1 else msg.MEASURE_QUOTE
        return answers.attribute_reply(m, fields or answers.DETAIL_FIELDS, [m], self._words(last) if last else (),
                                       quote=quote, limit=80 if fields else 160, columns=self.columns.get(m.doc),
                                       checked=item.checked)

    # ------------------------------------------------------------------ dispatch

    def _dispatch(self, q: Query, conv: Conversation) -> Reply:
        handler, guarded = _HANDLERS.get(q.intent) or (Bot._topic, True)
        if guarded:
            for guard in (self._unknown_unit_guard, self._invalid_deadline_guard, self._place_guard,
                          self._edition_guard):
                if (reply := guard(q, conv)) is not None:
                    return reply
        return handler(self, q, conv)

    @handles(*_CANNED, guarded=False)
    def _canned(self, q: Query, conv: Conversation) -> Reply:
        # noise (哈哈哈, 水水水水) is told nothing was found: it asked nothing the plans answer
        return answers.text_reply(_CANNED[q.intent], q.intent, abstained=q.intent == "unclear")

    def _unknown_unit_guard(self, q: Query, conv: Conversation) -> Reply | None:
        return self._unknown_unit(q) if q.unknown_units and not q.units else None

    def _invalid_deadline_guard(self, q: Query, conv: Conversation) -> Reply | None:
        if q.invalid_deadline:
            return answers.text_reply(msg.INVALID_DEADLINE.format(phrase=q.invalid_deadline), q.intent)
        return None

    def _place_guard(self, q: Query, conv: Conversation) -> Reply | None:
        """A place no plan covers is said so, never answered from another district's plan; when
        the question also names a place that has one, that part is answered first and the note
        follows (a reply's head says what it is: an answer, or that the plans have none).
        Indicator tables list every district, so a district's row there is still its answer (a
        value asked, or values compared)."""
        missing = q.missing_places
        if not missing or (q.intent == "indicator" and self._indicator_cells(q)) or (
                q.intent == "compare" and (numbers := self.numbers.answer(q)) is not None and not numbers.abstained):
            return None
        note = answers.no_plan_reply(missing, self._editions_text(), q.intent)
        if not q.issuers:
            return note
        named = q.issuers[0] if len(q.issuers) == 1 else q.issuer
        rest = q.model_copy(update={"missing_places": (), "issuer": named,
                                    "entity": named if q.entity in missing else q.entity})
        reply = self._dispatch(rest, conv)
        if reply.abstained:
            return reply.model_copy(update={"title": "", "blocks": [*note.blocks, *filter(None, [reply.title]), *reply.blocks]})
        aside = msg.NO_PLAN_ASIDE.format(places="、".join(missing), editions=self._editions_text())
        return reply.model_copy(update={"blocks": [*reply.blocks, aside]})

    def _edition_guard(self, q: Query, conv: Conversation) -> Reply | None:
        if q.issuer in q.missing_places:
            return None  # passed by the place guard: a table row answers for a place without a plan
        missing = self._missing_edition(q)
        return answers.no_plan_reply([missing], self._editions_text(), q.intent) if missing else None

    # ------------------------------------------------------------------ lists

    @handles("dept_list", "deadline_list")
    def _list(self, q: Query, conv: Conversation) -> Reply:
        mention = self._mention(q, conv)
        if q.intent == "dept_list" and mention is None and not q.total:
            return answers.text_reply(msg.NO_UNIT_FOR_LIST, q.intent)
        names = set(mention.names) if mention else None
        others = [u for u in q.units[1:] if mention and u.names and u.keys != mention.keys]
        also = [set(u.names) for u in others] if q.units_join == "all" else []
        if others and q.units_join in ("any", "each"):
            names |= {n for u in others for n in u.names}
        role = q.role or "any"
        docs = {m.doc for e in self._current_editions(q)[0] for m in self._by_edition.get(e, ())}
        if role == "assist" and docs and not any("assist" in self.columns[d] for d in docs):
            role = "responsible"  # 配合 in a plan with no 协办 column (门头沟): its 责任单位 are the helpers
        deadline = q.deadline if q.intent == "deadline_list" or q.deadline else None
        found, earlier, current = self._select_current(q, names, role, deadline, also)
        if about := self._topic_words(q):  # 扬尘方面6月底前的: only the measures about it
            found, earlier = ([m for m in ms if any(w in fold(m.text) for w in about)] for ms in (found, earlier))
        if q.total and len(q.years) > 1:  # 21年和26年的计划各多少项: both editions counted
            found, earlier = [m for m in found + earlier if m.year in q.years], []
            current = {(m.issuer, m.year) for m in found}
        if len({m.year for m in found}) > 1:  # the current plans' lines first
            found.sort(key=lambda m: (-(m.year or 0), self.position[m.id]))
        where = self._where(q, current)
        joiner = msg.UNITS_ALL if q.units_join == "all" else msg.UNITS_ANY
        unit_label = joiner.join(u.label for u in [mention, *others]) if mention else ""
        phrase = _shown(deadline) if deadline else ""
        if about:
            phrase = msg.LIST_TOPIC.format(phrase=phrase, topic=q.list_topic)
        if mention and deadline:
            head = msg.LIST_HEAD_BOTH.format(unit=unit_label, role=msg.ROLE_WORDS[role], phrase=phrase, n=len(found))
        elif mention and others and q.units_join == "each":  # 分别牵头几项: each unit's count, one list
            head = msg.LIST_HEAD_EACH.format(counts="，".join(
                msg.LIST_EACH_UNIT.format(unit=u.label, role=msg.ROLE_WORDS[role],
                                          n=sum(by_unit(m, u.names, role) for m in found))
                for u in [mention, *others]), n=len(found))
        elif mention:
            head = msg.LIST_HEAD_UNIT.format(unit=unit_label, role=msg.ROLE_WORDS[role], n=len(found))
        elif q.total:  # 这个计划一共多少项: the count first, then each plan's and attachment's share
            parts = {(m.attachment, m.plan_title) for m in found}
            part = " ".join(filter(None, parts.pop())) if (q.plan_words or q.attachment) and len(parts) == 1 else ""
            return answers.list_reply(msg.LIST_HEAD_TOTAL.format(where=where, part=part, n=len(found)), found, q.intent,
                                      extra="\n".join(filter(None, [_parts(found), _older_note(earlier)])))
        else:
            head = msg.LIST_HEAD_DEADLINE.format(phrase=phrase, n=len(found))
        head += msg.LIST_SCOPE.format(where=where)
        extra = "\n".join(filter(None, [not others and self._collective_note(q, mention, role, deadline, current),
                                         _older_note(earlier)]))
        if not found:
            what = (msg.LIST_WHAT_BOTH.format(unit=unit_label, role=msg.ROLE_WORDS[role], phrase=phrase) if mention and deadline
                    else msg.LIST_WHAT_DEADLINE.format(phrase=phrase) if deadline else f"{unit_label}{msg.ROLE_WORDS[role]}")
            empty = msg.LIST_EMPTY.format(what=what, where=where)
            return answers.text_reply(f"{empty}\n{extra}" if extra else empty, q.intent, abstained=True)
        return answers.list_reply(head, found, q.intent, extra=extra)

    def _select_current(self, q: Query, names: set[str] | None, role, deadline, also=()):
        """(the complete list from the current plans, the older plans' matches, the editions
        listed); when only an older plan has any, that plan's list.  `also`: units that must
        stand in the role too."""
        current, older = self._current_editions(q)
        issuers = q.issuers if len(q.issuers) > 1 else (q.issuer,)  # 大兴和门头沟的水务局: each plan's list in turn
        found, earlier = ([m for i in issuers for m in select(_in_attachment(q, self._of_editions(editions)), i, q.year,
                                                               names, role, deadline, q.plan_words, also)]
                          for editions in (current, older))
        return (found, earlier, current) if found or not earlier else (earlier, [], older)

    def _collective_note(self, q: Query, mention: UnitMention | None, role, deadline, editions) -> str:
        """A town asking for its list also has the measures addressed to all towns: say how many."""
        if mention is None or not mention.collectives:
            return ""
        covering = select(self._of_editions(editions), q.issuer, q.year, set(mention.collectives), role, deadline,
                          q.plan_words)
        if not covering:
            return ""
        names = "、".join(sorted({n for m in covering for n in m.lead + m.responsible + m.assist if n in mention.collectives}))
        return msg.LIST_COLLECTIVE.format(n=len(covering), names=names, unit=mention.label, example=f"{names.split('、')[0]}有哪些任务")

    def _topic_words(self, q: Query) -> list[str]:
        """A deadline list's topic and its plan words (lexicon); none when no measure has them
        (the topic was misread, so the list is not narrowed to nothing)."""
        if not q.list_topic:
            return []
        words = [fold(q.list_topic), *(t for b in self.retriever.lexicon.find(q.list_topic) for t in b.targets)]
        return words if any(map(self.retriever.mentions, words)) else []

    @handles("more", guarded=False)
    def _more(self, q: Query, conv: Conversation) -> Reply:
        if not conv.last_query:  # "更多" out of the blue
            return _no_context()
        if not conv.pending or conv.offset >= len(conv.pending):
            last = _last(conv)  # "再来几条" after a topic answer (its best 1-3 shown): more on that topic
            if last is not None and last.intent in followup.CONTENT_INTENTS:
                return self._similar(conv)
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

    @handles("export")
    def _export(self, q: Query, conv: Conversation) -> Reply:
        """"导出我们的台账": the unit's measures (牵头 unless the question says another role) as a
        workbook; the app turns `payload["export"]` into a download link."""
        mention = self._mention(q, conv)
        if mention is None:
            return answers.text_reply(msg.EXPORT_WHICH_UNIT, "export")
        role = q.role or "lead"
        found, _, editions = self._select_current(q, set(mention.names), role, q.deadline)
        where = self._where(q, editions)
        if not found:
            reply = answers.text_reply(msg.EXPORT_EMPTY.format(unit=mention.label, role=msg.ROLE_WORDS[role], where=where), "export")
            return reply.model_copy(update={"abstained": True})
        export = {"unit": mention.label, "ids": [m.id for m in found]}  # exactly the rows listed here
        return Reply(blocks=[msg.EXPORT_READY.format(unit=mention.label, role=msg.ROLE_WORDS[role], n=len(found), where=where)],
                     intent="export", payload={"measures": [answers.measure_json(m) for m in found], "export": export})

    @handles("set_unit", guarded=False)
    def _set_unit(self, q: Query, conv: Conversation) -> Reply:
        """"我是区水务局的" remembers the asker's unit; "我是大兴区的" the asker's plan."""
        if q.self_unit is not None and q.self_unit.known:
            conv.unit = q.self_unit.label
            city = CITY in self.issuers and all(self.units.level(k) == "市" for k in q.self_unit.keys)
            if len(q.issuers) == 1 or city:  # "我是门头沟区住建委的": that district's plan, not every 区住建委
                conv.issuer, conv.year = q.issuers[0] if len(q.issuers) == 1 else CITY, None
            unit = f"{conv.unit}（{conv.issuer}）" if conv.issuer else conv.unit
            return answers.text_reply(msg.UNIT_SET.format(unit=unit), "set_unit")
        if q.self_unit is None and len(q.issuers) == 1:
            conv.issuer, conv.year = q.issuers[0], q.years[0] if len(q.years) == 1 else None
            where = f"{conv.issuer}{conv.year or ''}{'年' if conv.year else ''}"
            return answers.text_reply(msg.ISSUER_SET.format(where=where), "set_unit")
        return self._unknown_unit(q) if q.unknown_units or q.self_unit else answers.text_reply(msg.HELP, "help")

    def _unknown_unit(self, q: Query) -> Reply:
        unknown = q.unknown_units[0] if q.unknown_units else None
        near = unknown.suggestions if unknown else ()
        hint = (msg.UNIT_DID_YOU_MEAN.format(name=near[0]) if len(near) == 1
                else msg.UNIT_DID_YOU_MEAN_ONE_OF.format(names="、".join(near)) if near
                else msg.UNKNOWN_UNIT_HINT.format(examples="、".join(self.common_units)))
        return Reply(
            blocks=[msg.UNKNOWN_UNIT.format(unit=unknown.text if unknown else q.text), hint],
            abstained=True, intent=q.intent, payload={"measures": []},
        )

    # ------------------------------------------------------------------ content

    def _candidates(self, q: Query, issuer: str | None = None, year: int | None = None,
                    editions: Collection[tuple] | None = None) -> list[int]:
        """Positions of the measures a content question ranks: the plans in scope (one issuer
        and/or year, else the editions given), narrowed to the attachment and plan it names."""
        positions = (self._scope_positions(issuer or q.issuer, year or q.year) if editions is None
                     else self._positions(("editions", *editions), lambda: self._edition_measures(editions)))
        if not (q.attachment or q.plan_words):
            return positions
        scoped = _in_attachment(q, [self.measures[n] for n in positions])
        return [self.position[m.id] for m in select(scoped, plan_words=q.plan_words)] or [
            self.position[m.id] for m in scoped
        ]

    def _scope_positions(self, issuer: str | None, year: int | None) -> list[int]:
        """Positions of one issuer's and/or year's measures, in document order."""
        return self._positions(("scope", issuer, year), lambda: self.in_scope(issuer, year))

    def _positions(self, key: tuple, measures: Callable[[], list[Measure]]) -> list[int]:
        if (positions := self._scoped_positions.get(key)) is None:
            positions = self._scoped_positions[key] = [self.position[m.id] for m in measures()]
        return positions

    def rank(self, q: Query, mode: Mode = "fused", k: int = TOPIC_K, issuer: str | None = None,
             year: int | None = None, editions: Collection[tuple] | None = None,
             terms: QueryTerms | None = None) -> list[Hit]:
        """`terms`: the question's, when it is ranked over several scopes (see `_terms`)."""
        return self.retriever.search(terms or self._terms(q), self._candidates(q, issuer, year, editions), k=k, mode=mode)

    def _terms(self, q: Query) -> QueryTerms:
        """The question's words as the rankers use them: cut once per question, however many
        scopes it is ranked in (the newest plans, then all; each side of a comparison)."""
        return self.retriever.terms(q.content or q.text)

    def _current_editions(self, q: Query) -> tuple[list[tuple], list[tuple]]:
        """The plans in the question's scope: without a year, each issuer's newest plan (staff
        ask about the current plan) and, apart, the older ones; with a year, that year's."""
        editions = sorted((e for e in self.editions if q.issuer in (None, e[0]) and q.year in (None, e[1])),
                          key=lambda e: (str(e[0]), e[1] or 0))
        if q.year is not None:
            return editions, []
        current = [e for e in editions if (e[1] or 0) == self.newest.get(e[0])]
        return current, [e for e in editions if e not in current]

    def _of_editions(self, editions: Collection[tuple]) -> list[Measure]:
        """Their measures, in document order (sorted once per set of editions)."""
        key = tuple(editions)
        if (found := self._in_order.get(key)) is None:
            found = self._in_order[key] = sorted(self._edition_measures(editions), key=lambda m: self.position[m.id])
        return found

    def _edition_measures(self, editions: Collection[tuple]) -> list[Measure]:
        """Their measures, edition by edition in the order given."""
        return [m for e in editions for m in self._by_edition.get(e, ())]

    def _hits(self, q: Query, terms: QueryTerms, k: int = TOPIC_K) -> tuple[list[Hit], str]:
        """Ranked measures for a content question: each issuer's newest plan first (see
        `_current_editions`); when it answers and an older plan does too, a note says so. When
        it does not, every plan in scope is searched; when an older plan covers the question's
        words far better (the newest only shares some of them), the older one answers, noted."""
        current, older = self._current_editions(q)
        if q.year is not None or not older:
            return self.rank(q, k=k, terms=terms), ""
        dense = self.retriever.has_dense
        hits = self.rank(q, k=k, editions=current, terms=terms)
        if not is_confident(hits, dense):
            return self.rank(q, k=k, terms=terms), ""
        old = self.rank(q, k=k, editions=older, terms=terms)
        if not is_confident(old, dense):
            return hits, ""
        year = self.measures[old[0].index].year or 0
        if old[0].coverage >= hits[0].coverage + OLDER_WINS:  # only the older plan says what is asked
            return old, msg.OLDER_ONLY.format(year=year, newest=self.measures[hits[0].index].year or "")
        return hits, msg.OLDER_PLANS.format(years=year, short=f"{year % 100:02d}")

    def _other_year(self, q: Query, hits: list[Hit], terms: QueryTerms) -> Measure | None:
        """The measure of another year's plan that says what was asked, when the year asked about
        (typed, or the chat's) has a plan sharing only some of the question's words and missing
        some of them (2026年充电设施补贴: only 2021 has it); that year's plan does not answer it,
        and the other measure is shown as the closest.  Only one year is asked about: two years
        are a comparison."""
        if q.year is None or len(q.years) > 1 or not hits or hits[0].coverage >= 1.0 or not hits[0].absent:
            return None  # every word asked is printed in this year's plan: it is taken to answer
        others = [e for e in self.editions if q.issuer in (None, e[0]) and e[1] != q.year]
        other = self.rank(q, editions=others, terms=terms) if others else []
        if other and is_confident(other, self.retriever.has_dense) and \
                other[0].coverage >= hits[0].coverage + OLDER_WINS:
            return self.measures[other[0].index]
        return None

    def _pinned(self, q: Query) -> list[Measure]:
        """The measures a citation by position names (附件2第27项, 第二部分第3项, 序号12) in the
        current plan in scope, in document order; [] when the question cites none or it is not there.
        第N项 is the plan's 序号; within a 部分 whose 序号 run on from the part before, it is
        also the part's N-th item."""
        if q.item is None:
            return []
        current, _ = self._current_editions(q)
        found = [m for m in self._of_editions(current) if q.attachment in (None, m.attachment)
                 and (q.part is None or _part_no(m.section) == q.part)]
        exact = [m for m in found if m.task_no == str(q.item)]
        if exact or q.part is None:
            return exact
        numbers = list(dict.fromkeys(m.task_no for m in found))
        return [m for m in found if m.task_no == numbers[q.item - 1]] if q.item <= len(numbers) else []

    def _pinned_hits(self, q: Query, terms: QueryTerms) -> list[Hit]:
        """Ranked hits among the measures cited by position (the citation decides, not confidence)."""
        pinned = self._pinned(q)
        if not pinned:
            return []
        positions = [self.position[m.id] for m in pinned]
        hits = self.retriever.search(terms, positions, k=min(TOPIC_K, len(positions)))
        return hits or [Hit(n, 0.0, None, None, 0.0) for n in positions[:TOPIC_K]]

    @handles("topic")
    def _topic(self, q: Query, conv: Conversation | None = None, intent: str = "topic") -> Reply:
        terms = self._terms(q)
        if hits := self._pinned_hits(q, terms):
            ranked = [self.measures[h.index] for h in hits]
            return answers.topic_reply(ranked[:3], ranked, intent, list(terms.words))
        hits, note = self._hits(q, terms)
        if (elsewhere := self._other_year(q, hits, terms)) or not is_confident(hits, self.retriever.has_dense) \
                or reading_unstated(fold(q.text), self.measures[hits[0].index].text):  # 现在PM2.5实际多少: no target answers it
            closest = elsewhere or (self.measures[hits[0].index] if hits else None)
            return answers.abstain_reply(q.text, self._where(q), closest, intent)
        if intent == "indicator":
            hits = self._unqualified_first(q, hits)
        ranked = [self.measures[h.index] for h in hits]
        shown = [ranked[0]] + [
            self.measures[h.index] for h in hits[1:3] if h.coverage >= 0.8 * hits[0].coverage and h.score >= 0.9 * hits[0].score
        ]
        return _noted(answers.topic_reply(shown, ranked, intent, list(terms.words)), note)

    @handles("attribute")
    def _attribute(self, q: Query, conv: Conversation) -> Reply:
        terms = self._terms(q)
        hits, note = self._pinned_hits(q, terms), ""
        pinned = bool(hits)
        if not pinned:
            hits, note = self._hits(q, terms)
        elsewhere = None if pinned else self._other_year(q, hits, terms)
        if elsewhere or (not pinned and not is_confident(hits, self.retriever.has_dense)):
            closest = elsewhere or (self.measures[hits[0].index] if hits else None)
            return answers.abstain_reply(q.text, self._where(q), closest, "attribute")
        ranked = [self.measures[h.index] for h in hits]
        fields = q.fields or (q.attribute_field or "lead",)
        return _noted(answers.attribute_reply(ranked[0], fields, ranked, list(terms.words),
                                              columns=self.columns.get(ranked[0].doc), checked=q.checked_unit), note)

    @handles("indicator")
    def _indicator(self, q: Query, conv: Conversation) -> Reply:
        cells = self._indicator_cells(q)
        if cells:
            return answers.indicator_reply(cells, self.numbers.stating(cells[0]), list(self._terms(q).words))
        if missing := followup.missing_places(q, self.issuers):  # no table row, and no plan of its own
            return answers.no_plan_reply(missing, self._editions_text(), q.intent)
        reply = self._topic(q, intent="indicator")
        if reply.abstained or self._names_metric_asked(q, [m["text"] for m in reply.payload["measures"][:3]]):
            return reply
        closest = self.by_id.get(reply.payload["measures"][0]["id"]) if reply.payload["measures"] else None
        return answers.abstain_reply(q.text, self._where(q), closest, "indicator")

    def _names_metric_asked(self, q: Query, texts: Sequence[str]) -> bool:
        """A target asked by its metric (臭氧, 降尘量) is answered only by a measure that names that
        metric (优良天数 and 优良天数比率 meet); one sharing other words (指标要求) states no such target."""
        metrics = self.numbers.metrics
        asked = metrics.terms(q.text)
        if not asked:
            return True
        named = {t for text in texts for t in metrics.terms(text)}
        return any(a in t or t in a for a in asked for t in named)

    def _indicator_cells(self, q: Query) -> list[Indicator]:
        """Table cells for the asked entity whose column name shares the most with the question,
        when that name holds at least half of the question's topic words: 环保专项资金预算 is not
        answered by 环保绩效A、B级锅炉, nor 建设生态保育小区 by 建设用地 (the measures may say it)."""
        if not q.entity or asks_reading(fold(q.text)):  # 大兴PM2.5实际多少: a target cell is no reading
            return []
        rows = [i for i in self.indicators if i.entity == q.entity and (q.year is None or i.year == q.year)]
        if not rows:
            return []
        tokens = set(self.tokenizer.tokens(q.content or q.text))
        # staff words name a column by its plan word (饭馆 -> 餐饮, 晚上 -> 夜间): the lexicon's bridge
        # (each plan word as its pieces: 空气质量 -> 空气, 质量)
        bridges = [(b.word, [{w for w in self.tokenizer.document_tokens(t) if len(w) > 1} for t in b.targets])
                   for b in self.retriever.lexicon.find(q.content or q.text)]
        words = tokens | {fold(t) for t in q.indicator_terms} | {w for _, targets in bridges for t in targets for w in t}
        scored = []
        for i in rows:
            name = fold(i.indicator)
            overlap = sum(len(w) for w in words if len(w) > 1 and w in name)  # "量" alone names no column
            named = not self._column_metrics[i.indicator].isdisjoint(q.indicator_terms)
            if overlap or named:  # a column of the metric asked leads one merely sharing more characters
                scored.append(((named, overlap), i))
        if not scored:
            return []
        best = max(s for s, _ in scored)
        cells = [i for s, i in scored if s == best][:3]
        entity = fold(q.entity)
        # the column's own metric, however the question words it (细颗粒物 for PM2.5), is held
        metrics, text = self.numbers.metrics, fold(q.content or q.text)
        rest = metrics.without(text, metrics.terms(cells[0].indicator))
        said = len(text) - len(rest)  # characters that named the column's metric
        topic = [w for w in self.tokenizer.tokens(rest) if len(w) > 1 and _CJK.search(w) and w not in entity
                 and self.units.districts.get(w) != q.entity and w not in _ASKING_WORDS]  # 经开区 is the row
        weight = said + sum(len(w) for w in topic)
        column = fold(cells[0].indicator)
        held = said + sum(len(w) for w in topic if w in column or any(
            (w in word or word in w) and any(_holds(column, pieces) for pieces in targets) for word, targets in bridges))
        if self._narrower_than_asked(cells[0].indicator, text):
            return []
        return cells if not weight or held >= TOPIC_SHARE * weight else []

    def _unqualified_first(self, q: Query, hits: list[Hit]) -> list[Hit]:
        """A target asked without a qualifier (新注册的车里新能源占比) is first answered by a close
        measure that states it for everything (汽车中新能源车比例), not by one narrowed to what the
        question does not name (货车新能源化率)."""
        text = fold(q.content or q.text)
        narrow = [self._narrower_than_asked(self.measures[h.index].text, text) for h in hits[:3]]
        if not narrow or not narrow[0]:
            return hits
        top = hits[0]
        for n, h in enumerate(hits[1:3], 1):
            if not narrow[n] and h.coverage >= UNQUALIFIED_SHARE * top.coverage and self.numbers.states_asked(q, self.measures[h.index].id):
                return [h] + [x for x in hits if x is not h]
        return hits

    def _narrower_than_asked(self, column: str, text: str) -> bool:
        """A column whose metric is qualified (货车新能源化率, 受污染耕地安全利用率) answers only a
        question naming one of its qualifiers: 新注册的车里新能源占比 asks about every car, which a
        measure states, not the trucks' column."""
        metrics = self.numbers.metrics
        found = metrics.found(column)
        qualifiers = {m.name for m in found if m.qualifier}
        if not qualifiers or not any(not m.qualifier for m in found):
            return False  # 建设用地…名录内地块 names no metric the qualifier narrows
        asked = {m.name for m in metrics.found(text)}
        named = {m.name for m in found if not m.qualifier} & asked  # 新能源化率 asked: each kind of it answers
        return not named and not qualifiers & asked

    @handles("compare")
    def _compare(self, q: Query, conv: Conversation | None = None) -> Reply:
        if numbers := self.numbers.answer(q):  # values, a conclusion, both citations (bot/compare.py)
            return numbers
        sides = self._compare_sides(q)
        if len(sides) < 2:
            return self._topic(q)
        groups, ranked, terms = [], [], self._terms(q)

        def score(h: Hit) -> float:
            return _fact_score(h, self.numbers.states_asked(q, self.measures[h.index].id))

        for label, issuer, year in sides:
            # one fact per side: of the fused top five and the BM25 top three, the measure that
            # shares most of the question's words (a side's fact may rank low in the embeddings)
            both = self.rank(q, "bm25", 3, issuer, year, terms=terms) + self.rank(q, issuer=issuer, year=year, terms=terms)
            hits = list({h.index: h for h in both}.values())  # each measure once
            best = max((h for h in hits if h.coverage >= LOW_COVERAGE), key=score, default=None)
            groups.append((label, self.measures[best.index] if best else None))
            ranked += [self.measures[h.index] for h in sorted(hits, key=score, reverse=True)[:2]]
        groups = self._unprinted_sides(terms, sides, groups)
        if not any(m for _, m in groups):
            return answers.abstain_reply(q.text, self._where(q), None, "compare")
        ranked.sort(key=lambda m: 0 if any(m is g for _, g in groups) else 1)
        return answers.compare_reply(groups, ranked, list(terms.words), q.fields)

    def _unprinted_sides(self, terms: QueryTerms, sides: list[tuple[str, str | None, int | None]],
                         groups: list[tuple[str, Measure | None]]) -> list[tuple[str, Measure | None]]:
        """A side whose plan never prints a word of the question that another side's measure
        prints (秸秆 in 门头沟跟密云秸秆焚烧谁管, where only 门头沟's plan has 秸秆) has no measure on
        it: its best word match (a 焚烧 of refuse) answers something else."""
        words = [w for w in dict.fromkeys(terms.words) if len(w) >= 2]
        shown = [self.position[m.id] for _, m in groups if m is not None]
        out = []
        for (label, issuer, year), (_, m) in zip(sides, groups):
            if m is not None:
                pool = set(self._scope_positions(issuer, year))
                if any(not self.retriever.prints(w, pool)
                       and any(self.retriever.prints(w, {i}) for i in shown if i not in pool) for w in words):
                    m = None
            out.append((label, m))
        return out

    def _compare_sides(self, q: Query) -> list[tuple[str, str | None, int | None]]:
        """(label, issuer, year) per side: the places named, or every district with a plan ("三个区");
        a side without a year named is its newest plan."""
        issuers = q.issuers if len(q.issuers) >= 2 else self.numbers.districts if q.all_districts else ()
        if len(issuers) >= 2:
            return [(i, i, q.year or self.newest.get(i)) for i in issuers]
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
        """The plan a question names that the index does not hold (密云区2021年): said so, not
        answered as if that plan had been searched."""
        if q.year and not any(y == q.year and (q.issuer is None or i == q.issuer) for i, y in self.editions):
            return f"{q.issuer or ''}{q.year}年"
        if q.issuer and not any(i == q.issuer for i, _ in self.editions):
            return q.issuer
        return None

    def _editions_text(self) -> str:
        return "、".join(f"{i}{y}" for i, y in sorted(self.editions, key=lambda e: (str(e[0]), e[1] or 0)))

    def _where(self, q: Query, editions: Collection[tuple] = ()) -> str:
        """The plans answered from: the question's scope, with the year when the editions
        listed share one."""
        years = {y for _, y in editions}
        year = q.year or (years.pop() if len(years) == 1 else None)
        issuer = "、".join(q.issuers) if len(q.issuers) > 1 else q.issuer
        if issuer or year:
            return f"{issuer or ''}{year or ''}{'年' if year else ''}的计划"
        return msg.ALL_PLANS


def _holds(column: str, pieces: Collection[str]) -> bool:
    """A bridged plan word names a column only whole (every piece in it): 空气 -> 空气质量 is not
    声环境质量 for sharing 质量; 晚上 -> 夜间 is 夜间达标率."""
    return bool(pieces) and all(p in column for p in pieces)


def _scope(conv: Conversation, bound: ChatScope, default: Scope, mine: bool = False) -> dict:
    """What a question is about when it names no plan: the chat's ("本群是门头沟区的", else what
    the platform says the chat is), else the asker's own ("我是大兴区的", kept across chats).
    A question about the asker's own work (`mine`: "我们牵头哪些") is the asker's plan first."""
    chat = ((bound.issuer, bound.year), (default.issuer, default.year))
    person = ((conv.issuer, conv.year),)
    for issuer, year in (person + chat if mine else chat + person):
        if issuer or year:
            return {"issuer": issuer, "year": year}
    return {}


def _settings_text(bound: ChatScope, conv: Conversation) -> str:
    """"当前设置": the chat's bound plan and the asker's own unit and plan, as remembered."""
    group = f"{bound.issuer or ''}{bound.year or ''}" if bound.issuer or bound.year else msg.SETTINGS_NONE
    me = f"{conv.unit or ''}{'（' + conv.issuer + '）' if conv.issuer else ''}" if conv.unit or conv.issuer else msg.SETTINGS_NONE
    return msg.SETTINGS.format(group=group, me=me)


def _last(conv: Conversation) -> Query | None:
    """The remembered question, or None (none yet, or stored by another version)."""
    if not conv.last_query:
        return None
    try:
        return Query.model_validate(conv.last_query)
    except ValidationError:
        return None


def _shown(deadline: DeadlineFilter) -> str:
    """The question's deadline words for a list's head, unless they would read oddly in a Chinese
    sentence (English words, "没时限的"): then what the filter means."""
    if deadline.kind == "none":
        return msg.DEADLINE_NONE_SHOWN
    if deadline.kind == "label" or not re.search(r"[A-Za-z]{2}", deadline.phrase) or deadline.end is None:
        return deadline.phrase.removesuffix("的")  # 长期干的 -> 完成时限长期干的措施, not …的的措施

    def day(d: date) -> str:
        if (d.month, d.day) == (12, 31):
            return msg.DEADLINE_YEAR_END
        return (msg.DEADLINE_MONTH_END if d == month_end(d.year, d.month) else msg.DEADLINE_DAY).format(m=d.month, d=d.day)

    if deadline.kind == "by":
        return msg.DEADLINE_BY_SHOWN.format(day=day(deadline.end))
    return msg.DEADLINE_WITHIN_SHOWN.format(first=msg.DEADLINE_DAY.format(m=deadline.start.month, d=deadline.start.day),
                                            last=day(deadline.end))


def _in_attachment(q: Query, measures: list[Measure]) -> list[Measure]:
    """The measures of the attachment the question names (附件2中…), when the plans in scope have it."""
    mine = [m for m in measures if q.attachment and m.attachment == q.attachment]
    return mine or measures


def _part_no(section: str | None) -> int | None:
    """一、共筑美丽蓝天 -> 1: a section's ordinal as the plan prints it."""
    m = SECTION.match(section or "")
    return cn_number(m[1]) if m else None


def _parts(measures: Sequence[Measure]) -> str:
    """大兴区2026 附件1 110项、附件2 73项 …: a total's parts, when there are two or more."""
    counts = Counter((f"{m.issuer or ''}{m.year or ''}", m.attachment or "") for m in measures)
    if len(counts) < 2:
        return ""
    one_plan = len({plan for plan, _ in counts}) == 1  # then the attachment alone names the part
    return msg.LIST_TOTAL_PARTS.format(parts="、".join(
        f"{part if one_plan else ' '.join(filter(None, [plan, part]))} {n}项" for (plan, part), n in counts.items()))


def _older_note(earlier: Sequence[Measure]) -> str:
    """A list from the current plans says how many more an older plan has, and how to see them."""
    if not earlier:
        return ""
    year = max(m.year or 0 for m in earlier)
    return msg.LIST_OLDER.format(n=len(earlier), year=year, short=f"{year % 100:02d}")


def _noted(reply: Reply, note: str) -> Reply:
    return reply.model_copy(update={"blocks": [*reply.blocks, note]}) if note else reply


# what moving a question to another plan changes, where the field asked of the measure shown is kept
_PLAN_SLOTS = frozenset({"place", "year", "edition"})


def _field_kept(asked: Query, changed: tuple[str, ...], conv: Conversation) -> Query:
    """"扬尘咋管" / "谁牵头" / "那门头沟呢": once a field was asked of the measure a content answer
    showed, the same question in another plan asks that field again (not the topic)."""
    if not conv.item_fields or asked.intent != "topic" or not changed or not set(changed) <= _PLAN_SLOTS:
        return asked
    fields = tuple(conv.item_fields)
    return asked.model_copy(update={"intent": "attribute", "fields": fields, "attribute_field": fields[0]})


def _no_context() -> Reply:
    """A follow-up ("那门头沟呢", "第3项谁配合", "更多") with no question before it: how to ask, and
    marked abstained, since nothing in the plans was answered."""
    return answers.text_reply(msg.NEEDS_CONTEXT, "followup", abstained=True)
