"""Warm ask latency per intent, the bare BM25 lookup for comparison, ingest time with and without
embeddings, embedding throughput, and peak RSS. Run by hand:

    python bench/bench_ask.py [--repeat 20] [--questions ../shared/eval/dev.jsonl] [--busy]

It builds its own index in a temp PLANBOT_HOME (the converted model is reused from
$PLANBOT_HOME/models when present) and prints tables; nothing is asserted.

`--busy` adds why one busy core multiplies p95: the same asks with the machine's other work, then
with one more process spinning on a core, for onnxruntime on 1 or 2 threads and numpy's BLAS
(OpenBLAS) pool on 1 or all cores (threadpoolctl).
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from planbot.config import Settings
from planbot.index.parse import bundled_plans_dir, load_catalog
from planbot.index.store import ingest, plan_files
from planbot.retrieval import prepared
from planbot.retrieval.encoder import Embedder, cores
from planbot.retrieval.query import parse_query
from planbot.runtime import load_bot

from stats import peak_rss_mb, pct  # bench/stats.py

# Questions of every kind, in the users' words (scope: a 大兴区 2026 chat unless given).
OWN_QUESTIONS = [
    ("区水务局牵头哪些措施？", None), ("城管委有哪些任务", None), ("交通支队配合哪些工作", None),
    ("9月底前要完成什么", None), ("区城管委年底前要完成哪些", None), ("长期实施的有哪些", None),
    ("渣土车归谁管？", {"issuer": None, "year": None}), ("秸秆焚烧谁负责", None), ("基坑气膜推广谁牵头？", None),
    ("餐饮油烟怎么治理", None), ("河长制有什么要求", None), ("温室气体清单什么时候完成", None),
    ("门头沟PM2.5目标是多少？", {"issuer": None, "year": None}), ("怀柔区优良天数比率目标", {"issuer": None, "year": None}),
    ("大兴和门头沟的全电工地分别谁牵头", {"issuer": None, "year": None}),
    ("中午食堂几点开饭？", None), ("你好", None), ("更多", None),
]
DAXING = {"issuer": "大兴区", "year": 2026}




def timed_ingest(home: Path, embedder: Embedder | None) -> tuple[float, int]:
    plans = bundled_plans_dir()
    embed = (embedder.name, embedder.encode_passages) if embedder else None
    start = time.perf_counter()
    report = ingest(plan_files([plans]), home / "planbot.db", load_catalog(plans), embed=embed,
                    analyze=(prepared.VERSION, prepared.analyze))
    return time.perf_counter() - start, report.embedded


def dense_text(bot, question: str, scope: dict) -> str:
    """The text an ask of `question` hands the encoder: its content with the lexicon's plan words."""
    content = parse_query(question, scope, bot.today(), bot.units, issuers=bot.issuers).content or question
    return bot.retriever.terms(content).dense_text


def encoding_ms(embedder: Embedder, texts: list[str]) -> list[float]:
    """Milliseconds to encode each text alone, as an ask does."""
    times = []
    for text in texts:
        start = time.perf_counter()
        embedder.encode_queries([text])
        times.append((time.perf_counter() - start) * 1000)
    return times


def _spin() -> None:
    while True:
        pass


