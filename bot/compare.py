"""Compare and superlative answers over numbers: indicator-table cells and the targets stated
in measure text (index.facts), matched by the shared metric vocabulary (index/metrics.toml).

A side (a district, a town, the city, a plan year) gets its own plan's stated target first,
else its indicator-table cell; a side without a number is said to have none, never guessed.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from planbot.index.deadlines import cn_number
from planbot.index.metrics import Metrics, default_metrics
from planbot.index.models import Fact, Indicator, Measure
from planbot.index.units import UnitDirectory, fold
from planbot.retrieval.lexicon import Lexicon
from planbot.retrieval.query import CITY, Query
from planbot.retrieval.tokenize import Tokenizer
from planbot.retrieval.tokenize import fold as fold_query

from . import messages as msg
from .answers import indicator_json, measure_json
from .cite import citation, excerpt, indicator_citation
from .types import Citation, Reply

_CITY = re.compile(r"全市|北京市|本市")
# 市里给密云的 / 北京市下达门头沟的: the city sets the target, it is not a side
_WHOLE_DISTRICT = re.compile(r"全区|区级|区里|整个区|全\s*区")
_FROM_CITY = re.compile(r"(?:市里|市级|市政府|北京市|全市|本市)(?:政府)?(?:给|下达给?|分给|定给|派给|对)")
_UNIT_IN_NAME = re.compile(r"[（(]([^）)]+)[）)]\s*$")
_TOWN_KINDS = ("镇", "街道", "乡", "地区")
_PAREN = re.compile(r"[（(][^）)]*[）)]")
# a question that asks for a value (not 谁牵头 / 有什么不同): only then is a column or subject its quantity
_VALUE_ASK = re.compile(r"多少|几|数量|数值|目标|指标|比例|比率|占比|率|\bhow (?:much|many)\b|"
                        r"(?:谁|哪个|哪一个|哪边)的?更?(?:高|低|多|少|大|小|严|松)", re.I)
# the way a comparison asks (谁高 / 哪个少 / 比门头沟高吗 / 比大兴多多少): its answer names that side
_WAY_ASKED = re.compile(r"(?:谁|哪个|哪一个|哪边|哪家|更|(?<![对相])比(?![率例重较])[^，,。？?]{1,12}?)的?(高|低|多(?!少)|(?<!多)少|大|小)(?!于)"
                        r"|\b(higher|lower|more|fewer|less)\b", re.I)
# 哪个宽松 / 谁更松: the looser side of a metric whose stricter end is known
_LOOSE_ASKED = re.compile(r"宽松|更松|松一些|松一点|松点|(?i:\b(?:looser|less strict|more lenient)\b)")
# 一样吗 / 是否相同: a yes-or-no on sameness, answered "不一样" first when the values differ
_SAME_ASKED = re.compile(r"一样|一致|相同|(?i:\bthe same\b)")
_WAYS = {"高": "max", "多": "max", "大": "max", "低": "min", "少": "min", "小": "min",
         "higher": "max", "more": "max", "lower": "min", "fewer": "min", "less": "min"}
# a set's values added up (一共 / 合计, counts only: PM2.5s or shares do not add) or averaged
_AGGREGATES = (("sum", re.compile(r"一共|总共|合计|共计|总计|加起来|加一起|总数|\b(?:in total|total|sum)\b", re.I)),
               ("mean", re.compile(r"平均|均值|\b(?:average|mean)\b", re.I)))
_COUNTED_DISTRICTS = re.compile(r"([两二三四五六七八九\d])个区")
_SHARE_ASK = re.compile(r"比例|比率|占比|率|%|百分")
_COUNTS = frozenset("处个家项台辆座条户所块套次")  # a count is 更多, not 更高
NAMED_SHARE = 0.5  # share of the question's words a column or subject name must hold
# where a value is printed (附件4) and what it counts (数量, 项数): no words of the quantity's name
_NOT_A_NAME = re.compile(r"附件\s*[\d一二三四五六七八九十]+|数量|个数|项数|家数|块数|条数|数目")
# first match wins: 街道 alone is the streets (哪个街道最低 is never answered by a 镇); 镇, 镇街,
# 属地 are every town and street, as staff use 镇 loosely
_SET_KIND = (("town", re.compile(r"镇|乡|属地|\btowns?(?:hips?)?\b", re.I)),
             ("street", re.compile(r"街道|\b(?:streets?|sub-?districts?)\b", re.I)),
             ("district", re.compile(r"区|\bdistricts?\b", re.I)))
_KIND_ENDS = {"street": ("街道",)}  # a set of towns narrowed by the names' ending
SHOW_TIES = 6


@dataclass(frozen=True)
class Value:
    """One side's number for a metric, where it is printed, and what to cite."""

    side: str
    number: float | None  # None: printed, but not a number (达到市级要求)
    text: str  # the value as printed, with its subject: PM2.5年均浓度不高于30微克/立方米
    unit: str
    cite: Citation
    measure: Measure | None = None
    cell: Indicator | None = None
    bound: str | None = None  # a stated target's comparator: ≤ (低于…), ≥ (不低于…), = (建设…15处)


