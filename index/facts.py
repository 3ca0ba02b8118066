"""Numeric targets stated in measure text: "PM2.5年均浓度不高于30微克/立方米" -> a Fact.

Pure (measures in, facts out), run at ingest.  A number is a target only when a comparator
(不高于, 不低于, 控制在, 达到 …) or a target verb (完成, 建成, 新增 …) stands before it in the same
clause and a unit from `_UNITS` follows it, so dates, 序号, years and ranges never become facts.
The subject is what the comparator is about: the words before it (全区 / 力争 / 累计 … dropped),
or for a verb the object (建设完成污水管线3公里, 完成300个小区…).  Its metric comes from the
shared vocabulary (index/metrics.toml).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .metrics import Metrics, default_metrics
from .models import Fact, Measure
from .units import fold

# printed unit -> stored unit (longest first when matching)
_UNITS = {
    "微克/立方米": "微克/立方米", "微克每立方米": "微克/立方米", "μg/m3": "微克/立方米", "μg/m³": "微克/立方米",
    "吨/平方公里·月": "吨/平方公里·月", "吨/(平方公里·月)": "吨/平方公里·月", "吨/平方公里/月": "吨/平方公里·月",
    "吨每平方公里每月": "吨/平方公里·月", "%": "%", "万立方米": "万立方米", "万平方米": "万平方米",
    "平方公里": "平方公里", "公里": "公里", "千米": "公里", "万亩": "万亩", "亩": "亩", "公顷": "公顷",
    "万吨": "万吨", "蒸吨": "蒸吨", "吨": "吨", "项": "项", "台": "台", "辆": "辆", "家": "家", "个": "个",
    "座": "座", "处": "处", "条": "条", "户": "户", "天": "天", "所": "所", "块": "块", "套": "套", "次": "次",
}
# comparators: what the number bounds
_RELATIONS = {
    "不高于": "≤", "不超过": "≤", "不大于": "≤", "不多于": "≤", "低于": "≤", "少于": "≤", "小于": "≤",
    "控制在": "≤", "降至": "≤", "降到": "≤", "下降到": "≤", "压减到": "≤", "减少到": "≤",
    "不低于": "≥", "不少于": "≥", "不小于": "≥", "高于": "≥", "多于": "≥", "大于": "≥", "超过": "≥", "至少": "≥",
    "达到": "=", "达": "=", "提高到": "=", "提升到": "=", "增加到": "=", "保持在": "=", "稳定在": "=",
    "保持": "=", "维持在": "=",  # 污水处理率保持94%以上 (the 以上 after the number makes it ≥)
}
# target verbs: the number counts their object
_VERBS = ("完成", "建成(?!区)", "新增", "推广", "建设", "建立", "开展", "改造", "淘汰", "创建", "打造", "培育")
_AFTER = {"以上": "≥", "及以上": "≥", "以下": "≤", "以内": "≤", "之内": "≤", "左右": None}

_NUMBER = re.compile(
    r"(?<![A-Za-z0-9.第])(\d+(?:\.\d+)?)\s*(" + "|".join(map(re.escape, sorted(_UNITS, key=len, reverse=True)))
    + r")(" + "|".join(sorted(_AFTER, key=len, reverse=True)) + r")?"
)
_COMPARATOR = re.compile("|".join(sorted([*_RELATIONS, *_VERBS], key=len, reverse=True)).replace(
    "|达|", r"|达(?=\s*\d)|"))  # 达50%: 达 alone only right before its number (not 达标, 到达)
_VERB = re.compile("|".join(_VERBS))
_SENTENCE = re.compile(r"[^。；;！!\n]+")
_CLAUSE = re.compile(r"[^，,：:]+")
# scope and hedge words around a subject, not part of it
_LEAD = re.compile(r"^(?:全区|本区|全市|本市|全年|年内|年底前|力争|确保|争取|鼓励|原则上|至少|最低|最高|或者|或|继续|持续|"
                   r"进一步|累计|推动|推进|实现|组织|加快|完成|新增|推广|建立|建设(?!用地)|开展|按季度|每季度|按月|每月|"
                   r"每年|其中|同时|并|且|对|\d{4}年度?|的)+")
_ACTOR = re.compile(r"(?:按照|按|由|在)$")  # 主管部门按照不低于15%的比例…: the words before are who acts
_TRAIL = re.compile(r"(?:累计|平均|稳定|力争|均|分别|要|应|须|需|必须|确保|每年|全年|的)+$")
_PAREN = re.compile(r"（[^）]*）|\([^)]*\)")
MAX_MID = 12  # characters between a comparator and its number
MAX_SUBJECT = 16


def extract_facts(measures: Iterable[Measure], metrics: Metrics | None = None) -> list[Fact]:
    """Every stated numeric target of these measures, in document order."""
    metrics = metrics or default_metrics()
    return [f for m in measures for f in measure_facts(m, metrics)]


def measure_facts(m: Measure, metrics: Metrics | None = None) -> list[Fact]:
    metrics = metrics or default_metrics()
    facts: list[Fact] = []
    strip_issuer = _issuer_words(m.issuer)
    for found in _SENTENCE.finditer(fold(m.text)):  # fold keeps offsets: sentences are quoted as printed
        sentence = m.text[found.start():found.end()].strip()
        clauses = list(_CLAUSE.finditer(found[0]))
        for n, clause in enumerate(clauses):
            for num in _NUMBER.finditer(clause[0]):
                fact = _fact(clause[0], num, clauses[n - 1][0] if n else "", strip_issuer)
                if fact is None:
                    continue
                subject, comparator = fact
                start = found.start() + clause.start()
                phrase = m.text[start:start + num.end()].strip()
                facts.append(Fact(
                    id=f"{m.id}/{len(facts) + 1}", measure_id=m.id, doc=m.doc, issuer=m.issuer, year=m.year,
                    metric=metrics.key(subject), subject=subject, comparator=comparator, value=float(num[1]),
                    unit=_UNITS[num[2]], phrase=phrase, sentence=sentence, line=m.line,
                ))
    return facts


def _fact(clause: str, num: re.Match, previous: str, strip_issuer: re.Pattern | None):
    """(subject, comparator) for one number, or None when it is no target."""
    prefix = clause[: num.start()]
    found = list(_COMPARATOR.finditer(prefix))
    if not found:
        return None
    cmp = found[-1]
    mid = prefix[cmp.end():]
    if len(mid) > MAX_MID or re.search(r"\d", mid):
        return None  # a range (1—2个) or a number far from any comparator
    after = num[3]
    if num[2] == "天" and clause[num.end():num.end() + 1] == "内":
        return None  # 3天内: a time limit, not a target
    if clause[num.end():num.end() + 1] == "/":
        return None  # 0.2吨/万元的企业: a compound unit describing a class, not a target
    verb = bool(_VERB.fullmatch(cmp[0]))
    if verb and mid.endswith("的"):
        return None  # 新增的4.5吨以下车辆: the number describes what is counted
    comparator = _AFTER.get(after) or ("=" if verb else _RELATIONS[cmp[0]])
    pre = "" if _ACTOR.search(prefix[: cmp.start()]) else _clean(prefix[: cmp.start()], strip_issuer)
    rest = clause[num.end():]
    post = "" if rest[:1] in ("且", "并", "或") else _clean(rest, strip_issuer)[:MAX_SUBJECT]  # a new predicate
    if verb:
        subject = _clean(mid, strip_issuer) or post or pre
    else:
        subject = pre or post or _previous_subject(previous, strip_issuer)
    if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", subject)) < 2:
        return None
    return subject, comparator


def _previous_subject(previous: str, strip_issuer: re.Pattern | None) -> str:
    """或者达到95%以上: the subject is that of the clause before (its own target's, if it has one)."""
    num = _NUMBER.search(previous)
    found = _fact(previous, num, "", strip_issuer) if num else None
    return found[0] if found else _clean(previous, strip_issuer)


def _clean(words: str, strip_issuer: re.Pattern | None) -> str:
    """A subject without brackets, scope and hedge words; a long one from its last 的 on."""
    s, before = _PAREN.sub("", words).strip(), None
    while s != before:  # 2026年大兴区完成…: years, the issuer and hedges in any order
        before = s
        s = _LEAD.sub("", strip_issuer.sub("", s) if strip_issuer else s)
    s = _TRAIL.sub("", s)
    if len(s) > MAX_SUBJECT:
        tail = s.rsplit("的", 1)[-1]
        s = tail if "的" in s and 2 <= len(tail) <= MAX_SUBJECT else s[-MAX_SUBJECT:]
    return s


def _issuer_words(issuer: str | None) -> re.Pattern | None:
    """The plan's own issuer named in a subject (2026年大兴区完成…) is scope, not subject."""
    if not issuer:
        return None
    short = issuer[:-1] if len(issuer) > 2 and issuer[-1] in "区市" else issuer
    return re.compile(f"^(?:{re.escape(issuer)}|{re.escape(short)})")
