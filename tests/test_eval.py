"""`planbot eval`'s scoring, and the issue's quality bar on the development questions."""
from __future__ import annotations

from pathlib import Path

import pytest

from planbot.evaluate import attribute_correct, load_questions, rank_scores, score, set_scores

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"


def test_rank_scores():
    gold = [{"doc": "a.txt", "id": "a#2", "contains": "xyz"}]
    ranked = [{"doc": "a.txt", "id": "a#1", "text": "no"}, {"doc": "a.txt", "id": "a#9", "text": "..xyz.."}]
    assert rank_scores(ranked, gold) == (1.0, 0.5)
    assert rank_scores([], gold) == (0.0, 0.0)


def test_set_scores():
    assert set_scores(["1", "2"], ["2", "3"]) == (0.5, 0.5, 0.5, False)
    assert set_scores([], []) == (1.0, 1.0, 1.0, True)


def test_attribute_needs_exactly_the_units():
    names = lambda u: {u}  # noqa: E731
    expect = {"field": "lead", "value": ["区水务局", "区城管委"]}
    assert attribute_correct({"text": "牵头单位：区城管委、区水务局\n…"}, expect, names)
    assert not attribute_correct({"text": "牵头单位：区水务局\n…"}, expect, names)
    assert not attribute_correct({"text": "牵头单位：区水务局、区城管委、区财政局"}, expect, names)


@pytest.mark.skipif(not DEV.is_file(), reason="shared/eval is not beside this checkout")
def test_quality_bar_on_the_development_questions(real_bot):
    questions = load_questions(DEV)
    answers = {q["id"]: real_bot.ask(q["q"], q.get("scope") or {}, q["id"]) for q in questions}
    r = score(questions, answers, real_bot.units.names_for)
    assert r["topic"]["recall@5"] >= 0.90 and r["topic"]["mrr"] >= 0.80
    assert r["attribute"]["correct"] >= 0.95
    assert r["dept_list"]["f1"] >= 0.98 and r["deadline_list"]["f1"] >= 0.98
    assert r["indicator"]["correct"] >= 0.95
    assert r["none"]["correct"] >= 0.90
    answerable = [q for q in questions if q["type"] != "none"]
    assert sum(answers[q["id"]]["abstained"] for q in answerable) <= 0.05 * len(answerable)
    assert all(a["abstained"] or "《" in a["text"] for a in answers.values())