def number_text(x: float) -> str:
    return f"{x:f}".rstrip("0").rstrip(".")


class Numbers:
    """The numbers the bot can compare: built once from the records, read by every request."""

    def __init__(self, indicators: Sequence[Indicator], facts: Sequence[Fact], measures: Sequence[Measure],
                 units: UnitDirectory, metrics: Metrics | None = None, tokenizer: Tokenizer | None = None,
                 lexicon: Lexicon | None = None):
        self.metrics = metrics or default_metrics()
        self.lexicon = lexicon or Lexicon()
        self.units = units
        self.tokenizer = tokenizer or Tokenizer()
        self.measures = list(measures)
        self.by_id = {m.id: m for m in self.measures}
        # a quantity's key: its metric (metrics.toml), else the column's own name / the subject
        self.cells = [(self.metrics.key(i.indicator) or _column(i.indicator), i) for i in indicators]
        self.facts = [f for f in facts if f.measure_id in self.by_id]
        self.unit_of: dict[str, str] = {}
        for key, cell in self.cells:
            if m := _UNIT_IN_NAME.search(cell.indicator):
                self.unit_of.setdefault(key, m[1])
        for f in self.facts:
            self.unit_of.setdefault(_key(f), f.unit)
        self.known = list(dict.fromkeys([*(k for k, _ in self.cells), *(f.metric for f in self.facts if f.metric)]))
        # name as matched (folded, no brackets or punctuation) -> key: every column, every subject
        self.named = {_squeeze(_PAREN.sub("", c.indicator)): k for k, c in self.cells}
        self.named.update({_squeeze(f.subject): f.subject for f in self.facts if not f.metric})
        self.columns = frozenset(k for k, _ in self.cells)
        self.planned = frozenset(m.issuer for m in self.measures if m.issuer)
        # the sides of "三个区 / 各区" in a comparison: every district with a plan, in index order
        self.districts = list(dict.fromkeys(m.issuer for m in self.measures if m.issuer and m.issuer != CITY))
        self.stated: dict[str, set[str]] = {}  # measure id -> the units of the numbers it states
        for f in self.facts:
            self.stated.setdefault(f.measure_id, set()).add(f.unit)
        self.place_names = {**units.districts, **{p: p for p in units.places}}  # name or alias -> entity
        alternatives = [*map(re.escape, sorted(self.place_names, key=len, reverse=True)), _CITY.pattern]
        self._places = re.compile(rf"(?:北京市)?({'|'.join(alternatives)})")

    # ------------------------------------------------------------------ entry point

    def answer(self, q: Query) -> Reply | None:
        """A numbers answer, or None when the question names no metric (the caller answers
        from the measures' text instead)."""
        keys, named = self._keys(q.text), False
        if not keys:
            keys, named = self._named_keys(q), True
        if not keys:
            return None
        if q.rank and (place := q.entity or q.issuer) and (ranked := self._rank(q, keys, place)):
            return ranked
        sides = self._sides(q)
        if named and keys[0] in self.columns and sides and all(e in self.planned for e, _ in sides) \
                and not (q.difference or q.superlative or q.rank or _way_asked(q.text)) \
                and not all(self._states(keys[0], e, y) for e, y in sides):
            return None  # districts with plans, a column matched by words alone: their plans' text answers
            # (unless a gap, the higher side, the extreme of a set or a rank in it is asked: only the
            # table's numbers tell that)
        if q.superlative and len(sides) < 2 and self._planned_named(q.text):  # 三个区里谁最高: the plans' districts
            return self._compare(q, keys, [(d, _year_named(q)) for d in self.districts])
        if q.superlative and len(sides) < 2:
            return self._superlative(q, keys, sides[0][0] if sides else None)
        if q.equals is not None and len(sides) < 2:
            return self._equal_to(q, keys, sides[0][0] if sides else None)
        if q.each and len(sides) < 2:
            return self._each(q, keys, sides[0][0] if sides else None)
        if sides:  # one side ("和门头沟比" in a chat whose own district is not named): its value at least
            return self._compare(q, keys, sides)
        return None

    # ------------------------------------------------------------------ sides

    def _planned_named(self, text: str) -> bool:
        """三个区 / 这3个区 where the index holds plans of just that many districts: those districts
        (staff count the plans they have), not every district of a table."""
        return any(cn_number(m[1]) == len(self.districts) for m in _COUNTED_DISTRICTS.finditer(text))

    def _keys(self, text: str) -> list[str]:
        """The metric asked, then each metric named alone (a key with no data falls back)."""
        key = self.metrics.key(text)
        if key is None:
            return []
        asked = [key, *self.metrics.terms(text)]
        wider = [k for a in asked for k in self.known if a in k]  # 新能源化率 -> 货车新能源化率 …
        return list(dict.fromkeys(asked + wider))

    @staticmethod
    def asks_value(q: Query) -> bool:
        """多少 / 几处 / 差多少 / 最高, and no field (谁牵头, 时限): the question wants numbers."""
        return not q.fields and bool(q.superlative or q.difference or q.rank or _VALUE_ASK.search(q.text))

    def states_asked(self, q: Query, measure_id: str) -> bool:
        """Does the measure state a number of the kind asked (a share for 比例 / 率, any for 多少)?"""
        units = self.stated.get(measure_id, set())
        return bool(units) and self.asks_value(q) and (not _SHARE_ASK.search(q.text) or "%" in units)

    def _named_keys(self, q: Query) -> list[str]:
        """A quantity the vocabulary does not know, named by the words of a table column or of a
        stated target's subject (锅炉AB级 -> 累计环保绩效A、B级锅炉使用单位; 生态保育小区…处).
        Only when a value is asked and no field is (谁牵头 is answered from the text); the name
        must hold most of the question's words and one of two characters or more."""
        if not self.asks_value(q):
            return []
        text = _NOT_A_NAME.sub(" ", q.content or q.text)
        words = [w for w in self.tokenizer.tokens(self.plan_words(text)) if not self._places.fullmatch(w)]
        total = sum(map(len, words))
        found = []  # (share of the question's words held, shorter name first, key)
        for name, key in self.named.items():
            held = [w for w in words if w in name]
            share = sum(map(len, held)) / total if total else 0.0
            if share >= NAMED_SHARE and any(len(w) >= 2 for w in held):
                found.append((share, -len(name), key))
        return [max(found)[2]] if found else []

    def plan_words(self, text: str) -> str:
        """The text with each staff word put in the plans' words (施工噪音 -> 施工噪声, the
        lexicon's first plan word), so a column's name can hold it."""
        t = fold_query(text)  # the lexicon's positions are in its own folding
        for b in reversed(self.lexicon.find(t)):
            t = t[:b.start] + b.targets[0] + t[b.end:]
        return t

    def _sides(self, q: Query) -> list[tuple[str, int | None]]:
        """(entity, year) per side, in the question's order: places, else one place in two years."""
        named = [(m.start(), m.end(), CITY if _CITY.fullmatch(m[1]) else self.place_names[m[1]])
                 for m in self._places.finditer(q.text)]
        named += [(u.start, u.end, k) for u in q.units for k in u.keys if k in self.units.places]  # 雁翅 read by the parser
        named.sort()
        # 门头沟雁翅镇和斋堂镇: a district said just before one of its towns only says where the town is
        where = {d for (_, end, d), (start, _, t) in zip(named, named[1:])
                 if self.units.places.get(t) == d and not q.text[end:start].strip()}
        places = list(dict.fromkeys(name for _, _, name in named if name not in where))
        places += [i for i in (*q.issuers, *q.missing_places) if i not in places and i not in where]  # read by the parser (Tongzhou)
        if CITY in places and len(places) > 1 and (_FROM_CITY.search(q.text) or q.superlative):
            places.remove(CITY)  # 市里给密云的 / 全市哪个区最多: the city sets the target or is the set, no side
        if len(places) == 1 and (district := self.units.places.get(places[0])) and _WHOLE_DISTRICT.search(q.text):
            places.append(district)  # 清水镇比全区低多少: the town's district is the other side
        if q.all_districts and len(places) < 2:  # 三个区 / 各区: every district with a plan
            places = list(self.districts)
        if len(q.years) >= 2:
            entity = places[0] if places else q.issuer
            return [(entity, y) for y in q.years] if entity else []
        year = _year_named(q)  # a year the text names; else each side's newest
        own = next((i for i in (q.issuer, q.home) if i and i != places[0]), None) if len(places) == 1 else None
        if own and not q.superlative and self.units.places.get(places[0]) != own:  # 斋堂镇 in a 门头沟 chat: one side
            places.insert(0, own)  # 和门头沟比 in a 大兴区 chat
        return [(p, year) for p in places]

    def value(self, keys: Sequence[str], entity: str, year: int | None, label: str = "",
              table: bool = False) -> Value | None:
        """The side's own plan's stated target, else its indicator-table cell (newest year);
        `table`: the cell only."""
        label = label or entity
        for key in keys:
            facts = [f for f in self.facts if not table and f.issuer == entity and _key(f) == key
                     and year in (None, f.year)]
            if facts:
                newest = max(f.year or 0 for f in facts)
                f = next(f for f in facts if (f.year or 0) == newest)
                m = self.by_id[f.measure_id]
                shown = f.phrase if f.subject in fold(f.phrase) else f"{f.subject}：{f.phrase}"
                return Value(label, f.value, shown, f.unit, citation(m), measure=m, bound=f.comparator)
            cells = [c for k, c in self.cells if k == key and c.entity == entity and year in (None, c.year)]
            if cells:
                c = max(cells, key=lambda c: c.year or 0)
                return self._cell_value(label, key, c)
        return None

    def _with_cell(self, keys: Sequence[str], entity: str, year: int | None, v: Value | None) -> Value | None:
        """A plan-stated value with the side's indicator-table cell of the same metric, when the
        cell prints the same number (a different or unnumbered cell is another target: not added)."""
        if v is None or v.measure is None or v.cell is not None or v.number is None:
            return v
        cells = [c for key in keys[:1] for k, c in self.cells if k == key and c.entity == entity
                 and year in (None, c.year) and _number(c.value) == v.number]
        return replace(v, cell=max(cells, key=lambda c: c.year or 0)) if cells else v

    def stating(self, cell: Indicator) -> Measure | None:
        """The measure of the cell's row's own plan that states the cell's number for its quantity
        (门头沟 农村环境整治成效巩固 2 -> 新增完成2个行政村环境整治; 密云 零排放运输车队 3 -> 建设至少
        3家零排放运输车队): the plan's own words for the target the city's table assigns, so an
        answer from the table also cites what the district does about it.  The same metric, or the
        same unit with a subject the column's name holds at least half of; never another number."""
        number = _number(cell.value)
        if number is None or cell.entity not in self.planned:
            return None
        key = self.metrics.key(cell.indicator) or _column(cell.indicator)
        unit = m[1] if (m := _UNIT_IN_NAME.search(cell.indicator)) else None
        column = _squeeze(_column(cell.indicator))

        def same(f: Fact) -> bool:
            if _key(f) == key:
                return True
            subject = _squeeze(f.subject)
            held = sum(len(w) for w in self.tokenizer.tokens(subject) if len(w) > 1 and w in column)
            return f.unit == unit and bool(subject) and held >= NAMED_SHARE * len(subject)

        found = next((f for f in self.facts if f.issuer == cell.entity and f.year == cell.year
                      and f.value == number and same(f)), None)
        return self.by_id[found.measure_id] if found else None

    def _states(self, key: str, entity: str, year: int | None) -> bool:
        """Does the side's own plan state a target of that quantity in its text (锅炉AB级 75家)?"""
        return any(f.issuer == entity and _key(f) == key and year in (None, f.year) for f in self.facts)

    def _cell_value(self, label: str, key: str, c: Indicator) -> Value:
        number = _number(c.value)
        unit = self.unit_of.get(key, "") if number is not None else ""
        text = f"{c.indicator} {c.value}{'' if _UNIT_IN_NAME.search(c.indicator) else unit}"
        return Value(label, number, text, unit, indicator_citation(c), cell=c)

    def _mention(self, keys: Sequence[str], entity: str, year: int | None) -> Measure | None:
        """A measure of the side's plan that names the metric without a number (继续下降)."""
        wanted = set(self.metrics.terms(keys[0]))
        mine = [m for m in self.measures if m.issuer == entity and year in (None, m.year)]
        newest = max((m.year or 0 for m in mine), default=0)
        names = (lambda m: wanted <= set(self.metrics.terms(m.text))) if wanted else (lambda m: keys[0] in fold(m.text))
        return next((m for m in mine if (m.year or 0) == newest and names(m)), None)

    # ------------------------------------------------------------------ compare

    def _compare(self, q: Query, keys: list[str], sides: list[tuple[str, int | None]]) -> Reply:
        by_year = len({y for _, y in sides}) > 1
        metric = keys[0]
        blocks, values, cites, quoted = [], [], [], []
        labels = [f"{entity}{year}年" if by_year else entity for entity, year in sides]
        # 附件4中…: the question cites the indicator table itself, so its cells answer every side
        table = q.attachment is not None and any(c.attachment == q.attachment for _, c in self.cells)
        found = [self.value(keys, entity, year, label, table) for (entity, year), label in zip(sides, labels)]
        if any(v and v.cell for v in found) and any(v and v.measure for v in found):
            # like for like: a side only the table gives (a district without a plan) is compared
            # with the other sides' cells of that table, not with their own plans' wording
            found = [(self.value(keys, e, y, label, table=True) or v) if v else v
                     for (e, y), label, v in zip(sides, labels, found)]
        # a side's own plan states the very value the city's indicator table assigns it (大兴
        # PM2.5 30): that row is cited beside the plan, the city's target being asked as often
        found = [self._with_cell(keys, e, y, v) for (e, y), v in zip(sides, found)]
        for (entity, year), label, v in zip(sides, labels, found):
            if v is not None:
                values.append(v)
                blocks.append(msg.COMPARE_VALUE.format(who=label, value=v.text))
                cites.append(v.cite)
                continue
            m = self._mention(keys, entity, year)
            if m is not None:
                quoted.append(m)
                cites.append(citation(m))
                blocks.append(msg.COMPARE_NO_NUMBER_QUOTE.format(
                    who=label, metric=metric, text=excerpt(m.text, self.metrics.terms(metric), 60)))
            elif entity in self.units.districts.values() and entity not in self.planned:
                blocks.append(msg.COMPARE_NO_PLAN.format(who=label))  # said so, not "the plan does not state it"
            else:
                blocks.append(msg.COMPARE_NO_NUMBER.format(who=label, metric=metric))
        cites += [indicator_citation(v.cell) for v in values if v.measure and v.cell]  # after the plans
        abstained = not values and not quoted
        asked = _way_asked(q.text) or ("loose" if _LOOSE_ASKED.search(q.text) else None)
        if conclusion := self._conclusion(values, metric, asked):
            if _SAME_ASKED.search(q.text) and conclusion.startswith(msg.CONCLUSION) and conclusion != self._same(values):
                conclusion = msg.COMPARE_NOT_SAME + conclusion[len(msg.CONCLUSION):]
            blocks.insert(0, conclusion)  # the answer first, then each side's value as printed
        elif abstained:
            blocks.insert(0, msg.COMPARE_NONE.format(metric=metric))
        return _reply(blocks, cites, values, quoted, abstained=abstained)

    @staticmethod
    def _same(values: list[Value]) -> str | None:
        """结论：一样 when every side states the one number (in one unit), else None."""
        numbers = [v for v in values if v.number is not None]
        if len(numbers) < 2 or len({v.number for v in numbers}) > 1 or len({v.unit for v in numbers if v.unit}) > 1:
            return None
        unit = next((v.unit for v in numbers if v.unit), "")
        return msg.COMPARE_SAME.format(value=f"{number_text(numbers[0].number)}{unit}")

    def _conclusion(self, values: list[Value], key: str, asked: str | None = None) -> str:
        numbers = [v for v in values if v.number is not None]
        if len(numbers) < 2:
            return ""
        units = {v.unit for v in numbers if v.unit}
        if len(units) > 1:
            return msg.COMPARE_UNITS_DIFFER
        unit = next(iter(units), "")
        if len({v.number for v in numbers}) == 1:
            return self._same(numbers)
        better = self.metrics.better(key) or _bound_direction(numbers)
        if len(numbers) > 2:
            lo, hi = min(v.number for v in numbers), max(v.number for v in numbers)

            def tied(x: float) -> str:  # every side that has the value
                return "、".join(v.side for v in numbers if v.number == x)

            note = msg.RANGE_STRICT.format(way=msg.BETTER_WORDS[better], who=tied(lo if better == "lower" else hi)) \
                if better else ""
            return msg.COMPARE_RANGE.format(lo=tied(lo), lo_v=number_text(lo), hi=tied(hi), hi_v=number_text(hi), unit=unit,
                                            note=note)
        a, b = numbers
        high, low = (a, b) if a.number > b.number else (b, a)
        diff = _difference(high.number - low.number, unit)
        pair = f"{number_text(a.number)}{unit} 对 {number_text(b.number)}{unit}"
        if asked == "loose" and better:  # 哪个宽松: the other end from the stricter one
            loose = high if better == "lower" else low
            return msg.COMPARE_LOOSER.format(who=loose.side, pair=pair, diff=diff, way=msg.BETTER_WORDS[better])
        if asked in ("max", "min"):  # 谁高 / 哪个少: the side asked for, then which is stricter
            who, word = (high, "高") if asked == "max" else (low, "低")
            if unit in _COUNTS:
                word = "多" if asked == "max" else "少"
            note = msg.STRICT_NOTE.format(way=msg.BETTER_WORDS[better], who=(low if better == "lower" else high).side) \
                if better else ""
            return msg.COMPARE_ASKED.format(who=who.side, word=word, pair=pair, diff=diff, note=note)
        if better is None:
            template = msg.COMPARE_MORE if unit in _COUNTS else msg.COMPARE_HIGHER
            return template.format(who=high.side, pair=pair, diff=diff)
        strict = low if better == "lower" else high
        return msg.COMPARE_STRICTER.format(who=strict.side, pair=pair, diff=diff,
                                           way=msg.BETTER_WORDS[better])

    # ------------------------------------------------------------------ superlatives

    def _set(self, q: Query, place: str | None) -> tuple[str, str | None, str]:
        """What 哪个区 / 哪些镇街 ranges over: (kind, the district whose towns, its label)."""
        district = place in self.units.districts.values()
        kind = _set_kind(self._places.sub("", q.text)) or ("town" if district else "district")
        within = place if kind != "district" and district else None
        return kind, within, _set_label(kind, within)

    def _over_set(self, q: Query, keys: list[str], place: str | None) -> tuple[str, str, list[Value]]:
        """The set asked (its label), the first key with values over it, and those values."""
        kind, within, set_label = self._set(q, place)
        year = _year_named(q)
        for key in keys:
            if values := self._values_over(key, kind, within, year):
                return set_label, key, values
        return set_label, keys[0], []

    def _equal_to(self, q: Query, keys: list[str], place: str | None) -> Reply:
        """哪些区PM2.5目标是26: every member of the set whose value is the one asked."""
        set_label, key, values = self._over_set(q, keys, place)
        numbers = [v for v in values if v.number is not None]
        if not numbers:
            return _reply([msg.SUPERLATIVE_NONE.format(set=set_label, metric=key)], [], [], [], abstained=True)
        unit = next((v.unit for v in numbers if v.unit), "")
        value = f"{number_text(q.equals)}{unit}"
        same = [v for v in numbers if v.number == q.equals]
        lo, hi = min(v.number for v in numbers), max(v.number for v in numbers)
        span = msg.SUPERLATIVE_RANGE.format(n=len(numbers), lo=number_text(lo), hi=number_text(hi), unit=unit)
        if not same:
            return _reply([msg.EQUALS_NONE.format(set=set_label, metric=key, value=value), span],
                          [numbers[0].cite], [], [])
        head = msg.EQUALS_HEAD.format(set=set_label, metric=key, value=value, n=len(same),
                                      who="、".join(v.side for v in same))
        return _reply([head, span], _first_cites(same), same, [])

    def _each(self, q: Query, keys: list[str], place: str | None) -> Reply:
        """门头沟各镇街PM2.5目标分别多少: every member of the set with its value, in table order."""
        set_label, key, values = self._over_set(q, keys, place)
        if not values:
            return _reply([msg.SUPERLATIVE_NONE.format(set=set_label, metric=key)], [], [], [], abstained=True)
        lines = [msg.COMPARE_VALUE.format(who=v.side, value=v.cell.value + (v.unit if v.number is not None else "")
                                          if v.cell else v.text) for v in values]
        head = msg.EACH_HEAD.format(set=set_label, metric=key, n=len(values))
        blocks = [head, "\n".join(lines)]
        if aggregate := _aggregate(q.text, values):
            blocks.insert(0, aggregate.format(set=set_label, metric=key))  # what was asked first, then each value
        return _reply(blocks, _first_cites(values), values, [])

    def _superlative(self, q: Query, keys: list[str], place: str | None) -> Reply:
        set_label, key, values = self._over_set(q, keys, place)
        if not values:
            return _reply([msg.SUPERLATIVE_NONE.format(set=set_label, metric=key)], [], [], [], abstained=True)
        numbers = [v for v in values if v.number is not None]
        if not numbers:
            printed = "、".join(dict.fromkeys(v.cell.value if v.cell else v.text for v in values))
            return _reply([msg.SUPERLATIVE_TEXT_ONLY.format(set=set_label, metric=key, values=printed)],
                          _first_cites(values), values, [])
        unit = next((v.unit for v in numbers if v.unit), "")
        lo, hi = min(v.number for v in numbers), max(v.number for v in numbers)
        if lo == hi:
            return _reply([msg.SUPERLATIVE_ALL_SAME.format(set=set_label, metric=key, n=len(numbers),
                                                           value=f"{number_text(lo)}{unit}")],
                          [numbers[0].cite], numbers, [])
        directions = _directions(q.superlative, self.metrics.better(key))
        blocks, cites, shown = [], [], []
        for direction in directions:
            extreme = (min if direction == "min" else max)(v.number for v in numbers)
            tied = [v for v in numbers if v.number == extreme]
            names = "、".join(v.side for v in tied[:SHOW_TIES])
            if len(tied) > SHOW_TIES:
                names += msg.TIES_MORE.format(n=len(tied))
            word = msg.SUPERLATIVE_WORDS[q.superlative if len(directions) == 1 else direction]
            blocks.append(msg.SUPERLATIVE_HEAD.format(set=set_label, metric=key, word=word, who=names,
                                                      value=f"{number_text(extreme)}{unit}"))
            shown += tied
            cites += [v.cite for v in tied]
        blocks.append(msg.SUPERLATIVE_RANGE.format(n=len(numbers), lo=number_text(lo), hi=number_text(hi), unit=unit))
        return _reply(blocks, list({c.label: c for c in cites}.values())[:3], shown, [])

    def _rank(self, q: Query, keys: list[str], place: str) -> Reply | None:
        """大兴PM2.5目标在各区里算高吗: the place's value and where it stands in its set (a
        district among the districts, a town among its district's towns), ties named; None when
        the place has no number for the metric."""
        town = place not in self.units.districts.values()
        kind, within = ("town", self.units.places.get(place)) if town else ("district", None)
        year = _year_named(q)
        for key in keys:
            numbers = [v for v in self._values_over(key, kind, within, year) if v.number is not None]
            if mine := next((v for v in numbers if v.side == place), None):
                break
        else:
            return None
        set_label = _set_label(kind, within)
        value = f"{number_text(mine.number)}{mine.unit}"
        higher = [v for v in numbers if v.number > mine.number]
        lower = [v for v in numbers if v.number < mine.number]
        if not higher and not lower:
            head = msg.RANK_ALL_SAME.format(who=place, metric=key, value=value, set=set_label, n=len(numbers))
            return _reply([head], [mine.cite], [mine], [])
        tied = [v.side for v in numbers if v.number == mine.number and v is not mine]
        ties = msg.RANK_TIES.format(who="、".join(tied[:SHOW_TIES]) + (msg.TIES_MORE.format(n=len(tied) + 1)
                                                                      if len(tied) > SHOW_TIES else "")) if tied else ""
        end = "max" if not higher else "min" if not lower else None
        pos = msg.RANK_POS[end] if end else msg.RANK_MIDDLE.format(n=len(higher) + 1)
        note = ""
        if (better := self.metrics.better(key)) and end:
            strict = (better == "lower") == (end == "min")
            note = (msg.RANK_STRICT if strict else msg.RANK_LOOSE).format(way=msg.BETTER_WORDS[better])
        head = msg.RANK_HEAD.format(who=place, metric=key, value=value, set=set_label, n=len(numbers),
                                    pos=pos, ties=ties, note=note)
        lo, hi = min(v.number for v in numbers), max(v.number for v in numbers)
        span = msg.SUPERLATIVE_RANGE.format(n=len(numbers), lo=number_text(lo), hi=number_text(hi), unit=mine.unit)
        return _reply([head, span], [mine.cite], [mine], [])

    def _values_over(self, key: str, kind: str, within: str | None, year: int | None) -> list[Value]:
        """One value per entity of the set: table cells, and stated targets of issuers the
        tables do not cover."""
        out: dict[str, Value] = {}
        for k, c in self.cells:
            if k != key or year not in (None, c.year) or not self._in_set(c.entity, kind, within):
                continue
            if c.entity not in out or (c.year or 0) > (out[c.entity].cell.year or 0):
                out[c.entity] = self._cell_value(c.entity, key, c)
        for issuer in dict.fromkeys(f.issuer for f in self.facts if _key(f) == key and f.issuer):
            if issuer not in out and issuer != CITY and self._in_set(issuer, kind, within):
                if v := self.value([key], issuer, year):
                    out[issuer] = v
        return list(out.values())

    def _in_set(self, entity: str, kind: str, within: str | None) -> bool:
        district = entity in self.units.districts.values()
        if kind == "district":
            return district
        town = not district and (entity in self.units.places or entity.endswith(_TOWN_KINDS))
        if kind in _KIND_ENDS and not entity.endswith(_KIND_ENDS[kind]):
            return False
        return town and (within is None or self.units.places.get(entity, within) == within)


