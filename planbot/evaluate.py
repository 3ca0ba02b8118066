"""Score the bot on a question file: the project's tests/eval/questions.jsonl (default) or any file
in the shared/eval/dev.jsonl layout.

Each question gets a `correct` value in [0, 1]; a set's overall score is their mean:

* topic      1 when a gold measure is among the first 5 sources and the bot did not abstain.
* attribute  1 when not abstained and the reply's first line gives the value as printed: the whole
             完成时限 wording, or exactly the gold set of units (aliases accepted, none missing or extra).
             A multi-part question (`expect.fields`) needs every field asked: the units of each role
             and the deadline somewhere in the text.
* dept_list / deadline_list   1 when the listed measures equal the gold ids or their F1 ≥ 0.9.
* indicator  1 when not abstained, the value is stated (a number as a number of its own, outside the
             来源 lines) and, for a table cell, the right cell is in the payload's indicators.
* compare    1 when not abstained, every gold measure is among the sources and every gold cell among
             the indicators, and `expect.value` (a difference, the winner), if any, is stated in the
             reply's first line: the conclusion comes first.
* none       1 when the bot abstained.

Also reported per type: `false_nf` (answerable questions answered as not found), `consistent`
(the `abstained` flag agrees with whether the reply's first line says the plans have nothing),
and `cited` (abstained or a 《plan》 citation shown).  The rules follow shared/eval/README.md: a
source hits a gold measure when it is from the same doc and is that measure or contains its
`contains` text.

Questions may carry `split` (calib = what thresholds are fitted on, heldout = what is reported)
and `style` (plan / chat / conversation).  A conversation (`turns`) is sent turn by turn through
`Bot.handle` in one chat and scored on its last reply.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

Answer = dict  # the `planbot ask --json` object
TYPES = ("topic", "attribute", "dept_list", "deadline_list", "indicator", "compare", "none")
SPLIT_NAMES = {"calib": "calib (used for fitting)", "heldout": "heldout (reported)", "all": "all questions"}
LIST_F1 = 0.9
TOPIC_K = 5
# What a reply's first line says when the plans have nothing to give (NOT_FOUND, an empty list,
# a place or unit without a plan).  Kept loose on purpose: wording may change, the meaning not.
NOT_FOUND_MARKERS = ("没有找到", "没有收录", "未收录", "未找到", "找不到", "没有相关", "不包含", "not found")


def project_questions_file() -> Path:
    """tests/eval/questions.jsonl of the source tree this package was installed from."""
    return Path(__file__).resolve().parents[1] / "tests" / "eval" / "questions.jsonl"


def load_questions(path: Path) -> list[dict]:
    questions = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except ValueError as e:
            raise ValueError(f"{path}:{n}: not JSON ({e})") from None
        if "id" not in q or "type" not in q or ("q" not in q and "turns" not in q):
            raise ValueError(f"{path}:{n}: a question needs id, type and q (or turns)")
        questions.append(q)
    return questions


def last_text(q: dict) -> str:
    return q["turns"][-1]["q"] if "turns" in q else q["q"]


# ------------------------------------------------------------------ scoring pieces (pure)

def hits_gold(measure: dict, gold: dict) -> bool:
    return measure.get("doc") == gold.get("doc") and (
        measure.get("id") == gold.get("id") or gold.get("contains", "\0") in measure.get("text", "")
    )


def hits_cell(indicators: list[dict], gold: dict) -> bool:
    return any(i.get("entity") == gold["entity"] and i.get("indicator") == gold["indicator"] for i in indicators)


def rank_scores(measures: list[dict], gold: list[dict], k: int = TOPIC_K) -> tuple[float, float]:
    """Recall@k and MRR of the gold measures among the first k sources."""
    top = measures[:k]
    found = [g for g in gold if any(hits_gold(m, g) for m in top)]
    first = next((r for r, m in enumerate(top, 1) if any(hits_gold(m, g) for g in gold)), None)
    return len(found) / len(gold) if gold else 0.0, 1.0 / first if first else 0.0


def set_scores(got: Iterable[str], want: Iterable[str]) -> tuple[float, float, float, bool]:
    got, want = set(got), set(want)
    tp = len(got & want)
    p = tp / len(got) if got else (1.0 if not want else 0.0)
    r = tp / len(want) if want else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, got == want


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def says_not_found(text: str) -> bool:
    head = text.strip().split("\n", 1)[0].lower()
    return any(marker in head for marker in NOT_FOUND_MARKERS)


def units_listed(line: str) -> list[str]:
    return [u for u in re.split(r"[、，,；;\s]+", line.split("：", 1)[-1]) if u]


def units_match(listed: list[str], want: list[str], aliases: Callable[[str], set[str]]) -> bool:
    matched = [u for u in want if any(n in listed for n in aliases(u) | {u})]
    return len(matched) == len(want) and len(listed) == len(want)


def attribute_correct(answer: Answer, expect: dict, aliases: Callable[[str], set[str]]) -> bool:
    """The value as printed: the whole 完成时限 wording, or exactly the gold set of units."""
    if "fields" in expect:
        return multi_part_correct(answer, expect["fields"], aliases)
    head = answer["text"].split("\n", 1)[0]
    value = expect["value"]
    if expect["field"] == "deadline":
        return _flat(value) in _flat(head)
    return units_match(units_listed(head), list(value), aliases)


def multi_part_correct(answer: Answer, fields: dict, aliases: Callable[[str], set[str]]) -> bool:
    """Every field asked is answered: a deadline's wording anywhere, each unit set on some line."""
    lines = [l for l in answer["text"].split("\n") if l.strip()]
    for field, value in fields.items():
        if field == "deadline":
            if not value or _flat(value) not in _flat(answer["text"]):
                return False
        elif not any(units_match(units_listed(l), list(value), aliases) for l in lines):
            return False
    return True


