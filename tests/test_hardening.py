"""Issue 10 over real HTTP: what an attacker (or a crowd) can no longer do to `planbot serve`.

Each test is one finding of the issue, scaled down to what CI runs in seconds, with the same
mechanism: slow bodies, abandoned work, a full queue, a trusted sessionWebhook, duplicate
replies after a timeout, echoed markdown, dedup across restarts, and the small ones.
"""
from __future__ import annotations

import asyncio
import logging
import threading
import time

import aiohttp
import pytest

from planbot.app import create_app
from planbot.bot.types import Message, Reply
from test_web import make_settings

LONG = "大气污染防治" * 600  # a long paste: what made each question cost ~0.4 s


class SlowBot:
    """A stand-in whose long questions take `slow_s` of a worker (as a long paste does), and
    which records how many of them a worker actually started."""

    def __init__(self, slow_s: float = 0.3) -> None:
        self.slow_s = slow_s
        self.started_long = 0
        self._lock = threading.Lock()

    def handle(self, message: Message) -> Reply:
        if len(message.text) > 100:
            with self._lock:
                self.started_long += 1
            time.sleep(self.slow_s)
        return Reply(blocks=["答：" + message.text[:10]], intent="lookup")

    def health(self) -> dict:
        return {"model": "slow stand-in"}


# --- 2. abandoned work, a full queue, a time budget ----------------------------------------


async def test_abandoned_questions_are_dropped_before_they_cost_a_worker(aiohttp_client, tmp_path):
    bot = SlowBot()
    client = await aiohttp_client(create_app(make_settings(tmp_path, workers=1), bot))
    url = client.make_url("/api/ask")
    impatient = aiohttp.ClientTimeout(total=0.1)
    async with aiohttp.ClientSession(timeout=impatient) as session:

        async def give_up() -> None:
            with pytest.raises(asyncio.TimeoutError):
                async with session.post(url, json={"q": LONG}) as response:
                    await response.read()

        await asyncio.gather(*(give_up() for _ in range(12)))
    response = await client.post("/api/ask", json={"q": "渣土车归谁管？"})
    assert response.status == 200
    # One worker: the long question it had started finishes, the others left the queue with
    # their clients (today every one of them runs, and the normal question waits behind all).
    assert bot.started_long <= 2


async def test_a_full_queue_answers_503_with_retry_after(aiohttp_client, tmp_path):
    bot = SlowBot()
    client = await aiohttp_client(create_app(make_settings(tmp_path, workers=1, queue_depth=1), bot))
    responses = await asyncio.gather(*(client.post("/api/ask", json={"q": LONG}) for _ in range(6)))
    statuses = sorted(r.status for r in responses)
    assert statuses.count(200) == 2  # one running, one waiting
    assert statuses.count(503) == 4
    busy = next(r for r in responses if r.status == 503)
    assert busy.headers["Retry-After"] == "1"
    assert (await busy.json())["error"] == "busy"
    assert (await client.post("/api/ask", json={"q": "渣土车归谁管？"})).status == 200  # and it recovers


async def test_a_question_over_its_time_budget_is_given_up(aiohttp_client, tmp_path):
    bot = SlowBot(slow_s=2.0)
    client = await aiohttp_client(create_app(make_settings(tmp_path, workers=1, question_budget_s=0.3), bot))
    started = time.monotonic()
    response = await client.post("/api/ask", json={"q": LONG})
    assert response.status == 503 and "Retry-After" in response.headers
    assert time.monotonic() - started < 1.5  # the budget, not the 2 s of work


# --- 3. the DingTalk sessionWebhook is not trusted ------------------------------------------

from planbot.adapters.dingtalk import SIGN_BUDGET  # noqa: E402
from planbot.adapters.http import Delivery, Retry  # noqa: E402
from test_kv import redis_url  # noqa: E402,F401
from test_platform_routes import (  # noqa: E402,F401
    FakePlatform, bot, ding_headers, ding_payload, make_settings as platform_settings, platform, start, wecom_request,
)