def _aggregate(text: str, values: Sequence[Value]) -> str:
    """各区餐饮治理一共多少家 / 各镇街PM2.5平均多少: the set's total (of counts) or mean, with how
    many values it is over; "" when not asked, or when the numbers do not add up (mixed units,
    concentrations, shares)."""
    numbers = [v for v in values if v.number is not None]
    units = {v.unit for v in numbers}
    asked = next((kind for kind, rx in _AGGREGATES if rx.search(text)), None)
    if asked is None or not numbers or len(units) > 1:
        return ""
    unit = units.pop()
    total = sum(v.number for v in numbers)
    if asked == "sum":
        return msg.AGGREGATE_SUM.format(value=f"{number_text(total)}{unit}", n=len(numbers), set="{set}",
                                        metric="{metric}") if unit in _COUNTS else ""
    return msg.AGGREGATE_MEAN.format(value=f"{number_text(round(total / len(numbers), 2))}{unit}", n=len(numbers),
                                     set="{set}", metric="{metric}")


def _bound_direction(values: Sequence[Value]) -> str | None:
    """A quantity the vocabulary has no direction for: every side an upper bound (低于200吨) is
    stricter lower, every side a lower bound (不低于40%) stricter higher."""
    bounds = {v.bound for v in values}
    return {"≤": "lower", "≥": "higher"}.get(bounds.pop()) if len(bounds) == 1 else None


