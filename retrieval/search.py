"""Hybrid retrieval over measures: BM25 (rank-bm25) and embeddings, fused by reciprocal rank.

Structured questions never come here: filters give complete lists. This ranks content.  The
question's staff words are bridged to plan words (`lexicon.py`): the bridge terms join the BM25
query at a lower weight and count when judging how much of the question a measure covers.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, Protocol

import numpy as np
from rank_bm25 import BM25Plus
from stopwordsiso import stopwords

from planbot.index.models import Measure

from .asks import asked, unstated
from .fusion import reciprocal_rank_fusion
from .glossary import Glossary
from .kinds import members_of_kinds, typed_as_noun
from .lexicon import Bridge, Lexicon, mine_definitions
from .synonyms import Thesaurus
from .tokenize import Tokenizer, fold
from .typos import Homophones

Mode = Literal["fused", "bm25", "dense"]
DEPTH = 50  # how deep each ranking goes into fusion
BRIDGE_WEIGHT = 0.5  # a bridge term's BM25 weight relative to a word the user typed
LEAD_MARGIN = 0.3  # how much more of the question a lower fused hit must hold to lead
BM25_PEEK = 3  # how many of BM25's first hits may lead that way though fusion ranked them lower
KIND_MIN_IDF = 3.0  # a kind named for its members (这些城市家具) that more measures print (工程, 设施) names nothing in particular
COMMON_WORD = 20  # jieba frequency from which a word is a word of its own, not a slip (秸杆 5, 公式 1158)
# Words that only place what is asked (家里, 楼下, 河边, 家门口, 我家, 咱村): a pronoun before the
# thing or a localizer after it.  Such a word no measure prints is read as its stem, so a complaint
# framed from where the speaker stands is not taken for a topic the plans leave out.
PRONOUNS = ("我们", "咱们", "我", "咱", "俺")
LOCALIZERS = ("门口", "里", "上", "下", "边", "旁")
# Everyday suffixes on a plan word (草甸子, 沟儿, 管子): a word no measure prints read without
# one when what is left is a word the plans print.
SUFFIXES = ("子", "儿")
# Adverbs of manner that complaints glue to their verb (乱堆, 乱放, 瞎挖): jieba keeps many such pairs
# as dictionary words, which no plan prints (the plans say 违规/违法 elsewhere in the sentence), so
# they counted as a subject the plans leave out; the verb is what was done.
MANNER = ("乱", "瞎")
# Aspect particles jieba's dictionary keeps glued to their verb (关了, 出过): the verb is what was asked.
ASPECT = ("了", "过")
# One-character adverbs (再减, 不换, 老高, 先试) and complements of result or degree (冲到, 抽多,
# 变差) that speech and jieba glue to a one-character verb or adjective: a two-character "word" no
# plan prints, read as the verb (a plan word, 老旧 or 达到, is printed and stays).
GLUED_BEFORE = frozenset("再不没老先还也又才太挺")
GLUED_AFTER = frozenset("到多完差掉")
# A well-kept general Chinese stop-word list (stopwords-iso zh: 有的, 当地, 哪里, 别的, 一样, 还是…):
# such a word the plans never print frames a question, it is not a subject they leave out, so it
# weighs nothing when judging coverage and what is absent.  One the plans print (替代, 结果, 依据;
# 边 in 周边) stays a content word: a measure holding it is evidence.  BM25 is not changed.
GENERAL_STOP_WORDS = frozenset(map(fold, stopwords("zh")))


class QueryEncoder(Protocol):
    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...


def measure_fields(m: Measure) -> str:
    """What BM25 indexes for a measure: its words, its place in the plan, and its units."""
    parts = [m.text, m.task, m.subsection, m.section, m.plan_title, " ".join(m.lead + m.responsible + m.assist)]
    return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Hit:
    """One ranked measure and the evidence the confidence rule reads (retrieval/confidence.py)."""

    index: int  # position in the retriever's measure list
    score: float  # fused (or single-ranking) score, only comparable within one query
    bm25_rank: int | None
    dense_rank: int | None
    coverage: float  # share of the query's idf weight found in this measure (bridge words count)
    bm25_share: float = 0.0  # BM25 score over what a measure holding every query term once would get
    dense_z: float = 0.0  # cosine to the question in standard deviations above the candidates' mean
    absent: float = 0.0  # share of the question's weight in real words no measure prints (食堂, 电动自行车)
    ask_missing: bool = False  # the question asks a kind of information (a number, phone, fee, …) this measure does not state


@dataclass(frozen=True)
class QueryTerms:
    """A question's words as the rankers use them."""

    tokens: tuple[str, ...]  # the words typed (a placing word no measure prints as its stem)
    weights: dict[str, float]  # BM25 query terms: typed words 1 per occurrence, bridge terms less
    alternatives: dict[str, tuple[frozenset[str], ...]]  # typed word -> word sets that also cover it
    dense_text: str  # what the embedding model encodes
    text: str = ""  # the question as given (what it asks for: a number, a phone, …)
    words: tuple[str, ...] = ()  # the words typed, as the tokenizer cut them (for quoting the sentence that answers)
    side_by_side: tuple[tuple[str, str], ...] = ()  # words typed with nothing between them (森林|防火)
    synonyms: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)  # typed word -> thesaurus
    # synonyms that cover it in a measure printing one: for that measure's coverage only, never
    # evidence that the plans print the word (登录 = 报到 somewhere is no sign they speak of logins)