def busy_table(home: Path, questions: list[tuple[str, dict]], repeat: int) -> None:
    """p95 of warm asks (every question new to the encoder cache), idle vs one core spinning,
    per thread setting of the two pools that run inside an ask."""
    from threadpoolctl import threadpool_limits

    print(f"\nidle vs one core busy, {repeat} rounds of {len(questions)} questions, p95 ms")
    print(f"  {'onnxruntime threads':<22}{'BLAS threads':<14}{'idle':>8}{'busy':>8}{'busy/idle':>11}")
    for ort_threads in (1, 2):
        bot = load_bot(Settings(home=home), encoder=Embedder.load(None, home / "models", threads=ort_threads))
        for blas in (cores(), 1):
            with threadpool_limits(limits=blas, user_api="blas"):
                figures = []
                for busy in (False, True):
                    spinner = multiprocessing.Process(target=_spin, daemon=True) if busy else None
                    if spinner:
                        spinner.start()
                    try:
                        times = []
                        for _ in range(repeat):
                            for q, s in questions:
                                bot.retriever.query_vector.cache_clear()
                                start = time.perf_counter()
                                bot.ask(q, s)
                                times.append((time.perf_counter() - start) * 1000)
                        figures.append(pct(times, .95))
                    finally:
                        if spinner:
                            spinner.terminate()
                            spinner.join()
                print(f"  {ort_threads:<22}{blas:<14}{figures[0]:>8.1f}{figures[1]:>8.1f}{figures[1] / figures[0]:>10.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--questions", type=Path, default=Path("../shared/eval/dev.jsonl"))
    parser.add_argument("--busy", action="store_true", help="also: idle vs one busy core per thread setting")
    args = parser.parse_args()

    models = Settings().models_dir
    home = Path(tempfile.mkdtemp(prefix="planbot-bench-"))
    try:
        (home / "models").symlink_to(models, target_is_directory=True) if models.exists() else None
        t0 = time.perf_counter()
        embedder = Embedder.load(None, home / "models", threads=1)  # queries: one thread
        load_s = time.perf_counter() - t0
        plain_s, _ = timed_ingest(home / "plain", None)
        embed_s, embedded = timed_ingest(home, Embedder.load(None, home / "models", threads=cores()))
        print("ingest                          seconds")
        print(f"  model load (convert if needed) {load_s:8.2f}")
        print(f"  5 plans, no embeddings         {plain_s:8.2f}")
        print(f"  5 plans, with embeddings       {embed_s:8.2f}   ({embedded / max(embed_s - plain_s, 1e-9):.1f} passages/s)")

        bot = load_bot(Settings(home=home), encoder=embedder)
        questions = [(q, s or DAXING) for q, s in OWN_QUESTIONS]
        if args.questions.is_file():
            questions += [(d["q"], d.get("scope") or {}) for d in map(json.loads, args.questions.read_text().splitlines())]
        for q, s in questions:  # warm up every path once
            bot.ask(q, s)
        by_intent: dict[str, list[float]] = defaultdict(list)
        bm25: list[float] = []
        for _ in range(args.repeat):
            for q, s in questions:
                bot.retriever.query_vector.cache_clear()  # a new question each time, not a cache hit
                start = time.perf_counter()
                answer = bot.ask(q, s)
                by_intent[answer["intent"]].append((time.perf_counter() - start) * 1000)
                tokens = bot.tokenizer.tokens(parse_query(q, s, bot.today(), bot.units, issuers=bot.issuers).content or q)
                start = time.perf_counter()
                bot.retriever.bm25.get_scores(tokens)
                bm25.append((time.perf_counter() - start) * 1000)
        print(f"\nwarm ask, {args.repeat} rounds of {len(questions)} questions (ms)")
        print(f"  {'intent':<14}{'n':>6}{'p50':>9}{'p95':>9}{'max':>9}")
        for intent, values in sorted(by_intent.items()):
            print(f"  {intent:<14}{len(values):>6}{pct(values, .5):>9.2f}{pct(values, .95):>9.2f}{max(values):>9.2f}")
        all_ms = [v for values in by_intent.values() for v in values]
        print(f"  {'all':<14}{len(all_ms):>6}{pct(all_ms, .5):>9.2f}{pct(all_ms, .95):>9.2f}{max(all_ms):>9.2f}")
        print(f"  {'bare BM25':<14}{len(bm25):>6}{pct(bm25, .5):>9.2f}{pct(bm25, .95):>9.2f}{max(bm25):>9.2f}"
              f"   (ask p50 / BM25 p50 = {pct(all_ms, .5) / max(pct(bm25, .5), 1e-9):.0f}x)")
        short_ms = encoding_ms(embedder, ["区水务局牵头哪些措施"] * 100)
        own_ms = encoding_ms(embedder, [dense_text(bot, q, s) for q, s in questions] * args.repeat)
        print("\nquery embedding (1 thread)              p50      p95    ask p95 / (encoding p95 + BM25 p95)")
        for label, q_ms in (("one short question, 100x", short_ms), ("the questions asked above", own_ms)):
            ratio = pct(all_ms, .95) / (pct(q_ms, .95) + pct(bm25, .95))
            print(f"  {label:<34}{pct(q_ms, .5):>8.2f}{pct(q_ms, .95):>9.2f}    {pct(all_ms, .95):.2f} / "
                  f"({pct(q_ms, .95):.2f} + {pct(bm25, .95):.2f}) = {ratio:.2f}")
        print(f"peak RSS {peak_rss_mb():.0f} MB")
        if args.busy:
            busy_table(home, questions, max(1, args.repeat // 4))
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