def ssrf_targets(platform: FakePlatform) -> list[str]:
    port = platform.url.rsplit(":", 1)[1]
    return [
        platform.hook(),  # loopback, not a DingTalk host
        f"http://oapi.dingtalk.com@127.0.0.1:{port}/hook/chat",  # userinfo trick: the host is 127.0.0.1
        f"https://oapi.dingtalk.com@127.0.0.1:{port}/hook/chat",
        f"http://127.0.0.1:{port}\\@oapi.dingtalk.com/hook/chat",
        f"http://oapi.dingtalk.com:{port}/robot/sendBySession",  # right host, wrong scheme and port
        f"http://127.0.0.1:{port}\t.oapi.dingtalk.com/hook/chat",
        "file:///etc/passwd",
        "gopher://127.0.0.1:6379/_FLUSHALL",
    ]


async def test_session_webhook_outside_the_allowlist_is_never_posted_to(start, bot, platform, caplog):
    settings = platform_settings(platform).model_copy(update={"dingtalk_webhook_hosts": "oapi.dingtalk.com,api.dingtalk.com"})
    service = await start(settings)
    for n, webhook in enumerate(ssrf_targets(platform)):
        payload = ding_payload(webhook, msg_id=f"ssrf-{n}")
        response = await service.client.post("/dingtalk/callback", json=payload, headers=ding_headers(now_ms=int(time.time() * 1000) + n))
        assert response.status == 400, webhook
    await service.settle()
    assert platform.calls == [] and bot.messages == []
    assert "outcome=rejected:400" in caplog.text


async def test_one_sign_drives_a_bounded_number_of_messages(start, bot, platform):
    service = await start()
    headers = ding_headers()  # one captured timestamp/sign pair, replayed with new bodies
    statuses = []
    for n in range(SIGN_BUDGET + 5):
        payload = ding_payload(platform.hook(), msg_id=f"replay-{n}")
        statuses.append((await service.client.post("/dingtalk/callback", json=payload, headers=headers)).status)
    await service.settle()
    assert statuses == [200] * SIGN_BUDGET + [401] * 5
    assert len(platform.to("/hook/chat")) == SIGN_BUDGET


async def test_a_slow_webhook_cannot_take_the_connections_of_another(aiohttp_client, aiohttp_server, bot, platform):
    """Finding 3's flood, scaled down: many replies to a stalling destination while a genuine reply
    goes elsewhere. Each destination has its own connections, and waiting for one is not the
    reply's own time budget."""
    stalling = FakePlatform()
    stalling.scripts["/hook/slow"] = [1.5] * 12
    server = await aiohttp_server(stalling.app)
    stalling.url = str(server.make_url("")).rstrip("/")
    from aiohttp import web

    from planbot.adapters.dingtalk import add_dingtalk_routes

    retry = Retry(attempts=2, backoff_s=0.01, timeout_s=2.0, per_destination=2)
    app = web.Application()
    delivery = add_dingtalk_routes(app, platform_settings(platform), bot, delivery=Delivery("dingtalk", retry=retry))
    client = await aiohttp_client(app)
    now = int(time.time() * 1000)
    for n in range(12):
        payload = ding_payload(stalling.hook("slow"), msg_id=f"slow-{n}", conversationId=f"cid-{n}")
        assert (await client.post("/dingtalk/callback", json=payload, headers=ding_headers(now_ms=now + n))).status == 200
    genuine = ding_payload(platform.hook("genuine"), msg_id="genuine")
    assert (await client.post("/dingtalk/callback", json=genuine, headers=ding_headers(now_ms=now + 99))).status == 200
    for _ in range(100):
        if platform.to("/hook/genuine"):
            break
        await asyncio.sleep(0.02)
    assert platform.to("/hook/genuine"), "the genuine reply waited behind the stalling webhook"
    assert len(stalling.to("/hook/slow")) <= 2  # the stalling destination got its two connections only
    await delivery.join()
    # All twelve were delivered in the end: queued for a connection for up to ~9 s, each still
    # had its own 2 s to be answered (one total timeout would have failed most of them).
    assert len(stalling.to("/hook/slow")) == 12


