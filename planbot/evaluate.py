"""Score answers against a question file (shared/eval/dev.jsonl layout), per question type.

The rules follow shared/eval/README.md: a source hits a gold measure when it is from the
same doc and contains the gold `contains` text; list questions are scored by set P/R/F1;
attribute and indicator answers must show the value in the text the user sees.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

Answer = dict  # the `planbot ask --json` object


def load_questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def hits_gold(measure: dict, gold: dict) -> bool:
    return measure.get("doc") == gold.get("doc") and (
        measure.get("id") == gold.get("id") or gold.get("contains", "\0") in measure.get("text", "")
    )


def rank_scores(measures: list[dict], gold: list[dict], k: int = 5) -> tuple[float, float]:
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


def attribute_correct(answer: Answer, expect: dict, aliases: Callable[[str], set[str]]) -> bool:
    """The value as printed: the whole 完成时限 wording, or exactly the gold set of units."""
    head = answer["text"].split("\n", 1)[0]
    value = expect["value"]
    if expect["field"] == "deadline":
        return _flat(value) in _flat(head)
    listed = [u for u in re.split(r"[、，,；;\s]+", head.split("：", 1)[-1]) if u]
    want = list(value)
    matched = [u for u in want if any(n in listed for n in aliases(u) | {u})]
    return len(matched) == len(want) and len(listed) == len(want)


def score(questions: list[dict], answers: dict[str, Answer], aliases: Callable[[str], set[str]]) -> dict[str, dict]:
    """Per-type figures (means over that type's questions)."""
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    counts: dict[str, int] = defaultdict(int)
    for q in questions:
        t, a, e = q["type"], answers[q["id"]], q["expect"]
        counts[t] += 1
        s = sums[t]
        s["cited"] += float(a["abstained"] or "《" in a["text"])
        if t == "none":
            s["correct"] += float(a["abstained"])
            continue
        s["false_abstain"] += float(a["abstained"])
        if t == "topic":
            r, mrr = rank_scores(a["measures"], q["gold"])
            s["recall@5"] += r
            s["mrr"] += mrr
        elif t == "attribute":
            s["correct"] += float(not a["abstained"] and attribute_correct(a, e, aliases))
        elif t in ("dept_list", "deadline_list"):
            p, r, f, exact = set_scores((m["id"] for m in a["measures"]), e["ids"])
            s["precision"] += p
            s["recall"] += r
            s["f1"] += f
            s["exact"] += float(exact)
        elif t == "indicator":
            ok = _flat(e["value"]) in _flat(a["text"])
            if e["source"] == "indicator":
                g = q["gold"][0]
                ok = ok and any(i["entity"] == g["entity"] and i["indicator"] == g["indicator"] for i in a["indicators"])
            s["correct"] += float(ok)
        elif t == "compare":
            docs = e["docs"]
            covered = [d for d in docs if any(hits_gold(m, g) for m in a["measures"] for g in q["gold"] if g["doc"] == d)]
            s["correct"] += float(len(covered) == len(docs))
    return {t: {k: v / counts[t] for k, v in sums[t].items()} | {"n": counts[t]} for t in counts}


def format_table(results: dict[str, dict], modes: dict[str, tuple[float, float]] | None = None) -> str:
    lines = []
    for t in ("topic", "attribute", "dept_list", "deadline_list", "indicator", "compare", "none"):
        if t not in results:
            continue
        r = dict(results[t])
        n = r.pop("n")
        figures = "  ".join(f"{k} {v:.3f}" for k, v in r.items())
        lines.append(f"{t:<14} n={n:<3} {figures}")
    if modes:
        lines.append("")
        lines.append("topic retrieval   recall@5   mrr")
        for mode, (r, mrr) in modes.items():
            lines.append(f"  {mode:<15} {r:8.3f} {mrr:7.3f}")
    return "\n".join(lines)