class Retriever:
    def __init__(
        self,
        measures: Sequence[Measure],
        tokenizer: Tokenizer,
        vectors: np.ndarray | None = None,
        encoder: QueryEncoder | None = None,
        lexicon: Lexicon | None = None,
        doc_tokens: Sequence[list[str]] | None = None,
        synonym_groups: Iterable[Sequence[str]] | None = None,
    ):
        """`lexicon`: the vocabulary bridge; by default the bundled table plus the terms these
        measures define (挥发性有机物（VOCs））. `doc_tokens`: each measure's tokens as ingest
        stored them (else they are cut here).  `synonym_groups`: the thesaurus's groups, by
        default 同义词词林's (`synonyms.py`)."""
        self.measures = list(measures)
        self.tokenizer = tokenizer
        self.lexicon = lexicon if lexicon is not None else default_lexicon(tuple(m.text for m in self.measures))
        self._target_tokens = lru_cache(maxsize=4096)(lambda t: frozenset(self.tokenizer.tokens(t)))
        if doc_tokens is None:
            doc_tokens = [tokenizer.document_tokens(measure_fields(m)) for m in self.measures]
        self.doc_tokens = list(doc_tokens)
        self.doc_sets = [set(t) for t in self.doc_tokens]
        self._parts = lru_cache(maxsize=4096)(self._compound_parts)  # a compound's sub-words, cut once per word
        self._texts = [fold(m.text) for m in self.measures]  # for abbreviations (危废 = 危险废物)
        # once per index, so that no question word scans every measure: the texts joined ("is
        # this printed anywhere"), every two adjacent characters printed (a word with a pair no
        # measure has is printed nowhere: most words tried are), the measures of each character
        self._all_text = "\n".join(self._texts)
        self._pairs = {text[i:i + 2] for text in self._texts for i in range(len(text) - 1)}
        self._char_measures: dict[str, set[int]] = {}
        for n, text in enumerate(self._texts):
            for c in set(text):
                self._char_measures.setdefault(c, set()).add(n)
        # BM25Plus: BM25Okapi gives zero or negative idf to terms in half the documents of a
        # corpus this small, so common-but-relevant words would count against a measure.
        self.bm25 = BM25Plus(self.doc_tokens)
        self._doc_len = np.array(self.bm25.doc_len)  # for `_bm25`, made once
        n = len(self.measures)
        self.postings = _postings(self.doc_sets)  # word -> measures that have it, in order
        self.idf = {t: math.log(1 + n / len(ids)) for t, ids in self.postings.items()}
        self.framing = frozenset(w for w in GENERAL_STOP_WORDS if not self.mentions(w))  # ones no measure prints
        self.homophones = Homophones(self.idf, lambda w: tokenizer.frequency(w) >= COMMON_WORD)
        self.thesaurus = Thesaurus(self.idf, synonym_groups)
        self.glossary = Glossary(lambda w: w in self.idf or self.mentions(w))
        self.unseen_idf = math.log(1 + n)
        self.vectors = vectors
        self.encoder = encoder if vectors is not None else None
        # a compare question ranks once per side, and chats repeat questions: encode each text once
        self.query_vector = lru_cache(maxsize=1024)(self._encode_query)

    def prepare(self) -> None:
        """Load what the first question would wait for (the thesaurus, the English dictionary: 2 s),
        so that a server answers its first English question as fast as the rest."""
        self.thesaurus.index()
        self.glossary.dictionary()

    def _encode_query(self, text: str) -> np.ndarray:
        return self.encoder.encode_queries([text])[0]

    @property
    def has_dense(self) -> bool:
        return self.encoder is not None

    def terms(self, text: str) -> QueryTerms:
        """The typed words, and the plan words the question's staff words stand for."""
        words, cuts = self.tokenizer.tokens_and_boundaries(text)
        tokens = tuple(map(self._stem, words))
        weights: dict[str, float] = {}
        for t in tokens:
            weights[t] = weights.get(t, 0.0) + 1.0
        alternatives: dict[str, list[frozenset[str]]] = {}
        targets: list[str] = []
        typed = set(tokens)
        folded = fold(text)
        spans = _spans(folded, tokens)
        bridges = self.lexicon.find(text)
        bridges += self._split_words(folded, cuts, [(b.start, b.end) for b in bridges])
        bridges += self.homophones.find(folded, cuts, [(b.start, b.end) for b in bridges])  # 秸杆 -> 秸秆
        # an English word's renderings (drills -> 演练) only judge coverage and absence: an English
        # word has too many senses to rank by
        judged = self.glossary.find(folded, typed, [(b.start, b.end) for b in bridges])
        # a thesaurus synonym of a typed content word (胡同 -> 街巷) only judges a measure's coverage:
        # its senses are looser still, and asking words (多少, 牵头) are no content words
        synonyms = {b.word: tuple(map(self._target_tokens, b.targets))
                    for b in self.thesaurus.find(folded, cuts, [(b.start, b.end) for b in bridges + judged])
                    if b.word in typed}
        for bridge in bridges + judged:
            sets = [self._target_tokens(target) for target in bridge.targets]
            for t, (start, end) in zip(tokens, spans):
                if any(t in s for s in sets):
                    continue  # the entry keeps this part as itself (烧秸秆 -> 秸秆, 露天焚烧): 焚烧 stands for 烧 only
                # a word typed inside the staff word, or cut across its edge (白蛾|子 -> 白|蛾子,
                # 烧树叶|子 -> 烧|树叶子): the staff word's plan words cover it
                if t in bridge.word or bridge.word in t or (start < bridge.end and bridge.start < end):
                    # a target made only of words typed anyway (烧秸秆 -> 秸秆) stands for nothing
                    # more: it must not let any 秸秆 measure cover the 烧 of 烧秸秆
                    alternatives.setdefault(t, []).extend(s for s in sets if s and not s <= typed)
            if bridge in judged:
                continue
            targets += bridge.targets
            for word in set().union(*sets) - set(tokens):
                weights[word] = max(weights.get(word, 0.0), BRIDGE_WEIGHT)
        for member, kind in self._members(folded, tokens, words, spans).items():
            alternatives.setdefault(member, []).append(kind)  # 护栏、座椅这些城市家具: 城市家具 covers 护栏
        dense_text = f"{text} {' '.join(dict.fromkeys(targets))}" if targets else text
        pairs = tuple((a, b) for (a, (_, end)), (b, (start, _)) in zip(zip(tokens, spans), zip(tokens[1:], spans[1:]))
                      if end == start >= 0)
        return QueryTerms(tokens, weights, {t: tuple(a) for t, a in alternatives.items()}, dense_text, text,
                          tuple(words), pairs, synonyms)

    def _members(self, folded: str, tokens: Sequence[str], words: Sequence[str],
                 spans: Sequence[tuple[int, int]]) -> dict[str, frozenset[str]]:
        """Members typed for a kind (`kinds.py`) whose kind the measures print together in few
        places: a kind as common as 工程 covers no member."""
        found = members_of_kinds(folded, tokens, spans, lambda i: typed_as_noun(words[i]))
        n = len(self.measures)
        out = {}
        for member, kind in found.items():
            holding = set.intersection(*(set(self.postings.get(t, ())) for t in kind))
            if holding and math.log(1 + n / len(holding)) >= KIND_MIN_IDF:
                out[member] = kind
        return out

    def _split_words(self, folded: str, cuts: Collection[int], taken: Sequence[tuple[int, int]]) -> list[Bridge]:
        """Two-character plan words that speech splits with a particle or a measure word (督着办 =
        督办, 罚了款 = 罚款, 排过污 = 排污, 执个法 = 执法): the second part cut off on its own, so
        查了处理 (处理 a word of its own) is not 查处."""
        return [Bridge(folded[m.start():m.start() + 3], m.start(), m.start() + 3, (m[1] + m[2],))
                for m in _SPLIT_WORD.finditer(folded)
                if m[1] + m[2] in self.idf and self.tokenizer.knows(m[1] + m[2])
                and {m.start() + 2, m.start() + 3} <= cuts
                and not any(m.start() < end and start < m.start() + 3 for start, end in taken)]

    def _stem(self, token: str) -> str:
        """A placing word no measure prints, without its pronoun and localizer (家里 -> 家, 我家 ->
        家, 家门口 -> 家); a plan word with an everyday suffix, without it (草甸子 -> 草甸); any
        other word, or one that is nothing but a place (门口), as typed; a verb with a manner adverb
        glued on (乱堆 -> 堆), an aspect particle (关了 -> 关), or, on a one-character verb, an adverb or
        a complement (再减 -> 减, 冲到 -> 冲), without it."""
        if token in self.idf or not _CJK_WORD.fullmatch(token):
            return token
        if len(token) >= 2 and token.startswith(MANNER):
            return token[1:]
        if len(token) >= 2 and token.endswith(ASPECT):
            return token[:-1]
        if len(token) == 2 and (token[0] in GLUED_BEFORE or token[1] in GLUED_AFTER) \
                and token not in self.lexicon.entries:  # a staff word (先用 = 优先) means what its bridge says
            return token[1] if token[0] in GLUED_BEFORE else token[0]
        if len(token) >= 3 and token.endswith(SUFFIXES) and token[:-1] in self.idf:
            return token[:-1]
        stem = next((token[len(p):] for p in PRONOUNS if token.startswith(p)), token)
        stem = next((stem[: -len(s)] for s in LOCALIZERS if stem.endswith(s)), stem)
        return stem or token

    def coverage(self, query: Sequence[str] | QueryTerms, index: int) -> float:
        """Idf-weighted share of the question's words that the measure holds, itself or through a
        bridge term (unknown words weigh most: 食堂, 开饭 are evidence the plans do not say)."""
        terms = query if isinstance(query, QueryTerms) else QueryTerms(tuple(query), {}, {}, "")
        doc = self.doc_sets[index]
        weights = self._weights(terms, bridged=False)
        total = sum(weights.values())
        if total == 0:
            return 0.0
        text = self._texts[index]
        covered = sum(w for t, w in weights.items()
                      if t in doc or any(alt <= doc or all(a in text for a in alt)
                                         for alt in terms.alternatives.get(t, ()) + terms.synonyms.get(t, ()))
                      or self._short_form(t, text) or self._printed_apart(t, doc))
        return covered / total

    def _printed_apart(self, token: str, doc: set[str]) -> bool:
        """A compound the measure prints apart (黑臭水体 -> "黑臭、劣Ⅴ类…的水体", 施工扬尘 -> "施工…扬尘"):
        those of its dictionary sub-words that are the measure's words spell every character of it
        (jieba's overlapping cuts of 黑臭水体 include 臭水, which no measure about 黑臭…水体 needs)."""
        parts = self._parts(token)
        return bool(parts) and _spells(token, [w for w in parts if w in doc])

    def _compound_parts(self, token: str) -> tuple[str, ...]:
        pieces = [w for w in self.tokenizer.document_tokens(token) if w != token and len(w) > 1]
        return tuple(pieces) if _spells(token, pieces) else ()

    def _short_form(self, token: str, text: str) -> bool:
        """A word jieba does not know (捕鸟, 医废) that shortens a phrase of the measure; a real
        word the measure does not print (自行车, 食堂) stays uncovered, evidence it is not asked."""
        return not self.tokenizer.knows(token) and _abbreviates(token, text)

    def absent(self, terms: QueryTerms, candidates: Sequence[int] | None = None) -> float:
        """Share of the question's weight in dictionary words that no measure prints and no bridge
        term stands for: the plans cannot answer about 食堂 or 电动自行车, however close the rest is.
        With `candidates` (the plans in scope), a word only another plan prints is absent too:
        a question scoped to 门头沟 about 充电桩 is not answered by 大兴's 2021 充电 measure."""
        pool = None if candidates is None or len(candidates) == len(self.measures) else set(candidates)

        def printed(word: str) -> bool:
            """A word of the plans (one measure has it as a word) printed in a plan in scope, as a
            word or cut otherwise there (垃圾焚烧 inside 生活垃圾焚烧)."""
            return word in self.postings and self.prints(word, pool)

        def coined(word: str) -> bool:
            """A word outside jieba's dictionary (摇号, 飞线) that is no piece of a word the plans
            print (卖散|煤: 散煤) and shortens no phrase of theirs (捕鸟, 医废): a name they do not use."""
            if not _CJK_WORD.fullmatch(word):
                return False

            def known(w: str) -> bool:
                return w in self.idf or self.tokenizer.knows(w) or self.mentions(w)

            return not _glued(word, terms.tokens, known, self.tokenizer.knows) and not self._shortens(word)

        weights = self._weights(terms)
        total = sum(weights.values())
        gone = {t for t in weights
                if len(t) >= 2 and (t in self.idf or self.tokenizer.knows(t) or coined(t) or self.glossary.knows(t))
                and not printed(t)
                and not any(alt and all(self.prints(a, pool) for a in alt) for alt in terms.alternatives.get(t, ()))}
        gone |= self._split_compounds(terms, pool) | self._unprinted_pairs(terms)
        missing = sum(weights[t] for t in gone)
        if total and missing < total and not any(self._anchors(t, terms, pool) for t in weights):
            return 1.0  # not one word in common with the plans in scope: only a cosine links them
        return missing / total if total else 0.0

    def _split_compounds(self, terms: QueryTerms, pool: set[int] | None) -> set[str]:
        """Of two words typed side by side that jieba cut from one everyday compound (森林|防火,
        环保|袋) and that the plans print only apart (森林 in a greening measure, 防火 in a list
        of coatings), the rarer: the thing asked about is the compound, and no plan in scope
        names it.  Words a bridge stands for, and pairs some measure prints together, are not;
        nor a single character before a word (村|污水): it places the word rather than naming it."""
        out = set()
        for a, b in terms.side_by_side:
            if len(a) < 2 or terms.alternatives.get(a) or terms.alternatives.get(b):
                continue
            ids_a, ids_b = set(self.postings.get(a, ())), set(self.postings.get(b, ()))
            if pool is not None:
                ids_a, ids_b = ids_a & pool, ids_b & pool
            if ids_a and ids_b and not ids_a & ids_b:
                out.add(a if len(ids_a) < len(ids_b) else b)
        return out

    def _unprinted_pairs(self, terms: QueryTerms) -> set[str]:
        """Single characters typed side by side that no measure prints anywhere and no bridge
        stands for (噁|英 of 二噁英, a name jieba cut into characters): one such character may be a
        slip or a framing word (晚, 跳), two together are a word the plans do not use."""
        def unprinted(c: str) -> bool:
            return len(c) == 1 and "\u4e00" <= c <= "\u9fff" and c not in self._char_measures \
                and not terms.alternatives.get(c) and c not in self.framing  # 哪 frames, it names nothing

        return {c for pair in terms.side_by_side if all(map(unprinted, pair)) for c in pair}

    def _anchors(self, token: str, terms: QueryTerms, pool: set[int] | None) -> bool:
        """Does a plan in scope print this word of the question, in any cut (煤 inside 燃煤), as a
        short form (危废), or through a bridge term?  English words no bridge term stands for
        (subway, annual leave) and characters no plan has (猫, 狗) are what a question sharing
        nothing with the plans is made of; the embeddings still rank some measure first for it."""
        if self.prints(token, pool) or (not self.tokenizer.knows(token) and self._shortens(token, pool)):
            return True
        return any(alt and all(self.prints(a, pool) for a in alt) for alt in terms.alternatives.get(token, ()))

    def prints(self, word: str, pool: Collection[int] | None = None) -> bool:
        """Does a measure (of `pool`, the plans in scope; any by default) print `word`: as one of
        its words, or inside a longer one (煤 inside 燃煤)?"""
        ids = self.postings.get(word, ())
        if ids and (pool is None or any(i in pool for i in ids)):
            return True
        return self.mentions(word) if pool is None else any(word in self._texts[i] for i in self._holding(word, pool))

    def mentions(self, word: str) -> bool:
        """Does any measure's text (folded) hold `word`, in any cut?  Most words asked about are
        in none, and have a pair of characters no measure has: those are answered without a scan."""
        if any(word[i:i + 2] not in self._pairs for i in range(len(word) - 1)):
            return False
        return word in self._all_text

    def _shortens(self, word: str, pool: Collection[int] | None = None) -> bool:
        """Is `word` a short form (危废) of a phrase some measure of `pool` (any by default) prints?"""
        return any(_abbreviates(word, self._texts[i]) for i in self._holding(word, pool))

    def _holding(self, word: str, pool: Collection[int] | None = None) -> set[int]:
        """The measures (of `pool`) whose text has every character of `word`: the only ones that
        can print it or shorten a phrase of theirs into it."""
        if not word:
            return set(range(len(self._texts)) if pool is None else pool)
        rarest, *rest = sorted((self._char_measures.get(c, set()) for c in set(word)), key=len)
        held = rarest.intersection(*rest)
        return held if pool is None else held.intersection(pool)

    def _weights(self, terms: QueryTerms, bridged: bool = True) -> dict[str, float]:
        """Each typed word's weight as evidence, so that the subject of a complaint no plan names
        (烧烤, 鸽子) outweighs its framing words.  A staff word the plans print only through a
        bridge weighs what the plan word it stands for weighs (半夜 -> 夜间, 太吵 -> 噪声: common;
        炮仗 -> 烟花爆竹: rare), when judging what share is `absent` (`bridged`; coverage keeps a
        staff word's own weight, as lowering it cost answerable questions their answer); a single
        character weighs by the measures printing it anywhere (村 in 农村, 店 in 青云店), not by the
        few that jieba cut it out alone in; a general stop word no measure prints (`framing`: 别的,
        一样) weighs nothing."""
        weights = {}
        for t in set(terms.tokens) - self.framing:
            weight = self._weight(t)
            if bridged and t not in self.idf and (alternatives := [a for a in terms.alternatives.get(t, ()) if a]):
                weight = min(weight, max(max(self.idf.get(w, self.unseen_idf) for w in a) for a in alternatives))
            elif len(t) == 1 and t in self.idf:
                weight = min(weight, math.log(1 + len(self._texts) / max(1, len(self._char_measures.get(t, ())))))
            weights[t] = weight
        return weights

    def _weight(self, token: str) -> float:
        """A word's idf; a word no measure has weighs most, unless it is a single character or a
        fragment outside jieba's dictionary (子, 来查): those are weak evidence either way."""
        if token in self.idf:
            return self.idf[token]
        return self.unseen_idf if len(token) >= 2 and self.tokenizer.knows(token) else self.unseen_idf / 2

    def _bm25(self, weights: dict[str, float], ids: list[int]) -> np.ndarray:
        """Weighted BM25Plus: Σ weight × the term's score, so a bridge term counts less than a typed
        word.  rank-bm25's formula and fitted statistics, as its get_batch_scores computes them, but
        without rebuilding the corpus's length array and checking every id for each term."""
        bm = self.bm25
        length_norm = bm.k1 * (1 - bm.b + bm.b * self._doc_len[ids] / bm.avgdl)
        at = {doc: n for n, doc in enumerate(ids)}
        scores = np.zeros(len(ids))
        for term, weight in weights.items():
            freq = np.zeros(len(ids))  # the term's count in each measure: read where the postings have it
            for doc in self.postings.get(term, ()):
                if (n := at.get(doc)) is not None:
                    freq[n] = bm.doc_freqs[doc][term]
            scores += weight * ((bm.idf.get(term) or 0) * (bm.delta + (freq * (bm.k1 + 1)) / (length_norm + freq)))
        return scores

    def _bm25_ceiling(self, weights: dict[str, float]) -> float:
        """The score of a measure of average length holding each query term once (BM25Plus: idf × (δ + 1))."""
        return sum(w * (self.bm25.idf.get(t) or 0.0) * (self.bm25.delta + 1) for t, w in weights.items())

    def search(
        self, query: str | QueryTerms, candidates: Sequence[int] | None = None, k: int = 5, mode: Mode = "fused"
    ) -> list[Hit]:
        """The top `k` of `candidates` (all measures by default) for a question, or for its
        `terms` when the caller ranks one question over several scopes (cut once)."""
        pool = np.arange(len(self.measures)) if candidates is None else np.asarray(list(candidates), dtype=int)
        if pool.size == 0:
            return []
        terms = query if isinstance(query, QueryTerms) else self.terms(query)
        text = terms.text
        if not terms.weights:  # not one word left (marks, a link, stop words): nothing to rank it by
            return []
        bm25_order: list[int] = []
        bm25_share: dict[int, float] = {}
        if mode in ("fused", "bm25"):
            # BM25Plus scores every document above zero: rank only the candidates sharing a word,
            # found through the postings instead of scoring the whole corpus.
            sharing = set().union(*(self.postings.get(t, ()) for t in terms.weights))
            ids = sorted(sharing if candidates is None else sharing.intersection(pool.tolist()))
            if ids:
                scores = self._bm25(terms.weights, ids)
                order = np.argsort(-scores, kind="stable")[:DEPTH]
                bm25_order = [ids[i] for i in order]
                ceiling = self._bm25_ceiling(terms.weights) or 1.0
                bm25_share = {ids[i]: float(scores[i]) / ceiling for i in order}
        dense_order: list[int] = []
        dense_z: dict[int, float] = {}
        if mode in ("fused", "dense") and self.has_dense:
            q = self.query_vector(terms.dense_text)
            # a large pool: score every vector and pick (gathering rows copies them, 150 MB at 100k);
            # a small one (one plan of many): gather its rows, far fewer multiplications
            sims = (self.vectors @ q)[pool] if 4 * pool.size > len(self.vectors) else self.vectors[pool] @ q
            order = np.argsort(-sims, kind="stable")[:DEPTH]
            dense_order = [int(pool[i]) for i in order]
            mean, spread = float(sims.mean()), float(sims.std()) or 1.0
            dense_z = {int(pool[i]): float((sims[i] - mean) / spread) for i in order}
        rankings = {"bm25": [bm25_order], "dense": [dense_order]}.get(mode) or [bm25_order, dense_order]
        fused = reciprocal_rank_fusion(rankings)
        fused_score = dict(fused)
        bm25_rank = {i: r for r, i in enumerate(bm25_order, 1)}
        dense_rank = {i: r for r, i in enumerate(dense_order, 1)}
        absent = self.absent(terms, None if candidates is None else pool.tolist())
        kinds = asked(text)

        def hit(i: int, s: float) -> Hit:
            return Hit(i, s, bm25_rank.get(i), dense_rank.get(i), self.coverage(terms, i), bm25_share.get(i, 0.0),
                       dense_z.get(i, 0.0), absent, unstated(kinds, self.measures[i].text))

        hits = [hit(i, s) for i, s in fused[:k]]
        if hits and bm25_order and hits[0].index != bm25_order[0] and hits[0].coverage < 1.0:
            # the measure BM25 ranks first leads when it holds every word of the question and the
            # fused first does not: a quoted or closely paraphrased measure ("“深入推进农村环境整治”
            # 这条谁负责") that the embeddings rank low is still the one asked about
            first = bm25_order[0]
            lead = hit(first, fused_score[first])
            if lead.coverage >= 1.0:
                hits = [lead] + [h for h in hits if h.index != first][: k - 1]
            elif k > 1 and lead.coverage >= hits[0].coverage and all(h.index != first for h in hits):
                # a short measure (加强对秸秆露天焚烧执法力度) that the embeddings rank far down but
                # that BM25 ranks first and that holds as much of the question as the fused first
                # stays among the hits shown, right after it
                hits = [hits[0], lead] + hits[1 : k - 1]
        if hits:
            # of the fused top and BM25's first few, one that holds clearly more of the question
            # leads (fly ash landfill: the 飞灰填埋量 measure over two that only share 填埋场; a
            # one-line measure the embeddings never rank, 督办 asked as 督着办)
            shown = {h.index for h in hits}
            contenders = hits + [hit(i, fused_score.get(i, 0.0)) for i in bm25_order[:BM25_PEEK] if i not in shown]
            best = max(contenders, key=lambda h: h.coverage)
            if best.coverage - hits[0].coverage >= LEAD_MARGIN:
                hits = [best] + [h for h in hits if h is not best][: k - 1]
            # one of BM25's first few that holds every word of the question, which the embeddings
            # did not rank at all, comes right after the first: fused on one ranking alone it sank
            # below measures sharing a third of the question (道路遗撒: 加大夜间执法…遗撒 under
            # every 道路 measure), where "再来几条" never reached it
            whole = [i for i in bm25_order[:BM25_PEEK] if i not in dense_rank and i != hits[0].index
                     and all(h.index != i for h in hits[1:3])]
            for i in reversed(whole):
                if (extra := hit(i, fused_score.get(i, 0.0))).coverage >= 1.0 and k > 1:
                    hits = [hits[0], extra] + [h for h in hits[1:] if h.index != i][: k - 2]
        return hits


