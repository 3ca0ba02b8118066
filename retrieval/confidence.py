"""Do the plans answer this question?  A calibrated rule over the evidence of both rankers.

e5 cosines bunch between 0.8 and 0.93, so no fixed similarity threshold decides relevance, and
word coverage alone rejects questions asked in staff's words.  The rule reads the best hit's
evidence (coverage with bridge words, BM25 score share, how far its cosine stands out of the
candidates, where each ranker put it, the fused margin to the runner-up) through a logistic
model fitted on the calibration half of the project's question set by `bench/fit_confidence.py`;
the fitted parameters live in `confidence.json` (one model with embeddings, one BM25-only).
"""
from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .search import Hit

# Used by the compare answer to pick one fact per side (a floor on shared words, and "both
# rankers put it near the top").
LOW_COVERAGE = 0.30
AGREE_RANK = 3

# The features each model is fitted on.  The margin to the runner-up and the BM25 rank added
# nothing out of fold (the margin came out at zero weight, the rank duplicates bm25_share), so
# they are computed for inspection but not fitted: fewer features, less to overfit.
FEATURES = {
    "fused": ("coverage", "bm25_share", "dense_z", "dense_rr", "present", "asked_ok"),
    "bm25": ("coverage", "bm25_share", "present", "asked_ok"),  # the top BM25 hit always has rank 1
}


def features(hits: Sequence[Hit], dense: bool) -> dict[str, float]:
    """The evidence of one ranking, by name (the model picks the ones it was fitted on)."""
    top = hits[0]
    if dense:  # how far the fused score stands above the runner-up's
        first, second = top.score, hits[1].score if len(hits) > 1 else 0.0
    else:  # one ranking: fused scores are just 1/(60+rank), so compare the BM25 scores
        first, second = top.bm25_share, hits[1].bm25_share if len(hits) > 1 else 0.0
    return {
        "coverage": top.coverage,
        "bm25_share": min(top.bm25_share, 2.0),
        "dense_z": top.dense_z if dense else 0.0,
        "bm25_rr": 1.0 / top.bm25_rank if top.bm25_rank else 0.0,
        "dense_rr": 1.0 / top.dense_rank if top.dense_rank else 0.0,
        "margin": (first - second) / first if first > 0 else 0.0,
        "present": 1.0 - top.absent,  # as evidence for answering, like the others
        "asked_ok": 0.0 if top.ask_missing else 1.0,  # 充电桩建多少个, 电话多少 vs a measure stating none (asks.toml)
    }


class ConfidenceModel:
    """Logistic regression over standardized features; answer when p ≥ threshold."""

    def __init__(self, names: Sequence[str], mean: Sequence[float], scale: Sequence[float],
                 weights: Sequence[float], bias: float, threshold: float):
        if not (len(names) == len(mean) == len(scale) == len(weights)):
            raise ValueError("confidence model: names, mean, scale and weights must have one value per feature")
        self.names, self.mean, self.scale = tuple(names), tuple(mean), tuple(scale)
        self.weights, self.bias, self.threshold = tuple(weights), float(bias), float(threshold)

    @classmethod
    def from_json(cls, data: dict) -> ConfidenceModel:
        return cls(data["features"], data["mean"], data["scale"], data["weights"], data["bias"], data["threshold"])

    def to_json(self) -> dict:
        return {"features": list(self.names), "mean": list(self.mean), "scale": list(self.scale),
                "weights": list(self.weights), "bias": self.bias, "threshold": self.threshold}

    def probability(self, values: dict[str, float]) -> float:
        z = self.bias + sum(w * (values[n] - m) / s for n, m, s, w in zip(self.names, self.mean, self.scale, self.weights))
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def answers(self, values: dict[str, float]) -> bool:
        return self.probability(values) >= self.threshold


def load_models(path: str | Path | None = None) -> dict[str, ConfidenceModel]:
    """The fitted models by ranking mode ("fused", "bm25"), from `path` or the bundled file."""
    if path is None:
        text = (resources.files("planbot.retrieval") / "confidence.json").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    try:
        models = json.loads(text)["models"]
        return {mode: ConfidenceModel.from_json(models[mode]) for mode in FEATURES}
    except (KeyError, TypeError, json.JSONDecodeError) as e:
        raise ValueError(f"confidence models in {path or 'confidence.json'}: missing or malformed {e}; "
                         "rerun bench/fit_confidence.py --write") from None


@lru_cache(maxsize=1)
def _bundled() -> dict[str, ConfidenceModel]:
    return load_models()


def confidence(hits: Sequence[Hit], dense: bool, models: dict[str, ConfidenceModel] | None = None) -> float:
    """The probability that the plans answer the question the hits were ranked for."""
    if not hits:
        return 0.0
    return (models or _bundled())["fused" if dense else "bm25"].probability(features(hits, dense))


def is_confident(hits: Sequence[Hit], dense: bool, models: dict[str, ConfidenceModel] | None = None) -> bool:
    """Answer, or say the plans do not answer this?  No hits: the plans share no word with it."""
    if not hits:
        return False
    model = (models or _bundled())["fused" if dense else "bm25"]
    return model.answers(features(hits, dense))