def _key(f: Fact) -> str:
    """A stated target's quantity: its metric, else its subject (生态保育小区)."""
    return f.metric or f.subject


def _column(indicator: str) -> str:
    """A column's name without its unit or leading year: 施工噪声治理（家） -> 施工噪声治理."""
    return re.sub(r"^\d{4}年", "", _PAREN.sub("", indicator)).strip()


def _squeeze(text: str) -> str:
    """Folded, lower case, letters and digits only: A、B级 and AB级 meet."""
    return re.sub(r"[^\w.]+", "", fold(text).lower())


def _set_kind(text: str) -> str | None:
    """district / town: what 哪个区 / 最低的镇 ranges over, read with the place names taken out
    (门头沟区 names where, not what).  Unsaid: a named district's towns, else the districts."""
    return next((kind for kind, rx in _SET_KIND if rx.search(text)), None)


def _way_asked(text: str) -> str | None:
    """max / min when the question asks for the higher or the lower side (one way only)."""
    ways = {_WAYS[(m[1] or m[2]).lower()] for m in _WAY_ASKED.finditer(text)}
    return ways.pop() if len(ways) == 1 else None


def _directions(superlative: str | None, better: str | None) -> list[str]:
    """min / max for the asked word; 最严 of a metric with no known direction shows both ends."""
    if superlative in ("min", "max"):
        return [superlative]
    if better is None:
        return ["min", "max"]
    strict = "min" if better == "lower" else "max"
    loose = "max" if strict == "min" else "min"
    return [strict if superlative == "strictest" else loose]


