"""`planbot eval`'s scoring, the project's evaluation set (tests/eval/), and the issue's quality bar on
the shared development questions."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from planbot.evaluate import (
    attribute_correct, compare_correct, format_summary, list_figures, load_questions, multi_part_correct, project_questions_file,
    question_figures, rank_scores, run_answers, says_not_found, score, set_scores, split_sets, states_value, summarize,
)

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"
EVAL_DIR = Path(__file__).resolve().parent / "eval"
ALIASES = lambda u: {u}  # noqa: E731


def _build_module():
    spec = importlib.util.spec_from_file_location("eval_build", EVAL_DIR / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _build_module()


@pytest.fixture(scope="module")
def records():
    return build.Records(*build.load_records())


@pytest.fixture(scope="module")
def project():
    return load_questions(project_questions_file())


# ------------------------------------------------------------------ scoring, alone

def test_rank_scores():
    gold = [{"doc": "a.txt", "id": "a#2", "contains": "xyz"}]
    ranked = [{"doc": "a.txt", "id": "a#1", "text": "no"}, {"doc": "a.txt", "id": "a#9", "text": "..xyz.."}]
    assert rank_scores(ranked, gold) == (1.0, 0.5)
    assert rank_scores([], gold) == (0.0, 0.0)


def test_set_scores():
    assert set_scores(["1", "2"], ["2", "3"]) == (0.5, 0.5, 0.5, False)
    assert set_scores([], []) == (1.0, 1.0, 1.0, True)


def test_attribute_needs_exactly_the_units():
    expect = {"field": "lead", "value": ["区水务局", "区城管委"]}
    assert attribute_correct({"text": "牵头单位：区城管委、区水务局\n…"}, expect, ALIASES)
    assert not attribute_correct({"text": "牵头单位：区水务局\n…"}, expect, ALIASES)
    assert not attribute_correct({"text": "牵头单位：区水务局、区城管委、区财政局"}, expect, ALIASES)


def test_multi_part_needs_every_field_asked():
    fields = {"lead": ["区交通局", "区住建委"], "deadline": "年底前"}
    both = {"text": "牵头单位：区交通局、区住建委\n完成时限：年底前\n来源：…"}
    assert multi_part_correct(both, fields, ALIASES)
    assert attribute_correct(both, {"field": "lead", "value": fields["lead"], "fields": fields}, ALIASES)
    assert not multi_part_correct({"text": "牵头单位：区交通局、区住建委\n来源：…"}, fields, ALIASES)
    assert not multi_part_correct({"text": "完成时限：年底前"}, fields, ALIASES)


def test_list_counts_exact_or_f1_at_least_09():
    ids = [f"x#{n}" for n in range(10)]
    assert list_figures({"measures": [{"id": i} for i in ids]}, ids)["correct"] == 1.0
    nine = list_figures({"measures": [{"id": i} for i in ids[:9]]}, ids)  # F1 = 0.947
    assert nine["correct"] == 1.0 and nine["exact"] == 0.0
    half = list_figures({"measures": [{"id": i} for i in ids[:5]]}, ids)
    assert half["correct"] == 0.0 and half["recall"] == 0.5


def test_compare_needs_every_side_and_the_conclusion():
    q = {"gold": [{"doc": "a", "id": "a#1"}, {"doc": "b", "table": "附件4", "entity": "朝阳区", "indicator": "X"}],
         "expect": {"value": "100"}}
    sources = [{"doc": "a", "id": "a#1", "text": ""}]
    cells = [{"entity": "朝阳区", "indicator": "X", "value": "200"}]
    assert compare_correct({"abstained": False, "text": "相差 100 家\n朝阳区：200", "measures": sources, "indicators": cells}, q)
    assert not compare_correct({"abstained": False, "text": "相差", "measures": sources, "indicators": cells}, q)
    assert not compare_correct({"abstained": False, "text": "朝阳区：200\n相差100家", "measures": sources, "indicators": cells}, q)
    assert not compare_correct({"abstained": False, "text": "100", "measures": [], "indicators": cells}, q)
    assert not compare_correct({"abstained": True, "text": "100", "measures": sources, "indicators": cells}, q)


def test_a_number_is_stated_on_its_own():
    assert states_value("PM2.5年均浓度：27微克/立方米", "27")
    assert not states_value("优良天数比率：78\n来源：…第27项", "27")
    assert not states_value("重污染天数不超过3天，第13项", "1")
    assert not states_value("达到30.5", "30") and states_value("0.5万亩", "0.5万亩")
    assert states_value("达到97.5%", "97.5%") and states_value("清水镇最低：19", "清水镇", first_line=True)


def test_says_not_found_reads_the_first_line():
    assert says_not_found("计划中没有找到与“食堂”直接相关的内容。\n已查找：全部计划。")
    assert not says_not_found("区水务局牵头的措施共 3 项\n1. …没有找到…")


def test_question_figures_and_summary():
    topic = {"id": "t", "type": "topic", "style": "chat", "gold": [{"doc": "a", "id": "a#1"}], "expect": {}}
    none = {"id": "n", "type": "none", "style": "plan", "gold": [], "expect": {"abstain": True}}
    found = {"text": "… 《计划》", "abstained": False, "measures": [{"doc": "a", "id": "a#1", "text": ""}]}
    refused = {"text": "计划中没有找到与“x”直接相关的内容。", "abstained": True, "measures": []}
    assert question_figures(topic, found, ALIASES)["correct"] == 1.0
    # the gold measure shown as "closest" does not make an abstention right
    assert question_figures(topic, refused | {"measures": found["measures"]}, ALIASES)["correct"] == 0.0
    s = summarize([topic, none], {"t": refused, "n": refused}, ALIASES)
    assert s["overall"] == 0.5 and s["false_nf"] == 1.0 and s["consistent"] == 1.0
    assert s["styles"]["chat"]["overall"] == 0.0 and s["wrong"] == ["t"]
    assert score([topic], {"t": found}, ALIASES)["topic"]["recall@5"] == 1.0


def test_tables_name_the_splits_and_styles():
    q = {"id": "n", "type": "none", "style": "chat", "gold": [], "expect": {"abstain": True}}
    s = summarize([q], {"n": {"text": "计划中没有找到…", "abstained": True, "measures": []}}, ALIASES)
    heldout, calib = format_summary("heldout", s), format_summary("calib", s)
    assert "heldout (reported)" in heldout and "calib (used for fitting)" in calib
    assert "chat" in heldout and "none" in heldout and "overall 1.000" in heldout


def test_split_sets():
    qs = [{"id": "1", "split": "calib"}, {"id": "2", "split": "heldout"}]
    assert [q["id"] for q in split_sets(qs, "heldout")["heldout"]] == ["2"]
    assert set(split_sets(qs, "all")) == {"calib", "heldout"}
    assert split_sets([{"id": "1"}], "heldout") == {"all": [{"id": "1"}]}  # the shared layout: one set


def test_bad_question_file_says_which_line(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "a", "type": "none", "q": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"q.jsonl:2"):
        load_questions(path)


# ------------------------------------------------------------------ the gold rules (build.py)

def test_printed_due_reads_the_cell_as_printed():
    assert str(build.printed_due("年底前", 2026)) == "2026-12-31"
    assert str(build.printed_due("6月底前", 2026)) == "2026-06-30"
    assert str(build.printed_due("6-9月", 2026)) == "2026-09-30"
    assert str(build.printed_due("10 月底", 2026)) == "2026-10-31"
    assert str(build.printed_due("2021年11月15日（供暖季前）", 2021)) == "2021-11-15"
    assert build.printed_due("长期实施", 2026) is None and build.printed_due(None, 2026) is None


def test_list_rule_matches_printed_names_and_leaves_collectives():
    ms = [
        {"id": "1", "issuer": "X区", "year": 2026, "deadline": "6月底前", "lead": ["区住建委"], "responsible": [], "assist": []},
        {"id": "2", "issuer": "X区", "year": 2026, "deadline": None, "lead": ["各镇街"], "responsible": [], "assist": ["区住房城乡建设委"]},
        {"id": "3", "issuer": "Y区", "year": 2026, "deadline": "年底前", "lead": ["区住建委"], "responsible": [], "assist": []},
    ]
    flt = {"issuer": "X区", "year": 2026}
    names = build.match_names("区住房城乡建设委")
    assert build.list_ids(ms, {"filter": flt, "match_names": names, "role": "any"}) == ["1", "2"]
    assert build.list_ids(ms, {"filter": flt, "match_names": names, "role": "lead"}) == ["1"]
    assert build.list_ids(ms, {"filter": flt, "match_names": ["龙泉镇"], "role": "any"}) == []
    assert build.list_ids(ms, {"filter": flt, "deadline_match": {"op": "none_written"}}) == ["2"]
    due = {"op": "due_on_or_before", "value": "2026-06-30"}
    assert build.list_ids(ms, {"filter": {}, "deadline_match": due}) == ["1"]


# ------------------------------------------------------------------ the project's set is well-formed

def test_project_file_is_what_build_py_writes():
    assert project_questions_file() == EVAL_DIR / "questions.jsonl"
    assert build.dumps(build.build()) == project_questions_file().read_text(encoding="utf-8"), \
        "tests/eval/questions.jsonl is out of date: run tests/eval/build.py"


def test_every_gold_measure_exists_and_holds_its_phrase(project, records):
    by_id = {m["id"]: m for m in records.measures}
    cells = {(i["entity"], i["indicator"]) for i in records.indicators}
    for q in project:
        for g in q["gold"]:
            if "entity" in g:
                assert (g["entity"], g["indicator"]) in cells, q["id"]
                continue
            m = by_id[g["id"]]
            assert m["doc"] == g["doc"], q["id"]
            if "contains" in g:
                assert g["contains"] in m["text"], q["id"]
                assert sum(g["contains"] in o["text"] for o in records.by_doc[g["doc"][:3]]) == 1, q["id"]


def test_list_golds_equal_a_recomputation_from_the_records(project, records):
    lists = [q for q in project if q["type"] in ("dept_list", "deadline_list")]
    assert lists
    for q in lists:
        assert q["expect"]["ids"] == build.list_ids(records.measures, q["expect"]), q["id"]
        assert [g["id"] for g in q["gold"]] == q["expect"]["ids"], q["id"]


def test_values_come_from_the_records(project, records):
    by_id = {m["id"]: m for m in records.measures}
    cell = {(i["entity"], i["indicator"]): i["value"] for i in records.indicators}
    for q in project:
        e = q["expect"]
        if q["type"] == "attribute":
            m = by_id[q["gold"][0]["id"]]
            for field, value in (e.get("fields") or {e["field"]: e["value"]}).items():
                assert value == (m["deadline"] if field == "deadline" else m[field]) and value, q["id"]
        elif q["type"] == "indicator":
            g = q["gold"][0]
            printed = cell[(g["entity"], g["indicator"])] if e["source"] == "indicator" else by_id[g["id"]]["text"]
            assert e["value"] == printed if e["source"] == "indicator" else e["value"] in printed, q["id"]


def test_the_set_meets_the_issue_minima(project):
    types = Counter(q["type"] for q in project)
    styles = Counter(q["style"] for q in project)
    assert len(project) >= 320
    assert set(types) == {"topic", "attribute", "dept_list", "deadline_list", "indicator", "compare", "none"}
    assert types["none"] >= 60 and styles["chat"] >= 150 and styles["conversation"] >= 25
    assert sum("no_plan_place" in q["tags"] for q in project) >= 15
    assert sum("multi_part" in q["tags"] for q in project) >= 5
    assert {q["scope"]["issuer"] for q in project} >= {"大兴区", "门头沟区", "密云区", "北京市"}
    assert {q["gold"][0]["doc"][:3] for q in project if q["gold"]} == {"000", "001", "002", "003", "004"}
    ids = [q["id"] for q in project]
    assert len(ids) == len(set(ids))
    for q in project:
        assert q["split"] in ("calib", "heldout") and q["style"] in ("plan", "chat", "conversation")
        assert ("turns" in q) == (q["style"] == "conversation"), q["id"]
        if "turns" in q:
            assert len(q["turns"]) >= 2 and all(t["q"].strip() for t in q["turns"]), q["id"]
        assert (q["type"] == "none") == (not q["gold"]), q["id"]


def test_splits_are_about_halves_and_depend_on_the_id_alone(project):
    for key in ("type", "style"):
        for value in {q[key] for q in project}:
            split = Counter(q["split"] for q in project if q[key] == value)
            n = split["calib"] + split["heldout"]
            # a hash of the id is a fair coin per question: the difference stays within three of
            # its standard deviations (sqrt(n)); three, because some fifteen types and styles are
            # checked and at two one of them would fall outside by chance about half the time.
            # Batches added later keep every earlier question's half
            assert abs(split["calib"] - split["heldout"]) <= max(4, 3 * n ** 0.5), (value, split)
    assert all(q["split"] == build.split_of(q["id"]) for q in project)


# ------------------------------------------------------------------ with the real bot

def test_conversations_run_turn_by_turn(real_bot, project):
    """The runner sends every turn in one chat and keeps the last reply: "我是区水务局的" then
    "我们牵头哪些" lists that unit's measures, which the last turn alone cannot."""
    q = next(q for q in project if q["id"] == "v007")
    a = run_answers(real_bot, [q])["v007"]
    assert {"text", "abstained", "measures", "indicators"} <= set(a)
    assert {m["id"] for m in a["measures"]} & set(q["expect"]["ids"])
    alone = real_bot.ask(q["turns"][-1]["q"], q["scope"])
    assert not set(m["id"] for m in alone["measures"]) & set(q["expect"]["ids"])