@lru_cache(maxsize=4)
def default_lexicon(texts: tuple[str, ...]) -> Lexicon:
    """The bundled lexicon plus the terms the measures define; mined once per set of texts."""
    return Lexicon.load().merged(mine_definitions(texts))


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
# a character, a particle or measure word, a character: a two-character word split in speech
_SPLIT_WORD = re.compile(r"(?=([\u4e00-\u9fff])[着了过个]([\u4e00-\u9fff]))")
_CLAUSE_BREAK = re.compile(r"[，。；：、,.;:（）()“”\s]")


def _abbreviates(word: str, text: str) -> bool:
    """Is `word` a Chinese short form of a phrase in `text`: its characters in order, within one
    clause, at most three characters between each two (医废 = 医疗废物, 捕鸟 = 捕猎贩卖鸟类,
    住建委 = 住房城乡建设委)?  Staff shorten plan phrases this way faster than a lexicon can list them."""
    if not _CJK_WORD.fullmatch(word):
        return False
    start = text.find(word[0])
    while start >= 0:
        at, ok = start, True
        for ch in word[1:]:
            nxt = text.find(ch, at + 1, at + 5)
            if nxt < 0 or _CLAUSE_BREAK.search(text, at + 1, nxt):
                ok = False
                break
            at = nxt
        if ok:
            return True
        start = text.find(word[0], start + 1)
    return False