def list_figures(answer: Answer, ids: list[str]) -> dict[str, float]:
    p, r, f, exact = set_scores((m["id"] for m in answer["measures"]), ids)
    return {"precision": p, "recall": r, "f1": f, "exact": float(exact), "correct": float(exact or f >= LIST_F1)}


def states_value(text: str, value: str, first_line: bool = False) -> bool:
    """`value` is said in the reply (outside its 来源 lines): a number as a number of its own (3 is not
    in 30 or 第13项), with any unit after it; with `first_line`, in the reply's first line."""
    lines = [l for l in text.split("\n") if l.strip() and not l.strip().startswith("来源")]
    body = _flat("\n".join(lines[:1] if first_line else lines))
    value = _flat(str(value))
    if re.match(r"\d", value):
        return re.search(rf"(?<![\d.]){re.escape(value)}(?!\.?\d)", body) is not None
    return value in body


def compare_correct(answer: Answer, q: dict) -> bool:
    if answer["abstained"]:
        return False
    for g in q["gold"]:
        if "entity" in g:
            if not hits_cell(answer.get("indicators", []), g):
                return False
        elif not any(hits_gold(m, g) for m in answer["measures"]):
            return False
    value = q["expect"].get("value")
    return value is None or states_value(answer["text"], value, first_line=True)


def indicator_correct(answer: Answer, q: dict) -> bool:
    e = q["expect"]
    ok = states_value(answer["text"], e["value"])
    if e.get("source") == "indicator":
        ok = ok and hits_cell(answer.get("indicators", []), q["gold"][0])
    return ok


def question_figures(q: dict, a: Answer, aliases: Callable[[str], set[str]]) -> dict[str, float]:
    """All figures of one answered question; `correct` is the one the overall score averages."""
    t, e = q["type"], q["expect"]
    abstained = bool(a["abstained"])
    fig = {"cited": float(abstained or "《" in a["text"]), "consistent": float(abstained == says_not_found(a["text"]))}
    if t == "none":
        return fig | {"correct": float(abstained)}
    fig["false_nf"] = float(abstained)
    if t == "topic":
        r, mrr = rank_scores(a["measures"], q["gold"])
        fig |= {"recall@5": r, "mrr": mrr, "correct": float(r > 0 and not abstained)}
    elif t == "attribute":
        fig["correct"] = float(not abstained and attribute_correct(a, e, aliases))
    elif t in ("dept_list", "deadline_list"):
        fig |= list_figures(a, e["ids"])
    elif t == "indicator":
        fig["correct"] = float(not abstained and indicator_correct(a, q))
    elif t == "compare":
        fig["correct"] = float(compare_correct(a, q))
    return fig


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    sums: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        for k, v in row.items():
            sums[k] += v
            counts[k] += 1
    return {k: sums[k] / counts[k] for k in sums}


