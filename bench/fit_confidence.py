"""Fit the answer-or-abstain rule (retrieval/confidence.py) on the calibration half of a labeled
question set, and report it on both halves.

    PLANBOT_HOME=... python bench/fit_confidence.py [QUESTIONS.jsonl] [--write]

QUESTIONS defaults to tests/eval/questions.jsonl (the project's set; each line has a `split`,
calib or heldout; lines without one are split by a hash of their id).  The questions are the
content ones: `topic` and `attribute` should be answered, `none` should not.  Each is asked of
the real bot (index in PLANBOT_HOME, embeddings as configured), recording the hits its rule is
asked about.  Two models are fitted, one over the fused ranking and one over
BM25 alone (no embedding model).  --write stores them in retrieval/confidence.json.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from planbot.config import Settings
from planbot.retrieval import confidence
from planbot.retrieval.confidence import FEATURES, ConfidenceModel, features, load_models
from planbot.runtime import load_bot

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SET = ROOT / "tests" / "eval" / "questions.jsonl"
# hand-labeled questions the plans do not answer, many in the plans' own vocabulary (噪声投诉电话,
# 充电桩要物业同意吗): more negatives for the calibration half; all split=calib
EXTRA_CALIB = ROOT / "bench" / "abstain_calib.jsonl"
TYPES = {"topic": True, "attribute": True, "none": False}
L2_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)  # ridge on the standardized weights, chosen by cross-validation
CV_FOLDS, CV_REPEATS = 5, 4  # stratified folds within the calibration half, reshuffled per repeat
MAX_FALSE_ANSWER = 0.10  # `none` must abstain >= 0.85 on unseen sets: the cap keeps a margin below 0.15, since
# ~28 own `none` questions in the calibration half estimate the rate to about ±0.06
# `none` questions that the query slots answer before the rule (a place or plan year with no
# plan, a deadline no measure has): not evidence about content, whatever this branch does with them
DECIDED_BEFORE = {"no_plan_place", "no_plan_edition", "deadline_phrase"}


def split_of(q: dict) -> str:
    if q.get("split") in ("calib", "heldout"):
        return q["split"]
    return "calib" if int(hashlib.sha1(q["id"].encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def evidence(bots: dict, questions: list[dict]) -> dict[str, list[tuple[dict, dict[str, float] | None, bool]]]:
    """Per mode: (question, features of the hits the bot's rule was asked about, answerable).

    Each question is asked as a user would; the rule's calls are recorded, so the features are
    exactly what it sees when it decides (its last call: the answer's own hits).  A question the bot decides elsewhere (a list, a place with no plan, an
    unknown unit) never reaches the rule and is left out; empty hits give None (abstain)."""
    out: dict[str, list] = {}
    seen: list[list] = []

    def record(hits, dense, *args, **kwargs):
        seen.append(list(hits))
        return confidence.is_confident(hits, dense, *args, **kwargs)

    # every bot module that imported the rule calls the recorder instead
    users = [m for name, m in list(sys.modules.items())
             if name.startswith("planbot.bot") and getattr(m, "is_confident", None) is confidence.is_confident]
    for m in users:
        m.is_confident = record
    try:
        for mode, bot in bots.items():
            out[mode] = []
            for q in questions:
                seen.clear()
                bot.ask(q["q"], q.get("scope") or {})
                if seen:  # the last call decides (an unscoped question may first try the current plans)
                    out[mode].append((q, features(seen[-1], mode == "fused") if seen[-1] else None, TYPES[q["type"]]))
    finally:
        for m in users:
            m.is_confident = confidence.is_confident
    return out


def fit(rows: list[tuple[dict, dict | None, bool]], names: tuple[str, ...]) -> tuple[ConfidenceModel, float]:
    """Class-balanced L2 logistic regression, every weight ≥ 0 (more evidence never lowers the
    confidence: a feature that would get a negative weight is dropped and the rest refitted).
    The ridge is chosen by cross-validation within these rows (the lowest out-of-fold log loss),
    and the threshold on out-of-fold probabilities, not on the rows a model was fitted on (those
    separate the classes better than unseen questions will), capped by the labeled set's own
    `none` questions (the extra negatives, easier ones, help the weights but would loosen the cap)."""
    rows = [r for r in rows if r[1] is not None]
    x = np.array([[f[n] for n in names] for _, f, _ in rows], dtype=float)
    y = np.array([1.0 if answerable else 0.0 for *_, answerable in rows])
    own = np.array([q.get("source") != "extra" for q, _, _ in rows]) | (y == 1)
    losses = {l2: _cv_loss(x, y, l2) for l2 in L2_GRID}
    l2 = min(losses, key=lambda k: (round(losses[k], 3), -k))  # ties: the stronger ridge
    mean, scale, w = _train(x, y, l2)
    model = ConfidenceModel(names, mean.tolist(), scale.tolist(), w[:-1].tolist(), float(w[-1]), 0.5)
    oof = _out_of_fold(x, y, l2)  # every repetition's rows together: one threshold for all
    model.threshold = _threshold(np.concatenate([p[own] for p in oof]), np.tile(y[own], len(oof)))
    return model, l2


def _train(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Standardize, then fit; a feature whose weight comes out negative is dropped and the rest refitted."""
    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    weight = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    active = np.ones(z.shape[1], dtype=bool)
    while True:
        w = np.zeros(z.shape[1])
        w[active] = _newton(z[:, active], y, weight, l2)
        negative = np.where(active[:-1] & (w[:-1] < 0))[0]
        if not len(negative):
            return mean, scale, w
        active[negative[np.argmin(w[negative])]] = False


def _predict(mean: np.ndarray, scale: np.ndarray, w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(np.hstack([(x - mean) / scale, np.ones((len(x), 1))]) @ w)))