# --- 6. dedup survives a restart --------------------------------------------------------------


@pytest.mark.parametrize("state", ["sqlite", "redis"])
async def test_replays_after_a_restart_are_not_answered_again(aiohttp_client, platform, tmp_path, request, state):
    overrides = {"home": tmp_path, "state": state}
    if state == "redis":
        overrides["redis_url"] = request.getfixturevalue("redis_url")
    settings = platform_settings(platform).model_copy(update=overrides)
    wecom_query, wecom_body = wecom_request(msg_id=f"restart-{state}")
    ding_body = ding_payload(platform.hook(), msg_id=f"restart-{state}")
    ding = ding_headers()
    bot = SlowBot()
    for _run in range(2):  # the second app is the restarted server
        client = await aiohttp_client(create_app(settings, bot))
        assert (await client.post("/wecom/callback", params=wecom_query, data=wecom_body)).status == 200
        assert (await client.post("/dingtalk/callback", json=ding_body, headers=ding)).status == 200
        await asyncio.sleep(0.5)  # the background replies
        await client.close()
    assert len(platform.to("/cgi-bin/message/send")) == 1
    assert len(platform.to("/hook/chat")) == 1
    if state == "sqlite":
        assert (tmp_path / "state.db").is_file()


# --- 1. slow bodies and too many connections ----------------------------------------------------

from planbot.app import start_server  # noqa: E402
from test_kv import free_port  # noqa: E402


async def trickle(port: int, head: bytes, every_s: float = 0.2) -> float:
    """Open a connection, send `head` then one byte every `every_s` for as long as the server keeps
    the connection; returns how long that was."""
    started = time.monotonic()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(head)
        while True:
            await writer.drain()
            try:
                data = await asyncio.wait_for(reader.read(1024), every_s)
            except asyncio.TimeoutError:
                writer.write(b"x")
                continue
            if not data or b"HTTP/1.1 4" in data:  # closed, or refused with a 4xx (and then closed)
                if data:
                    await reader.read()
                return time.monotonic() - started
    except (ConnectionError, OSError):
        return time.monotonic() - started
    finally:
        writer.close()


SLOW_HEADERS = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: "  # never finishes its headers
SLOW_BODY = b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"


async def test_trickling_clients_are_dropped_and_never_starve_healthz_or_signed_traffic(platform, caplog, tmp_path):
    """Finding 1 scaled down: 60 connections trickling a byte every 0.2 s, 30 stuck in their
    headers and 30 in an unauthenticated body, against a cap of 40 connections, 8 strangers'
    bodies, and 1 s deadlines. /healthz and a signed DingTalk callback still answer at once, and
    every trickler is dropped within the deadlines (today they stay for as long as they trickle)."""
    settings = platform_settings(platform).model_copy(update={
        "home": tmp_path, "max_connections": 40, "max_stranger_bodies": 8, "header_timeout_s": 1.0, "body_timeout_s": 1.0,
    })
    port = free_port()
    runner = await start_server(create_app(settings, SlowBot()), "127.0.0.1", port)
    try:
        tricklers = [asyncio.create_task(trickle(port, SLOW_HEADERS if n % 2 else SLOW_BODY)) for n in range(60)]
        await asyncio.sleep(0.5)  # all of them connected and trickling
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=3)) as session:
            for _ in range(3):
                async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                    assert response.status == 200
                payload = ding_payload(platform.hook(), msg_id=f"during-flood-{_}")
                headers = ding_headers(now_ms=int(time.time() * 1000) + _)
                async with session.post(f"http://127.0.0.1:{port}/dingtalk/callback", json=payload, headers=headers) as response:
                    assert response.status == 200
        held = await asyncio.wait_for(asyncio.gather(*tricklers), 10)
        assert max(held) < 3.0  # 1 s deadline (+ the keep-alive timer's rounding), not "as long as they like"
    finally:
        await runner.cleanup()
    drops = [r for r in caplog.records if "dropped a connection" in r.getMessage()]
    assert drops, "excess connections are dropped with a log line"
    assert not [r for r in caplog.records if r.exc_info], "no tracebacks"