def score(questions: list[dict], answers: dict[str, Answer], aliases: Callable[[str], set[str]]) -> dict[str, dict]:
    """Per-type figures (means over that type's questions), each with its `n`."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for q in questions:
        rows[q["type"]].append(question_figures(q, answers[q["id"]], aliases))
    return {t: _mean(r) | {"n": len(r)} for t, r in rows.items()}


def summarize(questions: list[dict], answers: dict[str, Answer], aliases: Callable[[str], set[str]]) -> dict:
    """Overall score, per-type table and per-style lines of one set of questions."""
    figures = {q["id"]: question_figures(q, answers[q["id"]], aliases) for q in questions}
    by_style: dict[str, list[dict]] = defaultdict(list)
    style_questions: dict[str, list[dict]] = defaultdict(list)
    for q in questions:
        by_style[q.get("style", "plan")].append(figures[q["id"]])
        style_questions[q.get("style", "plan")].append(q)
    answerable = [figures[q["id"]] for q in questions if q["type"] != "none"]
    return {
        "n": len(questions),
        "overall": _mean(list(figures.values())).get("correct", 0.0),
        "false_nf": _mean(answerable).get("false_nf", 0.0),
        "consistent": _mean(list(figures.values())).get("consistent", 0.0),
        "types": score(questions, answers, aliases),
        "styles": {s: {"n": len(r), "overall": _mean(r)["correct"], "false_nf": _mean(r).get("false_nf", 0.0),
                       "types": {t: v["correct"] for t, v in score(style_questions[s], answers, aliases).items()}}
                   for s, r in sorted(by_style.items())},
        "wrong": sorted(i for i, f in figures.items() if f["correct"] < 1),
    }


def split_sets(questions: list[dict], which: str) -> dict[str, list[dict]]:
    """The named subsets to report: calib, heldout, or both; a file without splits is one set."""
    if not any("split" in q for q in questions):
        return {"all": questions}
    names = ["calib", "heldout"] if which == "all" else [which]
    return {n: [q for q in questions if q.get("split") == n] for n in names}


# ------------------------------------------------------------------ running the bot

def run_answers(bot, questions: list[dict]) -> dict[str, Answer]:
    """Ask every question; conversations go turn by turn through `Bot.handle` in their own chat."""
    from planbot.bot.render import answer_object
    from planbot.bot.types import Message, Scope

    answers = {}
    for q in questions:
        scope = Scope(**(q.get("scope") or {}))
        if "turns" not in q:
            answers[q["id"]] = bot.ask(q["q"], scope, q["id"])
            continue
        reply = None
        for turn in q["turns"]:
            # one asker per conversation: who someone is follows them into every chat
            message = Message(text=turn["q"], platform="eval", chat_id=f"eval-{q['id']}", user_id=f"eval-{q['id']}",
                              is_group="group" in q.get("tags", ()), scope=scope)
            reply = bot.handle(message, remember=True)
        answers[q["id"]] = answer_object(reply, q["id"])
    return answers


# ------------------------------------------------------------------ tables

_COLUMNS = {
    "topic": ("recall@5", "mrr"),
    "dept_list": ("precision", "recall", "f1", "exact"),
    "deadline_list": ("precision", "recall", "f1", "exact"),
}


def format_table(results: dict[str, dict]) -> str:
    """One line per type: n, correct, the type's own figures, false not-found, consistency."""
    lines = [f"{'type':<14} {'n':>3}  {'correct':>7}  {'false_nf':>8}  {'consistent':>10}  details"]
    for t in TYPES:
        if t not in results:
            continue
        r = results[t]
        details = "  ".join(f"{k} {r[k]:.3f}" for k in _COLUMNS.get(t, ()) if k in r)
        false_nf = f"{r['false_nf']:8.3f}" if "false_nf" in r else f"{'-':>8}"
        lines.append(f"{t:<14} {r['n']:>3}  {r['correct']:7.3f}  {false_nf}  {r['consistent']:10.3f}  {details}")
    return "\n".join(lines)


def format_modes(modes: dict[str, tuple[float, float]]) -> str:
    lines = ["topic retrieval   recall@5   mrr"]
    lines += [f"  {mode:<15} {r:8.3f} {mrr:7.3f}" for mode, (r, mrr) in modes.items()]
    return "\n".join(lines)


def format_styles(styles: dict[str, dict]) -> str:
    """`correct` per type (rows) and style (columns), then each style's overall and false not-found."""
    names = list(styles)
    lines = [f"{'by style':<14} " + "  ".join(f"{n:>12}" for n in names)]
    for t in TYPES:
        cells = [styles[n]["types"].get(t) for n in names]
        if any(c is not None for c in cells):
            lines.append(f"{t:<14} " + "  ".join(f"{c:12.3f}" if c is not None else f"{'-':>12}" for c in cells))
    lines.append(f"{'overall':<14} " + "  ".join(f"{styles[n]['overall']:7.3f} n={styles[n]['n']:<3}" for n in names))
    lines.append(f"{'false_nf':<14} " + "  ".join(f"{styles[n]['false_nf']:12.1%}" for n in names))
    return "\n".join(lines)


def format_summary(name: str, s: dict) -> str:
    head = (f"== {SPLIT_NAMES.get(name, name)}: n={s['n']}  overall {s['overall']:.3f}  "
            f"false not-found {s['false_nf']:.1%}  abstained matches reply {s['consistent']:.1%}")
    return "\n".join([head, format_table(s["types"]), "", format_styles(s["styles"])])
