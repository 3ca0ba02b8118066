"""Hybrid retrieval over measures: BM25 (rank-bm25) and embeddings, fused by reciprocal rank.

Structured questions never come here: filters give complete lists. This ranks content.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Protocol

import numpy as np
from rank_bm25 import BM25Plus

from planbot.index.models import Measure

from .fusion import reciprocal_rank_fusion
from .tokenize import Tokenizer

Mode = Literal["fused", "bm25", "dense"]
DEPTH = 50  # how deep each ranking goes into fusion


class QueryEncoder(Protocol):
    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...


def measure_fields(m: Measure) -> str:
    """What BM25 indexes for a measure: its words, its place in the plan, and its units."""
    parts = [m.text, m.task, m.subsection, m.section, m.plan_title, " ".join(m.lead + m.responsible + m.assist)]
    return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Hit:
    index: int  # position in the retriever's measure list
    score: float  # fused (or single-ranking) score, only comparable within one query
    bm25_rank: int | None
    dense_rank: int | None
    coverage: float  # share of the query's idf weight found in this measure


class Retriever:
    def __init__(
        self,
        measures: Sequence[Measure],
        tokenizer: Tokenizer,
        vectors: np.ndarray | None = None,
        encoder: QueryEncoder | None = None,
        doc_tokens: Sequence[list[str]] | None = None,
    ):
        """`doc_tokens`: each measure's tokens as ingest stored them (else they are cut here)."""
        self.measures = list(measures)
        self.tokenizer = tokenizer
        if doc_tokens is None:
            doc_tokens = [tokenizer.document_tokens(measure_fields(m)) for m in self.measures]
        self.doc_tokens = list(doc_tokens)
        self.doc_sets = [set(t) for t in self.doc_tokens]
        # BM25Plus: BM25Okapi gives zero or negative idf to terms in half the documents of a
        # corpus this small, so common-but-relevant words would count against a measure.
        self.bm25 = BM25Plus(self.doc_tokens)
        n = len(self.measures)
        self.postings = _postings(self.doc_sets)  # word -> measures that have it, in order
        self.idf = {t: math.log(1 + n / len(ids)) for t, ids in self.postings.items()}
        self.unseen_idf = math.log(1 + n)
        self.vectors = vectors
        self.encoder = encoder if vectors is not None else None
        # a compare question ranks once per side, and chats repeat questions: encode each text once
        self.query_vector = lru_cache(maxsize=1024)(self._encode_query)

    def _encode_query(self, text: str) -> np.ndarray:
        return self.encoder.encode_queries([text])[0]

    @property
    def has_dense(self) -> bool:
        return self.encoder is not None

    def coverage(self, query_tokens: Sequence[str], index: int) -> float:
        """Idf-weighted share of the query's words that occur in the measure (unknown words weigh most)."""
        weights = {t: self.idf.get(t, self.unseen_idf) for t in set(query_tokens)}
        total = sum(weights.values())
        if total == 0:
            return 0.0
        return sum(w for t, w in weights.items() if t in self.doc_sets[index]) / total

    def search(
        self, text: str, candidates: Sequence[int] | None = None, k: int = 5, mode: Mode = "fused"
    ) -> list[Hit]:
        pool = np.arange(len(self.measures)) if candidates is None else np.asarray(list(candidates), dtype=int)
        if pool.size == 0:
            return []
        tokens = self.tokenizer.tokens(text)
        bm25_order: list[int] = []
        if mode in ("fused", "bm25") and tokens:
            # BM25Plus scores every document above zero: rank only the candidates sharing a word,
            # found through the postings instead of scoring the whole corpus.
            sharing = set().union(*(self.postings.get(t, ()) for t in set(tokens)))
            ids = sorted(sharing if candidates is None else sharing.intersection(pool.tolist()))
            if ids:
                scores = np.asarray(self.bm25.get_batch_scores(tokens, ids))
                bm25_order = [ids[i] for i in np.argsort(-scores, kind="stable")[:DEPTH]]
        dense_order: list[int] = []
        if mode in ("fused", "dense") and self.has_dense:
            q = self.query_vector(text)
            sims = self.vectors[pool] @ q
            dense_order = [int(pool[i]) for i in np.argsort(-sims, kind="stable")[:DEPTH]]
        rankings = {"bm25": [bm25_order], "dense": [dense_order]}.get(mode) or [bm25_order, dense_order]
        fused = reciprocal_rank_fusion(rankings)
        bm25_rank = {i: r for r, i in enumerate(bm25_order, 1)}
        dense_rank = {i: r for r, i in enumerate(dense_order, 1)}
        return [
            Hit(i, s, bm25_rank.get(i), dense_rank.get(i), self.coverage(tokens, i)) for i, s in fused[:k]
        ]


def _postings(doc_sets: Sequence[set[str]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for n, terms in enumerate(doc_sets):
        for t in terms:
            out.setdefault(t, []).append(n)
    return out
