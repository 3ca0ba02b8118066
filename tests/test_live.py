"""The live index: a serving app keeps answering while plans arrive from the CLI and by upload,
and swaps each new index in; concurrent ingests are serialized by the writer lock.

The server runs the real bot without dense vectors (BM25 and filters) over real HTTP, and the
plans are ingested with --no-embed: loading the embedding model in the server and in each CLI
ingest would cost CI minutes without testing anything more about the swap.
"""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest
import sqlite_utils
from aiohttp import web

from planbot.app import create_app
from planbot.config import Settings
from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file
from planbot.index.store import IndexLocked, ingest, load_plans, writer_lock
from planbot.live import live_bot
from plandocs import build_docx

PLANS = bundled_plans_dir()
CATALOG = load_catalog(PLANS)
PLANBOT = str(Path(sys.executable).with_name("planbot"))
RATE = 25  # questions per second, sent on a clock whatever the answers take
QUESTIONS = [
    ("区水务局牵头哪些措施？", {"issuer": "大兴区", "year": 2026}),
    ("渣土车归谁管？", {}),
    ("6月底前要完成哪些任务？", {"issuer": "密云区", "year": 2026}),
    ("秸秆焚烧怎么管？", {}),
    ("区生态环境局牵头哪些措施？", {"issuer": "大兴区", "year": 2021}),
]


def plan(prefix: str) -> Path:
    return next(PLANS.glob(f"{prefix}_*.txt"))


def cli_env(home: Path) -> dict[str, str]:
    return {**os.environ, "PLANBOT_HOME": str(home)}


async def _ask(http: aiohttp.ClientSession, url: str, q: str, scope: dict) -> tuple[int, dict]:
    async with http.post(f"{url}/api/ask", json={"q": q, "scope": scope}) as response:
        return response.status, await response.json()


async def _answerable(http, url, q: str, scope: dict, doc: str, within_s: float = 5.0) -> float:
    """Seconds until an answer to `q` cites `doc` (fails after `within_s`)."""
    started = time.monotonic()
    while time.monotonic() - started < within_s:
        _status, body = await _ask(http, url, q, scope)
        if any(m["doc"] == doc for m in body.get("measures", [])):
            return time.monotonic() - started
        await asyncio.sleep(0.1)
    pytest.fail(f"{doc} not answerable within {within_s} s")


async def test_answers_never_fail_while_new_plans_are_swapped_in(tmp_path: Path) -> None:
    home = tmp_path / "home"
    ingest([plan("000"), plan("002"), plan("004")], home / "planbot.db", CATALOG)
    beijing = build_docx(parse_file(plan("003"), CATALOG), tmp_path / "beijing_2026.docx")
    path001 = plan("001")
    cover = [ln.strip() for ln in path001.read_text(encoding="utf-8").splitlines()[:41] if ln.strip()]
    mentougou = build_docx(parse_file(path001, CATALOG), tmp_path / "mentougou_2026.docx", prose=cover)

    settings = Settings(home=home, admin_token="t0ken")
    runner = web.AppRunner(create_app(settings, live_bot(settings, dense=False)))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    results: list[tuple[str, int, dict]] = []
    try:
        async with aiohttp.ClientSession() as http:
            stop = asyncio.Event()
            pending: set[asyncio.Task] = set()

            async def one(q: str, scope: dict) -> None:
                try:
                    status, body = await _ask(http, url, q, scope)
                except aiohttp.ClientError as e:
                    status, body = -1, {"error": repr(e)}
                results.append((q, status, body))

            async def questions() -> None:
                n = 0
                started = time.monotonic()
                while not stop.is_set():
                    q, scope = QUESTIONS[n % len(QUESTIONS)]
                    task = asyncio.create_task(one(q, scope))
                    pending.add(task)
                    task.add_done_callback(pending.discard)
                    n += 1
                    await asyncio.sleep(max(0.0, started + n / RATE - time.monotonic()))

            load = asyncio.create_task(questions())
            started = time.monotonic()
            await asyncio.sleep(1)

            cli = await asyncio.create_subprocess_exec(
                PLANBOT, "ingest", "--no-embed", "--issuer", "北京市", "--year", "2026", str(beijing),
                env=cli_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            out, err = await cli.communicate()
            assert cli.returncode == 0, err.decode()
            cli_wait = await _answerable(http, url, "市发展改革委牵头哪些措施？", {"issuer": "北京市", "year": 2026}, beijing.name)

            data = aiohttp.FormData()
            data.add_field("file", mentougou.read_bytes(), filename=mentougou.name)
            async with http.post(f"{url}/admin/plans", data=data, headers={"Authorization": "Bearer t0ken"}) as response:
                uploaded = await response.json()
                assert response.status == 200, uploaded
            assert uploaded["status"] == "indexed" and uploaded["plans"][0]["issuer"] == "门头沟区"
            upload_wait = await _answerable(http, url, "区水务局牵头哪些措施？", {"issuer": "门头沟区", "year": 2026}, mentougou.name)

            await asyncio.sleep(1)
            stop.set()
            await load
            await asyncio.gather(*list(pending))
            elapsed = time.monotonic() - started
            health = await (await http.get(f"{url}/healthz")).json()
    finally:
        await runner.cleanup()

    assert cli_wait <= 5 and upload_wait <= 5
    assert len(results) >= 20 * elapsed * 0.9  # the questions really were sent at >= 20/s
    failed = [(q, status, body) for q, status, body in results if status != 200 or not body.get("text", "").strip()]
    assert failed == []
    control = [body for q, _s, body in results if q == QUESTIONS[0][0]]
    assert control and not any(body["abstained"] for body in control)  # an indexed plan never went missing
    assert health["plans"] == 5 and health["index"]["version"] == 3


def test_two_simultaneous_cli_ingests_both_land(tmp_path: Path) -> None:
    home = tmp_path / "home"
    ingest([plan("000")], home / "planbot.db", CATALOG)
    sources = []
    for prefix in ("002", "004"):
        target = tmp_path / prefix / plan(prefix).name
        target.parent.mkdir()
        target.write_bytes(plan(prefix).read_bytes())
        sources.append(target)
    runs = [subprocess.Popen([PLANBOT, "ingest", "--no-embed", "--issuer", "某区", "--year", "2026", str(src)],
                             env=cli_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for src in sources]
    outcomes = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
    docs = {p.doc for p in load_plans(sqlite_utils.Database(home / "planbot.db"))}
    assert all(rc == 0 for rc, _err in outcomes), outcomes
    assert docs == {plan("000").name, plan("002").name, plan("004").name}


def test_a_second_writer_waits_then_fails_naming_the_lock(tmp_path: Path) -> None:
    db_path = tmp_path / "planbot.db"
    ingest([plan("003")], db_path, CATALOG)
    with writer_lock(db_path):
        with pytest.raises(IndexLocked, match=r"pid \d+.*planbot\.db\.lock"):
            ingest([plan("002")], db_path, CATALOG, lock_wait_s=0.5)
    assert {p.doc for p in load_plans(sqlite_utils.Database(db_path))} == {plan("003").name}
    ingest([plan("002")], db_path, CATALOG, lock_wait_s=0.5)  # released: the next writer goes ahead
    assert len(load_plans(sqlite_utils.Database(db_path))) == 2