def _out_of_fold(x: np.ndarray, y: np.ndarray, l2: float) -> list[np.ndarray]:
    """Each row's probability from a model fitted without its fold (stratified), per repetition."""
    out = []
    for seed in range(CV_REPEATS):
        rng = np.random.default_rng(seed)
        folds = np.zeros(len(y), dtype=int)
        for label in (0.0, 1.0):
            idx = np.where(y == label)[0]
            rng.shuffle(idx)
            folds[idx] = np.arange(len(idx)) % CV_FOLDS
        p = np.zeros(len(y))
        for f in range(CV_FOLDS):
            p[folds == f] = _predict(*_train(x[folds != f], y[folds != f], l2), x[folds == f])
        out.append(p)
    return out


def _cv_loss(x: np.ndarray, y: np.ndarray, l2: float) -> float:
    """Class-balanced out-of-fold log loss."""
    losses = []
    for p in _out_of_fold(x, y, l2):
        p = np.clip(p, 1e-9, 1 - 1e-9)
        losses.append(0.5 * -np.log(p[y == 1]).mean() + 0.5 * -np.log(1 - p[y == 0]).mean())
    return float(np.mean(losses))


def _newton(z: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float) -> np.ndarray:
    """Weighted L2 logistic regression; the last column is the bias (not penalized)."""
    w = np.zeros(z.shape[1])
    ridge = np.diag([l2] * (z.shape[1] - 1) + [0.0])
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (weight * (p - y)) + ridge @ w
        hess = (z * (weight * p * (1 - p))[:, None]).T @ z + ridge
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def _threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The lowest threshold (fewest false "not found") that keeps false answers to `none`
    questions within MAX_FALSE_ANSWER; the midpoint between neighbouring probabilities."""
    values = np.unique(p)
    cuts = np.concatenate([[0.0], (values[:-1] + values[1:]) / 2, [1.0]])
    negatives = max(int((y == 0).sum()), 1)
    for cut in cuts:
        if ((p >= cut) & (y == 0)).sum() / negatives <= MAX_FALSE_ANSWER:
            return float(cut)
    return 1.0


def report(label: str, rows, decide) -> str:
    answerable = [r for r in rows if r[2]]
    unanswerable = [r for r in rows if not r[2]]
    answered = sum(decide(r) for r in answerable)
    abstained = sum(not decide(r) for r in unanswerable)
    n = len(rows)
    return (f"{label:<26} n={n:<4} accuracy {(answered + abstained) / max(n, 1):.3f}  "
            f"answerable answered {answered}/{len(answerable)} (false not-found {1 - answered / max(len(answerable), 1):.3f})  "
            f"none abstained {abstained}/{len(unanswerable)} (false answer {1 - abstained / max(len(unanswerable), 1):.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("questions", nargs="*", type=Path, default=[DEFAULT_SET, EXTRA_CALIB],
                    help="question files: the labeled set, then extra calibration files "
                         "(default: the project's set and bench/abstain_calib.jsonl)")
    ap.add_argument("--write", action="store_true", help="store the fitted models in retrieval/confidence.json")
    ap.add_argument("--show", action="store_true",
                    help="print the calibration questions the fitted rule gets wrong (held-out ones stay unseen)")
    args = ap.parse_args()
    missing = [p for p in args.questions if not p.is_file()]
    if missing:
        sys.exit(f"no question file at {', '.join(map(str, missing))}")
    questions = [q | ({"source": "extra"} if n else {})
                 for n, p in enumerate(args.questions)
                 for q in map(json.loads, filter(str.strip, p.read_text(encoding="utf-8").splitlines()))
                 if q.get("type") in TYPES and "q" in q and not DECIDED_BEFORE & set(q.get("tags", ()))]
    rows = evidence({"fused": load_bot(Settings()), "bm25": load_bot(Settings(), dense=False)}, questions)
    models, ridges = {}, {}
    for mode, names in FEATURES.items():
        calib = [r for r in rows[mode] if split_of(r[0]) == "calib"]
        models[mode], ridges[mode] = fit(calib, names)
    current = None
    try:
        current = load_models()
    except (OSError, ValueError):
        pass
    print(f"{' + '.join(p.name for p in args.questions)}: {len(questions)} topic/attribute/none questions, {len(rows['fused'])} of them "
          "reach the rule (the others are decided before it); fitted on split=calib")
    for mode, model in models.items():
        print(f"\n[{mode}] weights " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(model.names, model.weights))
              + f", bias {model.bias:+.2f}, threshold {model.threshold:.3f} (ridge {ridges[mode]:g}, by cross-validation)")
        for split in ("calib", "heldout"):
            part = [r for r in rows[mode] if split_of(r[0]) == split]
            print(report(f"fitted  {split}", part, lambda r, m=model: r[1] is not None and m.answers(r[1])))
            if args.show and split == "calib":
                for q, f, answerable in part:
                    p = model.probability(f) if f is not None else 0.0
                    if (p >= model.threshold) != answerable:
                        print(f"   {'false not-found' if answerable else 'false answer':<15} p={p:.2f} {q['q']}  "
                              + " ".join(f"{k}={v:.2f}" for k, v in (f or {}).items()))
            if current is not None:
                print(report(f"current {split}", part,
                             lambda r, m=current[mode]: r[1] is not None and m.answers(r[1])))
    if args.write:
        path = ROOT / "retrieval" / "confidence.json"
        data = {"fitted_on": " + ".join(p.name for p in args.questions) + ", split=calib", "models": {m: v.to_json() for m, v in models.items()}}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
