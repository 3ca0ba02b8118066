"""Answers as Replies, one function per kind of question; pure given the records they get."""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from planbot.index.models import Indicator, Measure
from planbot.index.units import UnitMention

from . import messages as msg
from .cite import citation, deadline_text, excerpt, indicator_citation, plan_tag, shorten, units_text
from .types import Reply

PAGE = 8  # list lines that fit one phone screen


def measure_json(m: Measure) -> dict:
    """`m.model_dump(mode="json")`, built directly: every answer carries whole lists of these, and
    pydantic's serializer was a sixth of the server's time under load. Only `due` needs converting."""
    data = dict(m.__dict__)
    data["due"] = m.due.isoformat() if m.due else None
    return data


def indicator_json(i: Indicator) -> dict:
    return {"doc": i.doc, "entity": i.entity, "indicator": i.indicator, "value": i.value, "table": i.table}


def list_line(m: Measure, show_plan: bool) -> str:
    tag = plan_tag(m) if show_plan else " ".join(plan_tag(m).split(" ")[1:])
    return f"{tag + ' ' if tag else ''}{shorten(m.text, 36)}（{deadline_text(m)}）"


def list_reply(heading: str, measures: Sequence[Measure], intent: str, offset: int = 0, extra: str = "") -> Reply:
    """Count first, then one phone page of lines; the JSON carries the complete list."""
    show_plan = len({(m.issuer, m.year) for m in measures}) > 1
    page = measures[offset : offset + PAGE]
    first_page = offset == 0
    return Reply(
        title=heading if first_page else msg.MORE_PAGE.format(start=offset + 1, end=offset + len(page), n=len(measures)),
        blocks=[extra] if extra and first_page else [],
        items=[list_line(m, show_plan) for m in page],
        start=offset + 1,
        more=max(0, len(measures) - offset - len(page)),
        refs=[m.id for m in measures],
        citations=_plan_citations(page),
        intent=intent,
        payload={"measures": [measure_json(m) for m in measures]},
    )


def _plan_citations(measures: Sequence[Measure]):
    """One citation per plan attachment on the page, not per line: lines carry their 第N项."""
    firsts: dict[tuple, Measure] = {}
    for m in measures:
        firsts.setdefault((m.doc, m.attachment), m)
    return [citation(m, detail=False) for m in firsts.values()]


ATTRIBUTE_FIELDS = {"main": ("lead", "responsible"), "any": ("lead", "responsible", "assist")}
DETAIL_FIELDS = ("any", "deadline")  # "第3项是什么": everything the row says
_UNIT_ROLES = ATTRIBUTE_FIELDS["any"]  # the fields that name units


def attribute_values(m: Measure, fields: Sequence[str], columns: Collection[str] | None = None) -> dict[str, str]:
    """Each field to answer -> its printed value ('' = 未列明), one per field asked ("谁牵头、什么时候
    完成" -> two); a column the asked word covers but the plan leaves empty is skipped, one asked
    by name is kept empty.  A row with no 责任单位 at all (a plan that prints only 牵头单位) answers
    "who is responsible" with its lead units; a plan with no 协办 column (`columns`: the roles its
    rows print) answers "who helps" with its 责任单位, the units it prints beside the lead."""
    values: dict[str, str] = {}
    if not m.responsible and m.lead:
        fields = ["main" if f == "responsible" else f for f in fields]
    elif columns is not None and "assist" not in columns and "responsible" in columns:
        fields = ["responsible" if f == "assist" else f for f in fields]
    for asked in fields:
        for f in ATTRIBUTE_FIELDS.get(asked, (asked,)):
            value = m.deadline if f == "deadline" else units_text(getattr(m, f))
            if f not in values and (value or f == asked or f == "lead"):
                values[f] = value or ""
    return values


def attribute_lines(m: Measure, fields: Sequence[str], columns: Collection[str] | None = None) -> list[str]:
    return [(msg.ATTRIBUTE_VALUE if value else msg.ATTRIBUTE_EMPTY).format(field=msg.FIELD_WORDS[f], value=value)
            for f, value in attribute_values(m, fields, columns).items()]


