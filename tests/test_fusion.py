from planbot.retrieval.fusion import reciprocal_rank_fusion


def test_item_in_both_rankings_beats_items_in_one():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]])
    assert [i for i, _ in fused] == ["b", "a", "d", "c"]


def test_scores_are_sums_of_reciprocal_ranks():
    fused = dict(reciprocal_rank_fusion([["x"], ["y", "x"]], k=10))
    assert fused["x"] == 1 / 11 + 1 / 12 and fused["y"] == 1 / 11


def test_ties_keep_first_appearance_and_empty_input():
    assert [i for i, _ in reciprocal_rank_fusion([["a"], ["b"]])] == ["a", "b"]
    assert reciprocal_rank_fusion([]) == [] and reciprocal_rank_fusion([[], []]) == []
