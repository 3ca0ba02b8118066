"""The fitted confidence models: the bundled file, its shape, and what its weights say."""
import json

import pytest

from planbot.retrieval.confidence import FEATURES, ConfidenceModel, confidence, features, load_models
from planbot.retrieval.search import Hit


def test_bundled_models_cover_both_modes_with_their_features():
    models = load_models()
    assert set(models) == set(FEATURES)
    for mode, model in models.items():
        assert model.names == FEATURES[mode]
        assert 0.0 < model.threshold < 1.0


@pytest.mark.parametrize("mode", list(FEATURES))
def test_more_evidence_never_lowers_confidence(mode):
    model = load_models()[mode]
    base = {n: 0.0 for n in model.names} | {"bm25_rr": 1.0, "bm25_share": 0.8, "present": 1.0, "asked_ok": 1.0}
    ps = [model.probability(base | {"coverage": c}) for c in (0.0, 0.3, 0.6, 1.0)]
    assert ps == sorted(ps) and ps[-1] > ps[0]
    assert all(w >= 0 for w in model.weights)


def test_features_of_a_ranking():
    hits = [Hit(0, 0.032, 1, 2, 0.8, 1.1, 3.5, 0.25, True), Hit(1, 0.016, None, 1, 0.2, 0.55, 3.9, 0.25)]
    f = features(hits, dense=True)
    assert f == {"coverage": 0.8, "bm25_share": 1.1, "dense_z": 3.5, "bm25_rr": 1.0, "dense_rr": 0.5, "margin": 0.5,
                 "present": 0.75, "asked_ok": 0.0}
    assert features(hits, dense=False)["dense_z"] == 0.0
    assert features(hits, dense=False)["margin"] == 0.5  # BM25 alone: the BM25 scores' margin
    assert confidence([], dense=True) == 0.0


def test_round_trip_and_bad_files(tmp_path):
    model = ConfidenceModel(("coverage",), (0.5,), (0.2,), (2.0,), 0.1, 0.4)
    again = ConfidenceModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again.probability({"coverage": 0.9}) == model.probability({"coverage": 0.9})
    with pytest.raises(ValueError, match="one value per feature"):
        ConfidenceModel(("coverage", "margin"), (0.5,), (0.2,), (2.0,), 0.0, 0.5)
    broken = tmp_path / "confidence.json"
    broken.write_text('{"models": {"fused": {}}}', encoding="utf-8")
    with pytest.raises(ValueError, match="fit_confidence"):
        load_models(broken)