def _glued(word: str, tokens: Sequence[str], known: Callable[[str], bool], word_inside: Callable[[str], bool]) -> bool:
    """Does the token share characters with a known word across its edge (卖散|煤 holds 散煤), or
    hold a dictionary word inside it?  Then jieba's guess glued it from pieces of other words.  A
    piece inside it that is only a string some measure prints (长制, cut from 河湖长制, inside 林长制) is
    no word of its own: the token is a name the plans do not use."""
    joined, start = "".join(tokens), 0
    for t in tokens:
        end = start + len(t)
        if t == word:
            spans = ((i, j) for i in range(max(0, start - 3), end)
                     for j in range(max(i + 2, start + 1), min(i + 4, len(joined)) + 1))
            if any((i, j) != (start, end) and (word_inside if start <= i and j <= end else known)(joined[i:j])
                   for i, j in spans):
                return True
        start = end
    return False


def _spans(folded: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Where each token stands in the folded question (tokens come in order; stop words are
    gone, so search on from the last one); (-1, -1) for one not found as typed."""
    out, cursor = [], 0
    for t in tokens:
        start = folded.find(t, cursor)
        if start < 0:
            out.append((-1, -1))
            continue
        out.append((start, start + len(t)))
        cursor = start + len(t)
    return out


def _postings(doc_sets: Sequence[set[str]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for n, terms in enumerate(doc_sets):
        for t in terms:
            out.setdefault(t, []).append(n)
    return out


def _spells(token: str, pieces: Sequence[str]) -> bool:
    """Whether the pieces, each where it first occurs in the token, cover every character of it."""
    spelled = {i for w in pieces for at in [token.find(w)] if at >= 0 for i in range(at, at + len(w))}
    return len(spelled) == len(token)