def role_check_line(m: Measure, values: dict[str, str], unit: UnitMention) -> str:
    """Whether `unit` (asked "水务局牵头吗") is printed in the fields answered (`values`, from
    attribute_values): 是 with its printed name, or 不是 and the role it does hold in the row, if any."""
    asked = [f for f in values if f in _UNIT_ROLES]
    if not asked:
        return ""
    for f in asked:
        if printed := next((n for n in getattr(m, f) if n in unit.names), None):
            return msg.ROLE_CHECK_YES.format(unit=printed, field=msg.FIELD_WORDS[f])
    field = "或".join(msg.FIELD_WORDS[f] for f in asked)
    other = next((f for f in _UNIT_ROLES if f not in asked and any(n in unit.names for n in getattr(m, f))), None)
    if other:
        return msg.ROLE_CHECK_NO_OTHER.format(unit=unit.label, field=field, other=msg.FIELD_WORDS[other])
    return msg.ROLE_CHECK_NO.format(unit=unit.label, field=field)


def attribute_reply(m: Measure, fields: Sequence[str], ranked: Sequence[Measure], words: Sequence[str] = (),
                    quote: str = msg.MEASURE_QUOTE, limit: int = 80, columns: Collection[str] | None = None,
                    checked: UnitMention | None = None) -> Reply:
    """The asked field(s) first, then the measure they belong to, quoted (`quote`: how).  When the
    plan prints none of the fields asked, the reply says so first and is an abstention: the plans
    do not answer the question, though they have the measure.  `columns`: the unit columns the
    measure's plan prints (see attribute_values).  `checked`: the unit a yes/no question names
    ("河长制那条 农业农村局牵头吗"): after the printed field, 是 or 不是 that unit."""
    values = attribute_values(m, fields, columns)
    blank = not any(values.values())
    lines = attribute_lines(m, fields, columns)
    if checked is not None and not blank and (verdict := role_check_line(m, values, checked)):
        lines.insert(sum(f in _UNIT_ROLES for f in values), verdict)
    if blank:  # say so, then the units the row does print (协办 asked of a plan that prints 责任单位)
        lines = [msg.ATTRIBUTE_NOT_PRINTED.format(fields="、".join(msg.FIELD_WORDS[f] for f in values))] + [
            msg.ATTRIBUTE_VALUE.format(field=msg.FIELD_WORDS[f], value=v)
            for f, v in attribute_values(m, ("any",)).items() if v and f not in values]
    elif any(not values[f] for f in values if f in _UNIT_ROLES):  # 牵头是谁 配合的有谁, 协办 left blank:
        lines += [msg.ATTRIBUTE_VALUE.format(field=msg.FIELD_WORDS[f], value=v)  # the units printed beside the lead
                  for f, v in attribute_values(m, ("any",)).items() if v and f not in values]
    return Reply(
        blocks=lines + [quote.format(text=excerpt(m.text, words, limit))],
        citations=[citation(m)],
        intent="attribute",
        refs=[m.id],
        abstained=blank,
        payload={"measures": [measure_json(x) for x in ranked]},
    )


def measure_summary(m: Measure, words: Sequence[str] = ()) -> str:
    """The measure's answering part, with its lead units and deadline."""
    text = excerpt(m.text, words, 80)
    units = msg.MEASURE_LEAD.format(units=units_text(m.lead or m.responsible)) if (m.lead or m.responsible) else ""
    deadline = msg.MEASURE_DEADLINE.format(deadline=m.deadline) if m.deadline else ""
    if not units and not deadline:
        return text
    return msg.MEASURE_LINE.format(text=text, units=units, deadline=("；" if units and deadline else "") + deadline)


def topic_reply(
    shown: Sequence[Measure], ranked: Sequence[Measure], intent: str = "topic", words: Sequence[str] = ()
) -> Reply:
    """The best 1–3 measures, each shortened faithfully with its lead and deadline."""
    return Reply(
        blocks=[measure_summary(m, words) for m in shown],
        citations=[citation(m) for m in shown],
        intent=intent,
        refs=[m.id for m in shown],
        payload={"measures": [measure_json(m) for m in ranked]},
    )


_UNIT = re.compile(r"[（(]([^（）()]{1,10})[)）]\s*$")
_NUMERIC = re.compile(r"^[<>≤≥]?\d+(?:\.\d+)?$")


