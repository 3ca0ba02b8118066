"""Build `questions.jsonl` (the project's evaluation set) from `specs.py` (+ `specs_*.py` batches) and the plan records.

    .venv/bin/python tests/eval/build.py          # rewrites tests/eval/questions.jsonl
    .venv/bin/python tests/eval/build.py --check  # exits 1 if the file is out of date

The specs say what a question means (a measure by a quoted phrase, a unit and a role, a
deadline rule); this script turns that into golds from the records of the bundled plans, so no
list of ids or printed value is ever typed by hand:

* a measure is found by its `contains` phrase, which must occur in exactly one measure of its file;
* attribute values are the record's field as printed; indicator values the table cell;
* dept_list / deadline_list `ids` are recomputed from `match_names`, `role`, `deadline_match` and
  `filter` by exact string match on the printed unit names (collectives are not expanded), as
  shared/eval/README.md defines them.

The deadline rule reads the 完成时限 cell as printed with its own small grammar (`printed_due`),
kept apart from the product's index/deadlines.py on purpose: the golds must not inherit the
product's mistakes.
"""
from __future__ import annotations

import calendar
import hashlib
import importlib
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.jsonl"

ROLES = {"lead": ("lead",), "responsible": ("responsible",), "assist": ("assist",),
         "any": ("lead", "responsible", "assist")}

# Printed names of one unit across the plans (the documented short/long forms).  A dept_list
# gold matches any of them; names outside a group match only themselves.
UNIT_FORMS = [
    {"区住房城乡建设委", "区住建委"},
    {"区城市管理委", "区城管委"},
    {"区发展改革委", "区发改委"},
    {"区经济和信息化局", "区经信局"},
    {"区卫生健康委", "区卫健委"},
    {"区公安交通支队", "区公安分局交通支队"},
    {"区环境卫生服务中心", "区环卫中心"},
    {"区文化和旅游局", "区文旅局"},
    {"市规划自然资源委大兴分局", "区规自分局", "市规划自然资源委密云分局"},
    {"区公路分局", "市交通委密云公路分局"},
    {"区园林服务中心", "区园林绿化服务中心", "区园林中心"},
    {"区机关事务中心", "区机关事务管理服务中心"},
    {"区供电公司", "国网密云供电公司"},
    {"区邮政公司", "区邮政局", "中国邮政密云分公司"},
]

SCOPES = {
    "dx26": {"issuer": "大兴区", "year": 2026},
    "dx21": {"issuer": "大兴区", "year": 2021},
    "dx": {"issuer": "大兴区", "year": None},
    "mtg": {"issuer": "门头沟区", "year": 2026},
    "my": {"issuer": "密云区", "year": 2026},
    "bj": {"issuer": "北京市", "year": 2026},
    "y26": {"issuer": None, "year": 2026},
    None: {"issuer": None, "year": None},
}


def load_records() -> tuple[list[dict], list[dict]]:
    """Measures and indicator cells of the bundled plans, as `planbot measures/indicators` print them."""
    from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file

    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    measures, indicators = [], []
    for path in sorted(plans.glob("*.txt")):
        doc = parse_file(path, catalog)
        measures += [m.model_dump(mode="json") for m in doc.measures]
        indicators += [i.model_dump(mode="json") for i in doc.indicators]
    return measures, indicators


def match_names(unit: str) -> list[str]:
    for forms in UNIT_FORMS:
        if unit in forms:
            return [unit] + sorted(forms - {unit})
    return [unit]