def _number(printed: str) -> float | None:
    return float(printed) if re.fullmatch(r"\d+(?:\.\d+)?", printed.strip()) else None


def _difference(d: float, unit: str) -> str:
    d = round(d, 6)
    return msg.DIFF_POINTS.format(d=number_text(d)) if unit == "%" else f"{number_text(d)}{unit}"


def _first_cites(values: Sequence[Value], n: int = 3) -> list[Citation]:
    """The first `n` distinct citations of the values (cells of one table cite alike)."""
    return list({v.cite.label: v.cite for v in values}.values())[:n]


def _set_label(kind: str, within: str | None) -> str:
    """门头沟区镇街 / 各区: the set a superlative or a rank ranges over, as the reply names it."""
    return f"{within or ''}{msg.SET_WORDS[kind]}"


def _year_named(q: Query) -> int | None:
    """The one year the question names; None for none or two (then each side's newest plan)."""
    return q.years[0] if len(q.years) == 1 else None


def _reply(blocks: list[str], cites: list[Citation], values: Sequence[Value], quoted: Sequence[Measure],
           abstained: bool = False) -> Reply:
    measures = list({m.id: m for m in [*(v.measure for v in values if v.measure), *quoted]}.values())
    cells = [v.cell for v in values if v.cell]
    return Reply(
        blocks=blocks,
        citations=list({c.label: c for c in cites}.values()),
        abstained=abstained,
        intent="compare",
        payload={"measures": [measure_json(m) for m in measures], "indicators": [indicator_json(c) for c in cells]},
    )