@pytest.mark.skipif(not DEV.is_file(), reason="shared/eval is not beside this checkout")
def test_quality_bar_on_the_development_questions(real_bot):
    questions = load_questions(DEV)
    answers = {q["id"]: real_bot.ask(q["q"], q.get("scope") or {}, q["id"]) for q in questions}
    r = score(questions, answers, real_bot.units.names_for)
    assert r["topic"]["recall@5"] >= 0.90 and r["topic"]["mrr"] >= 0.80
    assert r["attribute"]["correct"] >= 0.95
    assert r["dept_list"]["f1"] >= 0.98 and r["deadline_list"]["f1"] >= 0.98
    assert r["indicator"]["correct"] >= 0.95
    # 5 questions: one miss is 0.8. The abstain rule is fitted on the project's calib set to keep
    # false "not found" low at the price of some false answers there (test below), so 5 of 5
    # here would be luck, not a bar; the project's own set carries the real one.
    assert r["none"]["correct"] >= 0.80
    answerable = [q for q in questions if q["type"] != "none"]
    assert sum(answers[q["id"]]["abstained"] for q in answerable) <= 0.05 * len(answerable)
    assert all(a["abstained"] or "《" in a["text"] for a in answers.values())


def test_quality_bar_on_the_projects_own_set(real_bot):
    """A regression guard with the real bot on tests/eval: the calib half the rules were fitted
    on, and the heldout half they were not (figures as measured when this bar was set, less a
    margin: 3396 questions, calib 0.981, heldout 0.906 with 4.8 % false "not found"; the bar was
    first set at 854 questions with 2.7 %, and later batches aimed at everyday words for
    less-asked measures raised the heldout share of false "not found" without any answer of
    the older questions getting worse)."""
    questions = load_questions(project_questions_file())
    answers = run_answers(real_bot, questions)
    sets = {name: summarize(subset, answers, real_bot.units.names_for)
            for name, subset in split_sets(questions, "all").items()}
    assert sets["calib"]["overall"] >= 0.95 and sets["heldout"]["overall"] >= 0.88
    assert sets["heldout"]["false_nf"] <= 0.07
    assert all(s["consistent"] == 1.0 for s in sets.values())  # abstained exactly when the reply says so
