"""Load test of `POST /api/ask`: the app in a child process on 127.0.0.1, concurrent clients here.

The server runs in its own process so its RSS is the server's alone; clients and server still
share this machine's CPUs, so requests/s is a floor, not a capacity.

Usage:
  python bench/bench_api.py                     # the real bot (planbot.runtime:load_bot; `planbot ingest` first)
  python bench/bench_api.py --bot echo -d 10    # the HTTP layer and executor alone
  python bench/bench_api.py --bot mymod:make_bot -c 20 -d 60

Prints p50/p95/p99 latency (ms), requests/s, errors, and the server's RSS (now and peak).
"""
from __future__ import annotations

import argparse
import asyncio
import importlib
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import aiohttp

HOST = "127.0.0.1"  # loopback only, whatever the arguments say
QUESTIONS = [
    ("区水务局牵头哪些措施？", {}),
    ("6月底前要完成哪些任务？", {"issuer": "大兴区", "year": 2026}),
    ("渣土车归谁管？", {}),
    ("门头沟PM2.5目标是多少？", {"issuer": "门头沟区"}),
    ("密云区有哪些扬尘治理措施？", {"issuer": "密云区"}),
    ("年底前要完成哪些任务？", {"year": 2026}),
    ("区生态环境局负责哪些工作？", {"issuer": "大兴区"}),
    ("柴油货车治理由谁牵头？", {"year": 2021}),
]


class EchoBot:
    """No retrieval at all: what the HTTP layer and the executor cost on their own."""

    def handle(self, message):
        from planbot.bot.types import Reply

        return Reply(blocks=[message.text], intent="echo", payload={"text": message.text, "intent": "echo"})

    def health(self) -> dict:
        return {"model": "echo"}


def load_bot(spec: str):
    """`echo`, or `module:factory` called with Settings() (dotted factories work too: `mod:Bot.load`)."""
    from planbot.config import Settings

    if spec == "echo":
        return EchoBot()
    module, _, attr = spec.partition(":")
    factory = importlib.import_module(module)
    for part in attr.split("."):
        factory = getattr(factory, part)
    return factory(Settings())


def serve(spec: str, port: int) -> None:
    """Child process: the app as `planbot serve` runs it, with the chosen bot."""
    from planbot.app import run
    from planbot.config import Settings

    run(Settings(), load_bot(spec), host=HOST, port=port)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def rss_mib(pid: int) -> tuple[float, float]:
    """(current, peak) resident memory of `pid` in MiB, from /proc (Linux)."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return tuple(int(fields[key].split()[0]) / 1024 for key in ("VmRSS", "VmHWM"))


async def wait_healthy(session: aiohttp.ClientSession, base: str, child: subprocess.Popen, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise RuntimeError(f"server exited with {child.returncode} before it was healthy")
        try:
            async with session.get(f"{base}/healthz") as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.5)
    raise RuntimeError(f"server not healthy after {timeout_s:.0f} s")


async def client(
    session: aiohttp.ClientSession, url: str, n: int, deadline: float, latencies: list[float], errors: Counter
) -> None:
    """One client: ask, wait for the answer, ask the next question, until the deadline."""
    i = n
    while time.monotonic() < deadline:
        q, scope = QUESTIONS[i % len(QUESTIONS)]
        i += 1
        started = time.perf_counter()
        try:
            async with session.post(url, json={"q": q, "scope": scope, "user": f"bench-{n}"}) as resp:
                await resp.read()
                outcome = resp.status
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            outcome = type(exc).__name__
        if outcome == 200:
            latencies.append((time.perf_counter() - started) * 1000)
        else:
            errors[outcome] += 1


async def sample_rss(pid: int, stop: asyncio.Event, peak: list[float]) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], rss_mib(pid)[0])
        await asyncio.sleep(0.5)


async def bench(args: argparse.Namespace, child: subprocess.Popen, port: int) -> None:
    base = f"http://{HOST}:{port}"
    timeout = aiohttp.ClientTimeout(total=args.request_timeout)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=args.clients), timeout=timeout) as session:
        await wait_healthy(session, base, child, args.startup_timeout)
        rss_idle = rss_mib(child.pid)[0]
        latencies: list[float] = []
        errors: Counter = Counter()
        stop, rss_peak = asyncio.Event(), [rss_idle]
        sampler = asyncio.create_task(sample_rss(child.pid, stop, rss_peak))
        started = time.monotonic()
        deadline = started + args.duration
        await asyncio.gather(*(client(session, f"{base}/api/ask", n, deadline, latencies, errors) for n in range(args.clients)))
        elapsed = time.monotonic() - started
        stop.set()
        await sampler
    rss_now, rss_hwm = rss_mib(child.pid)

    total = len(latencies) + sum(errors.values())
    print(f"bot={args.bot} clients={args.clients} duration={elapsed:.1f}s (loopback {HOST}:{port})")
    print(f"requests {total}  ok {len(latencies)}  {len(latencies) / elapsed:.1f} ok/s")
    print(f"errors {sum(errors.values())}" + (f"  {dict(errors)}" if errors else ""))
    if len(latencies) >= 2:
        cuts = statistics.quantiles(latencies, n=100, method="inclusive")
        print(f"latency ms  p50 {cuts[49]:.1f}  p95 {cuts[94]:.1f}  p99 {cuts[98]:.1f}  max {max(latencies):.1f}")
    print(f"server RSS MiB  idle {rss_idle:.0f}  under load max {rss_peak[0]:.0f}  end {rss_now:.0f}  peak since start {rss_hwm:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bot", default="planbot.runtime:load_bot", help="echo, or module:factory taking Settings")
    parser.add_argument("-c", "--clients", type=int, default=50)
    parser.add_argument("-d", "--duration", type=float, default=30.0, help="seconds of load")
    parser.add_argument("--startup-timeout", type=float, default=300.0, help="seconds to wait for /healthz")
    parser.add_argument("--request-timeout", type=float, default=60.0)
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)  # child mode: serve on this port
    args = parser.parse_args()
    if args.serve is not None:
        serve(args.bot, args.serve)
        return

    port = free_port()
    with tempfile.TemporaryFile() as server_log:
        child = subprocess.Popen(
            [sys.executable, __file__, "--bot", args.bot, "--serve", str(port)], stdout=server_log, stderr=server_log
        )
        try:
            asyncio.run(bench(args, child, port))
        except RuntimeError as exc:
            server_log.seek(0)
            sys.stderr.write(server_log.read()[-4000:].decode(errors="replace"))
            sys.exit(f"bench failed: {exc}")
        finally:
            child.send_signal(signal.SIGINT)
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()


if __name__ == "__main__":
    main()