# --- 7. the small ones ----------------------------------------------------------------------------

from click.testing import CliRunner  # noqa: E402

from planbot.cli import main as cli  # noqa: E402


def run_cli(home, *args: str):
    return CliRunner().invoke(cli, list(args), env={"PLANBOT_HOME": str(home), "PLANBOT_CONFIG": ""})


@pytest.mark.parametrize("command", [["serve"], ["ingest", "--no-embed"], ["stats"], ["ask", "渣土车归谁管？", "--no-dense"]])
def test_a_damaged_index_is_a_clear_error_and_is_left_alone(tmp_path, command):
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 16  # right header, garbage pages
    for content in (b"this is not a database\n" * 50, damaged):
        (tmp_path / "planbot.db").write_bytes(content)
        result = run_cli(tmp_path, *command)
        assert result.exit_code == 1, result.output
        assert "is not a readable planbot index" in result.output and "planbot ingest" in result.output
        assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
        assert (tmp_path / "planbot.db").read_bytes() == content  # loses nothing


def test_an_empty_index_is_a_clear_error_for_serve_and_rebuilt_by_ingest(tmp_path):
    (tmp_path / "planbot.db").write_bytes(b"")
    result = run_cli(tmp_path, "serve")
    assert result.exit_code == 1 and "the file is empty" in result.output  # not ZeroDivisionError in BM25
    result = run_cli(tmp_path, "ingest", "--no-embed")
    assert result.exit_code == 0, result.output
    assert "measures" in result.output
    stats = run_cli(tmp_path, "stats", "--json")
    assert stats.exit_code == 0 and '"measures": 0' not in stats.output


async def test_server_header_names_no_versions(aiohttp_client, tmp_path):
    client = await aiohttp_client(create_app(make_settings(tmp_path), SlowBot()))
    for response in (await client.get("/healthz"), await client.get("/no-such-page"), await client.post("/api/ask", data=b"{")):
        assert response.headers["Server"] == "planbot"
        assert "Python" not in str(response.headers) and "aiohttp" not in str(response.headers)


async def test_a_client_dropping_mid_body_is_one_line_not_a_traceback(platform, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    settings = platform_settings(platform).model_copy(update={"home": tmp_path})
    port = free_port()
    runner = await start_server(create_app(settings, SlowBot()), "127.0.0.1", port)
    try:
        for path, headers in (("/dingtalk/callback", ding_headers()), ("/api/ask", {})):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            head = f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n"
            head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
            writer.write(head.encode() + b"\r\n" + b'{"q": "' + "大兴".encode() * 100)
            await writer.drain()
            await asyncio.sleep(0.2)
            writer.close()  # gone, mid-body
            await asyncio.sleep(0.3)
    finally:
        await runner.cleanup()
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR], caplog.text
    assert not [r for r in caplog.records if "Traceback" in r.getMessage()]
    gone = [r for r in caplog.records if "outcome=client-gone" in r.getMessage()]
    assert len(gone) == 2  # one line per dropped request


DOCKERIGNORED = ["planbot.db", "data/planbot.db", "state.db", ".env", "planbot.toml", ".venv/bin/python",
                 ".mypy_cache/x", ".ruff_cache/x", "x/__pycache__/y.pyc", ".planbot/planbot.db"]
DOCKER_NEEDS = ["pyproject.toml", "planbot/app.py", "planbot/plans/catalog.json", "index/unit_aliases.toml"]


