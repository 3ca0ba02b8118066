"""What a user meets first, measured as real `planbot` processes:

    python bench/bench_start.py [--home DIR] [--runs 3]

ingest of the bundled plans into a fresh index (the converted model is reused from DIR/models,
converting it first if missing), one-shot `planbot ask` wall time and peak RSS, `planbot serve`
time to a 200 from /healthz and its RSS after a few questions, and the model folder on disk.
Figures are medians over `--runs`; nothing is asserted. Other work on the machine skews them:
the 1-minute load average is printed beside them.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PLANBOT = str(Path(sys.executable).with_name("planbot"))


def child_run(args: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, peak RSS MB) of one child process (ru_maxrss of the waited child)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = 0
    return wall, usage.ru_maxrss / 1024


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    return int(status["VmRSS"].split()[0]) / 1024


def serve_once(env: dict) -> tuple[float, float]:
    """(seconds until /healthz answers 200, RSS MB after 10 questions)."""
    port = free_port()
    start = time.perf_counter()
    proc = subprocess.Popen([PLANBOT, "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError("planbot serve exited") from None
                time.sleep(0.02)
        ready = time.perf_counter() - start
        for q in ["渣土车归谁管？", "区水务局牵头哪些措施？", "餐饮油烟怎么治理", "河长制有什么要求", "9月底前要完成什么"] * 2:
            body = json.dumps({"q": q, "scope": {"issuer": "大兴区", "year": 2026}}).encode()
            req = urllib.request.Request(f"http://127.0.0.1:{port}/api/ask", body, {"Content-Type": "application/json"})
            urllib.request.urlopen(req, timeout=30).read()
        return ready, rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, default=Path(os.environ.get("PLANBOT_HOME", ".planbot")),
                        help="where the converted model lives (DIR/models)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    models = args.home.resolve() / "models"
    rows = [("load average (1 min) at start", f"{os.getloadavg()[0]:.2f}")]
    work = Path(tempfile.mkdtemp(prefix="planbot-start-"))
    try:
        env = {**os.environ, "PLANBOT_HOME": str(work)}
        if models.exists():
            (work / "models").symlink_to(models, target_is_directory=True)
        else:  # first conversion: not what this bench measures, but needed
            subprocess.run([PLANBOT, "ingest"], env=env, check=True, capture_output=True)
            (work / "planbot.db").unlink()
        ingests = []
        for _ in range(args.runs):
            (work / "planbot.db").unlink(missing_ok=True)
            ingests.append(child_run([PLANBOT, "ingest"], env))
        rows.append(("planbot ingest, 5 plans with embeddings: wall s / peak RSS MB",
                     f"{statistics.median(w for w, _ in ingests):.1f} / {statistics.median(r for _, r in ingests):.0f}"))
        asks = [child_run([PLANBOT, "ask", "渣土车归谁管？", "--issuer", "大兴区", "--year", "2026"], env)
                for _ in range(args.runs)]
        rows.append(("one-shot planbot ask: wall s / peak RSS MB",
                     f"{statistics.median(w for w, _ in asks):.2f} / {statistics.median(r for _, r in asks):.0f}"))
        serves = [serve_once(env) for _ in range(args.runs)]
        rows.append(("planbot serve: /healthz 200 after s / RSS MB after 10 asks",
                     f"{statistics.median(s for s, _ in serves):.2f} / {statistics.median(r for _, r in serves):.0f}"))
        disk = sum(p.stat().st_size for p in (work / "models").resolve().rglob("*") if p.is_file()) / 1e6
        rows.append(("models folder on disk", f"{disk:.0f} MB ({(work / 'models').resolve()})"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows.append(("load average (1 min) at end", f"{os.getloadavg()[0]:.2f}"))
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