def _flat(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def _number(x: float) -> str:
    return f"{x:g}"


def printed_due(deadline: str | None, year: int) -> date | None:
    """The last day a printed 完成时限 allows, or None when none is printed or it is open-ended."""
    d = _flat(deadline)
    if not d:
        return None
    if m := re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", d):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if d.startswith("年底"):
        return date(year, 12, 31)
    if m := re.fullmatch(r"(?:(\d{1,2})-)?(\d{1,2})月(?:底前?|底)?", d):
        month = int(m[2])
        return date(year, month, calendar.monthrange(year, month)[1])
    return None


def deadline_ok(measure: dict, rule: dict) -> bool:
    printed = _flat(measure["deadline"])
    op, value = rule["op"], rule.get("value")
    if op == "equals":
        return printed == _flat(value)
    if op == "in":
        return printed in {_flat(v) for v in value}
    if op == "none_written":
        return not printed
    due = printed_due(measure["deadline"], measure["year"])
    if op == "due_on_or_before":
        return due is not None and due <= date.fromisoformat(value)
    if op == "due_before":
        return due is not None and due < date.fromisoformat(value)
    if op == "due_between":
        lo, hi = (date.fromisoformat(v) for v in value)
        return due is not None and lo <= due <= hi
    raise ValueError(f"unknown deadline op {op!r}")


def in_filter(m: dict, flt: dict) -> bool:
    return all(flt.get(k) in (None, m[k]) for k in ("issuer", "year"))


def list_ids(measures: list[dict], expect: dict) -> list[str]:
    """The gold set of a dept_list / deadline_list question, from its rule fields only."""
    names = set(expect.get("match_names") or [])
    roles = ROLES[expect.get("role") or "any"]
    out = []
    for m in measures:
        if not in_filter(m, expect.get("filter") or {}):
            continue
        if names and not any(u in names for r in roles for u in m[r]):
            continue
        if "deadline_match" in expect and not deadline_ok(m, expect["deadline_match"]):
            continue
        out.append(m["id"])
    return out


class Records:
    def __init__(self, measures: list[dict], indicators: list[dict]):
        self.measures = measures
        self.indicators = indicators
        self.by_doc: dict[str, list[dict]] = defaultdict(list)
        for m in measures:
            self.by_doc[m["doc"][:3]].append(m)

    def find(self, prefix: str, phrase: str) -> dict:
        hits = [m for m in self.by_doc[prefix] if phrase in m["text"]]
        if len(hits) != 1:
            raise ValueError(f"{prefix}: {phrase!r} is in {len(hits)} measures, want exactly 1")
        return hits[0]

    def unique_phrase(self, m: dict, size: int = 12) -> str:
        """The first `size`-character piece of a measure's text that no other measure of its file has."""
        text = _flat(m["text"])
        for start in range(0, max(1, len(text) - size + 1)):
            piece = text[start:start + size]
            if sum(piece in _flat(o["text"]) for o in self.by_doc[m["doc"][:3]]) == 1 and piece in m["text"]:
                return piece
        raise ValueError(f"{m['id']}: no unique {size}-character phrase")

    def extreme(self, indicator: str, kind: str) -> dict:
        """The one cell with the lowest / highest number in an indicator column (ties are an error)."""
        cells = [i for i in self.indicators if i["indicator"].startswith(indicator)]
        numeric = [i for i in cells if re.fullmatch(r"\d+(\.\d+)?", i["value"])]
        best = (min if kind == "min" else max)(float(i["value"]) for i in numeric)
        winners = [i for i in numeric if float(i["value"]) == best]
        if len(winners) != 1:
            raise ValueError(f"{indicator} {kind}: {len(winners)} cells tie")
        return winners[0]

    def cell(self, entity: str, indicator: str) -> dict:
        hits = [i for i in self.indicators if i["entity"] == entity and i["indicator"].startswith(indicator)]
        if len(hits) != 1:
            raise ValueError(f"indicator {entity}/{indicator}: {len(hits)} cells, want exactly 1")
        return hits[0]


def measure_gold(m: dict, phrase: str) -> dict:
    return {"doc": m["doc"], "id": m["id"], "contains": phrase}


def resolve(spec: dict, rec: Records) -> dict:
    """One spec -> one question line (golds filled in from the records)."""
    kind = spec["type"]
    q = {k: spec[k] for k in ("id",) if k in spec}
    if "turns" in spec:
        q["turns"] = [{"q": t} for t in spec["turns"]]
    else:
        q["q"] = spec["q"]
    q["scope"] = dict(SCOPES[spec.get("scope")])
    q["type"] = kind
    gold, expect = [], {}
    if kind == "topic":
        gold = [measure_gold(rec.find(p, s), s) for p, s in spec["at"]]
        expect = {"answer": spec.get("answer", "")}
    elif kind == "attribute":
        fields = spec["field"] if isinstance(spec["field"], list) else [spec["field"]]
        if "item_of" in spec:  # "第N项…": the N-th measure of a list as the user saw it (document order)
            ids = resolve(spec["item_of"], rec)["expect"]["ids"]
            m = next(x for x in rec.measures if x["id"] == ids[spec["n"] - 1])
            gold = [measure_gold(m, rec.unique_phrase(m))]
        else:
            m = rec.find(*spec["at"])
            gold = [measure_gold(m, spec["at"][1])]
        values = {f: (m["deadline"] if f == "deadline" else m[f]) for f in fields}
        if not all(values.values()):
            raise ValueError(f"{spec['id']}: {m['id']} prints no {fields}")
        if len(fields) == 1:
            expect = {"field": fields[0], "value": values[fields[0]]}
        else:
            expect = {"field": fields[0], "value": values[fields[0]], "fields": values}
    elif kind in ("dept_list", "deadline_list"):
        flt = dict(SCOPES[spec.get("filter", spec.get("scope"))])
        if kind == "deadline_list":
            expect["deadline_match"] = spec["match"]
        expect["filter"] = flt
        if spec.get("unit"):
            expect |= {"unit": spec["unit"], "role": spec.get("role", "any"), "match_names": match_names(spec["unit"])}
        ids = list_ids(rec.measures, expect)
        if not ids and not spec.get("empty_ok"):
            raise ValueError(f"{spec['id']}: empty gold list")
        expect["ids"] = ids
        gold = [{"doc": next(m["doc"] for m in rec.measures if m["id"] == i), "id": i} for i in ids]
    elif kind == "indicator":
        if "cell" in spec:
            c = rec.cell(*spec["cell"])
            gold = [{"doc": c["doc"], "table": c["table"], "entity": c["entity"], "indicator": c["indicator"]}]
            expect = {"value": c["value"], "source": "indicator"}
        else:
            m = rec.find(*spec["at"])
            if spec["value"] not in m["text"]:
                raise ValueError(f"{spec['id']}: {spec['value']!r} not in {m['id']}")
            gold = [measure_gold(m, spec["at"][1])]
            expect = {"value": spec["value"], "source": "measure"}
    elif kind == "compare":
        facts = []
        if "extreme" in spec:  # 哪个区/镇街最低/最高: the winning cell of an indicator column
            c = rec.extreme(*spec["extreme"])
            gold.append({"doc": c["doc"], "table": c["table"], "entity": c["entity"], "indicator": c["indicator"]})
            facts.append(f"{c['entity']}：{c['value']}")
            spec = dict(spec, value=spec.get("value") or c["entity"])
        for side in spec["sides"]:
            if side[0] == "cell":
                c = rec.cell(side[1], side[2])
                gold.append({"doc": c["doc"], "table": c["table"], "entity": c["entity"], "indicator": c["indicator"]})
                facts.append(f"{side[1]}：{c['value']}")
            else:
                p, s, fact = side
                m = rec.find(p, s)
                gold.append(measure_gold(m, s))
                facts.append(fact)
        expect = {"docs": sorted({g["doc"] for g in gold}), "facts": facts}
        value = spec.get("value")
        cells = [rec.cell(s[1], s[2]) for s in spec["sides"] if s[0] == "cell"]
        if value is None and "difference" in spec.get("tags", ()) and len(cells) == 2:
            value = _number(abs(float(cells[0]["value"]) - float(cells[1]["value"])))
        if value is not None:
            expect["value"] = value
        if spec.get("answer"):
            expect["answer"] = spec["answer"]
    elif kind == "none":
        expect = {"abstain": True}
    else:
        raise ValueError(f"unknown type {kind!r}")
    q["gold"] = gold
    q["expect"] = expect
    q["style"] = "conversation" if "turns" in spec else spec.get("style", "plan")
    q["tags"] = sorted(set(spec.get("tags", ())))
    if spec.get("note"):
        q["note"] = spec["note"]
    return q


SPLIT_SALT = "eval1771:"  # chosen once, among 5000, as the one that halved every type best


def split_of(qid: str) -> str:
    """calib or heldout from the id alone, so a question keeps its half as the set grows."""
    return "calib" if int(hashlib.sha256((SPLIT_SALT + qid).encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def assign_splits(questions: list[dict]) -> None:
    for q in questions:
        q["split"] = split_of(q["id"])


def build() -> list[dict]:
    sys.path.insert(0, str(HERE))
    from specs import SPECS  # noqa: PLC0415 (a data module beside this script)

    for batch in sorted(HERE.glob("specs_*.py")):  # later batches, written apart, add to SPECS
        importlib.import_module(batch.stem)

    rec = Records(*load_records())
    ids = [s["id"] for s in SPECS]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise ValueError(f"duplicate ids: {sorted(dupes)}")
    questions = [resolve(s, rec) for s in SPECS]
    assign_splits(questions)
    return questions


def dumps(questions: list[dict]) -> str:
    return "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions)


if __name__ == "__main__":
    text = dumps(build())
    if "--check" in sys.argv:
        sys.exit(0 if OUT.is_file() and OUT.read_text(encoding="utf-8") == text else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} questions to {OUT}")