def test_dockerignore_keeps_data_and_secrets_out_of_the_image():
    from fnmatch import fnmatch
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    patterns = [line.strip() for line in (root / ".dockerignore").read_text().splitlines() if line.strip() and not line.startswith("#")]

    def ignored(path: str) -> bool:
        parts = path.split("/")
        prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]  # a dir excluded excludes its files
        return any(fnmatch(p, pat.removeprefix("**/")) or fnmatch(p, pat) or fnmatch(p.rsplit("/", 1)[-1], pat.removeprefix("**/"))
                   for p in prefixes for pat in patterns if not pat.startswith("!"))

    assert [p for p in DOCKERIGNORED if not ignored(p)] == []
    assert [p for p in DOCKER_NEEDS if ignored(p)] == []
    base = next(line for line in (root / "Dockerfile").read_text().splitlines() if line.startswith("FROM "))
    assert base.split()[1] not in ("python:3.11-slim", "python:3.11", "python:latest")  # a floating tag


async def test_a_failing_state_store_answers_rather_than_drops(aiohttp_client, platform, tmp_path, caplog, unused_tcp_port):
    """Redis down: the message is answered (a duplicate is possible, silence is worse), one log line."""
    settings = platform_settings(platform).model_copy(update={
        "home": tmp_path, "state": "redis", "redis_url": f"redis://127.0.0.1:{unused_tcp_port}/0",
    })
    client = await aiohttp_client(create_app(settings, SlowBot()))
    query, body = wecom_request(msg_id="redis-down")
    assert (await client.post("/wecom/callback", params=query, data=body)).status == 200
    payload = ding_payload(platform.hook(), msg_id="redis-down")
    assert (await client.post("/dingtalk/callback", json=payload, headers=ding_headers())).status == 200
    await asyncio.sleep(0.5)
    assert len(platform.to("/cgi-bin/message/send")) == 1 and len(platform.to("/hook/chat")) == 1
    assert "state store failed (ConnectionError)" in caplog.text


def test_damage_past_the_schema_page_is_a_clear_error_too(tmp_path):
    assert run_cli(tmp_path, "ingest", "--no-embed").exit_code == 0
    db = tmp_path / "planbot.db"
    data = bytearray(db.read_bytes())
    data[8192:] = bytes(range(256)) * ((len(data) - 8192) // 256) + b"\x00" * ((len(data) - 8192) % 256)
    db.write_bytes(bytes(data))
    result = run_cli(tmp_path, "ask", "渣土车归谁管？", "--no-dense")
    assert result.exit_code == 1, result.output
    assert "is not a readable planbot index" in result.output


def test_unreadable_webhook_allowlist_refuses_to_start(tmp_path):
    for entries in ("ftp://oapi.dingtalk.com", "oapi.dingtalk.com:https", "http://"):
        with pytest.raises(ValueError, match="PLANBOT_DINGTALK_WEBHOOK_HOSTS"):
            create_app(make_settings(tmp_path, dingtalk_app_secret="s", dingtalk_webhook_hosts=entries), SlowBot())


def test_default_allowlist_takes_dingtalk_webhooks_only():
    from planbot.adapters.dingtalk import WebhookAllowlist
    from planbot.config import Settings

    allow = WebhookAllowlist(Settings.model_fields["dingtalk_webhook_hosts"].default.split(","))
    assert allow.allows("https://oapi.dingtalk.com/robot/sendBySession?session=abc123")
    assert allow.allows("https://OAPI.dingtalk.com:443/robot/sendBySession?session=abc123")
    assert allow.allows("https://api.dingtalk.com/v1.0/robot/oToMessages/batchSend")
    for url in ("https://oapi.dingtalk.com:8443/x", "http://oapi.dingtalk.com/x", "https://oapi.dingtalk.com.evil.cn/x",
                "https://evil.cn/oapi.dingtalk.com", "https://user:pw@oapi.dingtalk.com/x", "//oapi.dingtalk.com/x",
                "https://oapi.dingtalk.com\\@evil.cn/", "https://oapi.dingtalk.com:abc/", ""):
        assert not allow.allows(url), url