def indicator_value(i: Indicator) -> str:
    """The cell's value with the unit its column names: 累计…比例（%） 65 -> 65%, …（个） 14 -> 14个."""
    unit = _UNIT.search(i.indicator)
    return f"{i.value}{unit[1]}" if unit and _NUMERIC.match(str(i.value).strip()) else str(i.value)


def indicator_reply(cells: Sequence[Indicator], stated: Measure | None = None, words: Sequence[str] = ()) -> Reply:
    """The cells asked; `stated`: the row's own plan's measure that states the same target, shown
    and cited after them (the table says how much, the measure what is done and who leads)."""
    blocks = [msg.INDICATOR_VALUE.format(entity=i.entity, indicator=i.indicator, value=indicator_value(i)) for i in cells]
    citations = list({indicator_citation(i).label: indicator_citation(i) for i in cells}.values())
    if stated is not None:
        blocks.append(msg.INDICATOR_STATED.format(issuer=stated.issuer, text=measure_summary(stated, words)))
        citations.append(citation(stated))
    return Reply(
        blocks=blocks,
        citations=citations,
        intent="indicator",
        refs=[stated.id] if stated is not None else [],
        payload={"indicators": [indicator_json(i) for i in cells],
                 "measures": [measure_json(stated)] if stated is not None else []},
    )


def compare_reply(
    groups: Sequence[tuple[str, Measure | None]], ranked: Sequence[Measure], words: Sequence[str] = (),
    fields: Sequence[str] = (),
) -> Reply:
    """One block per side (its measure, lead and deadline); a field asked ("时限一样吗") is
    concluded first: the same on every side, or each side's value."""
    blocks = [
        msg.COMPARE_ITEM.format(who=who, text=measure_summary(m, words)) if m else msg.COMPARE_MISSING.format(who=who)
        for who, m in groups
    ]
    if conclusion := _fields_conclusion(groups, fields):
        blocks.insert(0, conclusion)
    return Reply(
        blocks=blocks,
        citations=[citation(m) for _, m in groups if m],
        intent="compare",
        refs=[m.id for _, m in groups if m],
        payload={"measures": [measure_json(m) for m in ranked]},
    )


def _fields_conclusion(groups: Sequence[tuple[str, Measure | None]], fields: Sequence[str]) -> str:
    """"结论：完成时限一样，都是6月底前" over the sides that have a measure (two at least)."""
    found = [(who, m) for who, m in groups if m]
    if len(found) < 2:
        return ""
    parts = []
    for f in dict.fromkeys(ATTRIBUTE_FIELDS.get(f, (f,))[0] for f in fields):
        values = [(who, (m.deadline if f == "deadline" else units_text(getattr(m, f))) or "未列明") for who, m in found]
        if len({v for _, v in values}) == 1:
            parts.append(msg.COMPARE_FIELD_SAME.format(field=msg.FIELD_WORDS[f], value=values[0][1]))
        else:
            parts.append(msg.COMPARE_FIELD_DIFFER.format(field=msg.FIELD_WORDS[f],
                                                         values="；".join(f"{who}：{v}" for who, v in values)))
    return msg.COMPARE_FIELDS.format(parts="；".join(parts)) if parts else ""


def abstain_reply(question: str, where: str, closest: Measure | None, intent: str) -> Reply:
    blocks = [msg.NOT_FOUND.format(q=shorten(question, 30)), msg.SEARCHED.format(where=where)]
    if closest is not None:
        blocks.append(msg.CLOSEST.format(item=f"{shorten(closest.text, 40)}（{plan_tag(closest)}）"))
    blocks.append(msg.SUGGEST.format(example=msg.SUGGEST_EXAMPLE))
    return Reply(blocks=blocks, abstained=True, intent=intent, payload={"measures": []})


def no_plan_reply(places: Sequence[str], editions: str, intent: str) -> Reply:
    """A place no ingested plan covers: say so and what is covered, never another district's answer."""
    return text_reply(msg.NO_PLAN.format(places="、".join(places), editions=editions), intent, abstained=True)


def text_reply(text: str, intent: str, abstained: bool = False) -> Reply:
    """`abstained`: the text tells the user the plans do not answer (not a greeting or a hint)."""
    return Reply(blocks=[text], intent=intent, abstained=abstained, payload={"measures": []})
