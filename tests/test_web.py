"""The real aiohttp app over HTTP: `/api/ask`, `/healthz`, the page, and what it refuses.

The bot is a stand-in with the real Bot's two methods, so these tests pin the HTTP layer alone;
the `bot` fixture is the one line to change to run them against `planbot.bot.service.Bot`.
"""
from __future__ import annotations

import io
import json
import logging
import random
import threading

import pytest

from planbot.app import create_app
from planbot.bot.types import Citation, Message, Reply
from planbot.config import Settings

TOKEN = "s3cret-token"
LIST_Q = "区水务局牵头哪些措施？"
LOOKUP_Q = "渣土车归谁管？"
PAGE_SIZE = 5


def _measure(n: int) -> dict:
    return {
        "id": f"000#{n:03d}", "doc": "000_sample.txt", "issuer": "大兴区", "year": 2026,
        "attachment": "附件1", "plan_title": "持续污染防治攻坚2026年行动计划",
        "section": "二、共护碧水清流", "subsection": None, "task_no": str(n), "task": None,
        "text": f"第{n}条水务措施：加强河道巡查。", "deadline": "年底前", "due": "2026-12-31",
        "lead": ["区水务局"], "responsible": [], "assist": ["各镇街"], "line": 100 + n,
    }


class StandInBot:
    """Just enough of `planbot.bot.service.Bot`: a list answer with a second page, and a lookup.

    It records each message and the thread that handled it, so tests can check what the
    adapter passed on and that the bot ran off the event loop.
    """

    def __init__(self, measures: int = 12) -> None:
        self.measures = [_measure(n) for n in range(1, measures + 1)]
        self.seen: list[tuple[Message, str]] = []

    def handle(self, message: Message) -> Reply:
        self.seen.append((message, threading.current_thread().name))
        cite = Citation(doc="000_sample.txt", label="《持续污染防治攻坚2026年行动计划》(大兴区 2026) 附件1 · 二、共护碧水清流 · 第1项")
        if "牵头" in message.text:
            first = self.measures[:PAGE_SIZE]
            reply = Reply(
                title=f"区水务局牵头的措施（共{len(self.measures)}项）",
                items=[f"{m['text']}（{m['deadline']}）" for m in first],
                more=len(self.measures) - len(first),
                citations=[cite],
                intent="list_by_unit",
            )
            measures = self.measures
        else:
            reply = Reply(blocks=["渣土车由区城管执法局牵头管理。"], citations=[cite], intent="lookup")
            measures = self.measures[:1]
        reply.payload = {"measures": measures, "indicators": []}  # as the real Bot fills it
        return reply

    def health(self) -> dict:
        return {"index_loaded": True, "measures": len(self.measures), "indicators": 0, "model": "stand-in"}


def make_settings(tmp_path, **overrides) -> Settings:
    """Settings with every platform off unless overridden, whatever the environment says."""
    base = dict(
        home=tmp_path, api_token=None, dingtalk_app_secret=None, dingtalk_client_id=None,
        wecom_token=None, wecom_aes_key=None, wecom_corp_id=None, wecom_secret=None, wecom_agent_id=None,
    )
    return Settings(**{**base, **overrides})


@pytest.fixture
def bot():
    return StandInBot()  # the real pipeline: `return Bot(settings)` from planbot.bot.service


@pytest.fixture
async def client(aiohttp_client, bot, tmp_path):
    return await aiohttp_client(create_app(make_settings(tmp_path), bot))


@pytest.fixture
async def token_client(aiohttp_client, bot, tmp_path):
    return await aiohttp_client(create_app(make_settings(tmp_path, api_token=TOKEN), bot))


async def test_ask_returns_payload_and_layout(client, bot):
    resp = await client.post("/api/ask", json={"q": f"  {LIST_Q} ", "scope": {"issuer": "大兴区", "year": 2026}, "user": "u1"})
    assert resp.status == 200
    data = await resp.json()
    assert {"id", "text", "abstained", "intent", "measures", "indicators"} <= data.keys()
    assert data["intent"] == "list_by_unit" and "区水务局牵头的措施" in data["text"]
    assert len(data["measures"]) == 12  # the complete list, for the page's 更多
    assert len(data["reply"]["items"]) == PAGE_SIZE and data["reply"]["more"] == 7
    assert data["reply"]["citations"][0]["label"].startswith("《持续污染防治攻坚")
    assert "payload" not in data["reply"]

    message, thread = bot.seen[0]
    assert (message.text, message.platform, message.user_id, message.chat_id) == (LIST_Q, "web", "u1", "u1")
    assert (message.scope.issuer, message.scope.year) == ("大兴区", 2026)
    assert thread.startswith("planbot-bot")  # ran in the executor, not on the event loop


@pytest.mark.parametrize(
    ("scope", "expected"),
    [(None, (None, None)), ({}, (None, None)), ({"issuer": "", "year": ""}, (None, None)), ({"issuer": "门头沟区", "year": "2021"}, ("门头沟区", 2021))],
)
async def test_scope_forms(client, bot, scope, expected):
    resp = await client.post("/api/ask", json={"q": LOOKUP_Q, "scope": scope})
    assert resp.status == 200
    message, _ = bot.seen[0]
    assert (message.scope.issuer, message.scope.year) == expected


async def test_anonymous_requests_do_not_share_a_conversation(client, bot):
    for _ in range(2):
        assert (await client.post("/api/ask", json={"q": LOOKUP_Q})).status == 200
    (first, _), (second, _) = bot.seen
    assert first.chat_id and first.chat_id != second.chat_id


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer"])
async def test_token_required_when_configured(token_client, bot, header):
    headers = {"Authorization": header} if header else {}
    resp = await token_client.post("/api/ask", json={"q": LOOKUP_Q}, headers=headers)
    assert resp.status == 401
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")
    assert (await resp.json())["error"] == "unauthorized"
    assert bot.seen == []


async def test_token_accepted(token_client):
    resp = await token_client.post("/api/ask", json={"q": LOOKUP_Q}, headers={"Authorization": f"bearer {TOKEN}"})
    assert resp.status == 200


@pytest.mark.parametrize(
    "body",
    [
        b"", b"not json", b"\xff\xfe\x00", b"[]", b'"q"', b"null", b"{}", b'{"q": ""}', b'{"q": "  \\n "}',
        b'{"q": 5}', b'{"q": ["x"]}', b'{"q": "\\ud800"}', b'{"q": "x", "scope": 3}',
        b'{"q": "x", "scope": {"year": "abc"}}', b'{"q": "x", "scope": {"year": 1e400}}', b'{"q": "x", "user": {}}',
        b'{"q": "x", "user": "u1 intent=forged\\nplatform=x"}',
        b"[" * 100_000, json.dumps({"q": "问" * 5001}).encode(),
    ],
)
async def test_bad_requests_get_400_with_a_reason(client, bot, body):
    resp = await client.post("/api/ask", data=body, headers={"Content-Type": "application/json"})
    assert resp.status == 400
    data = await resp.json()
    assert data["error"] in {"bad_json", "bad_request", "bad_body"} and data["detail"]
    assert bot.seen == []


async def test_longest_question_is_accepted(client):
    assert (await client.post("/api/ask", json={"q": "问" * 5000})).status == 200


async def test_body_over_one_mib_gets_413(client, bot):
    resp = await client.post("/api/ask", data=io.BytesIO(b'{"q": "' + b"x" * (1 << 20) + b'"}'))
    assert resp.status == 413
    assert (await resp.json())["error"] == "too_large"
    assert bot.seen == []


async def test_bot_failure_is_a_json_500(aiohttp_client, tmp_path):
    class Broken(StandInBot):
        def handle(self, message):
            raise RuntimeError("boom")

    client = await aiohttp_client(create_app(make_settings(tmp_path), Broken()))
    resp = await client.post("/api/ask", json={"q": LOOKUP_Q})
    assert resp.status == 500
    assert (await resp.json())["error"] == "internal"


async def test_one_log_line_per_request_without_secrets(token_client, caplog):
    caplog.set_level(logging.INFO)
    await token_client.post("/api/ask", json={"q": LIST_Q, "user": "u1"}, headers={"Authorization": f"Bearer {TOKEN}"})
    await token_client.post("/api/ask", data=b"nope", headers={"Authorization": f"Bearer {TOKEN}"})
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("planbot")]
    assert len(lines) == 2, lines
    assert "platform=web" in lines[0] and "chat=u1" in lines[0] and "intent=list_by_unit" in lines[0]
    assert "latency_ms=" in lines[0] and "results=12" in lines[0]
    assert "rejected:400" in lines[1]
    assert not any(TOKEN in line or LIST_Q in line for line in lines)


async def test_healthz(client):
    resp = await client.get("/healthz")
    assert resp.status == 200
    data = await resp.json()
    assert data["status"] == "ok" and data["model"] == "stand-in" and data["measures"] == 12
    assert data["platforms"] == {"dingtalk": False, "dingtalk_stream": False, "wecom": False, "wecom_bot": False, "wecom_bot_ws": False}


async def test_healthz_reports_a_failing_bot(aiohttp_client, tmp_path):
    class Unhealthy(StandInBot):
        def health(self):
            raise RuntimeError("index missing")

    client = await aiohttp_client(create_app(make_settings(tmp_path), Unhealthy()))
    resp = await client.get("/healthz")
    assert resp.status == 503 and (await resp.json())["status"] == "error"


async def test_platforms_mount_only_when_configured(aiohttp_client, bot, tmp_path):
    settings = make_settings(tmp_path, dingtalk_app_secret="ding-secret")
    client = await aiohttp_client(create_app(settings, bot))
    assert (await (await client.get("/healthz")).json())["platforms"] == {"dingtalk": True, "dingtalk_stream": False, "wecom": False, "wecom_bot": False, "wecom_bot_ws": False}
    assert (await client.post("/dingtalk/callback", json={})).status == 401  # mounted, and checks its sign
    assert (await client.get("/wecom/callback")).status == 404


def test_half_configured_platforms_refuse_to_start(bot, tmp_path):
    with pytest.raises(ValueError, match="PLANBOT_WECOM_SECRET"):
        create_app(make_settings(tmp_path, wecom_token="t", wecom_aes_key="k" * 43, wecom_corp_id="corp"), bot)
    with pytest.raises(ValueError, match="PLANBOT_DINGTALK_CLIENT_ID"):
        create_app(make_settings(tmp_path, dingtalk_app_secret="s"), bot, dingtalk_stream=True)
    with pytest.raises(ValueError, match="PLANBOT_WECOM_BOT_AES_KEY"):
        create_app(make_settings(tmp_path, wecom_bot_token="t"), bot)
    with pytest.raises(ValueError, match="PLANBOT_WECOM_BOT_SECRET"):
        create_app(make_settings(tmp_path), bot, wecom_bot_ws=True)


async def test_page_and_static_files(client):
    resp = await client.get("/")
    assert resp.status == 200 and resp.content_type == "text/html"
    html = await resp.text()
    assert "行动计划问答" in html and "static/app.js" in html
    assert "default-src 'self'" in resp.headers["Content-Security-Policy"]
    assert "http" not in html  # nothing from a CDN
    for path, kind in [("/static/app.js", "javascript"), ("/static/style.css", "text/css")]:
        resp = await client.get(path)
        assert resp.status == 200 and kind in resp.content_type
    assert (await client.get("/static/../web.py")).status in {403, 404}


def _fuzz_value(rng: random.Random, depth: int = 0):
    kind = rng.randrange(8 if depth < 3 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False, 0, -1, 2026, 10**30, 1.5, float("nan"), float("inf")])
    if kind in (2, 3, 4):
        alphabet = "问答区水务局牵头 \n\t\\\"'<>{}[]\x00\x1f\u2028" + "".join(map(chr, range(32, 127)))
        return "".join(rng.choice(alphabet) for _ in range(rng.choice([0, 1, 5, 40, 5001])))
    if kind == 5:
        return [_fuzz_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    keys = ["q", "scope", "user", "issuer", "year", "", "Q"]
    return {rng.choice(keys): _fuzz_value(rng, depth + 1) for _ in range(rng.randrange(5))}


def _fuzz_body(rng: random.Random) -> bytes:
    kind = rng.randrange(6)
    if kind == 0:
        return rng.randbytes(rng.choice([0, 1, 16, 300, 5000]))
    if kind == 1:  # a valid request, cut or with a flipped byte
        raw = bytearray(json.dumps({"q": LIST_Q, "scope": {"issuer": "大兴区", "year": 2026}}, ensure_ascii=False).encode())
        if rng.random() < 0.5:
            del raw[rng.randrange(len(raw)):]
        else:
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        return bytes(raw)
    if kind == 2:
        return rng.choice([b"[" * 50_000, b'{"q":' * 20_000, b'{"q": "\\udc80\\ud800"}', b'{"q": "x"' + b', "q": 1' * 3 + b"}"])
    body = {"q": _fuzz_value(rng)} if kind == 3 else _fuzz_value(rng)
    return json.dumps(body, ensure_ascii=rng.random() < 0.5).encode()


def _fuzz_headers(rng: random.Random) -> dict[str, str]:
    headers = {}
    if rng.random() < 0.8:  # mostly the right token, so most bodies get parsed
        headers["Authorization"] = f"Bearer {TOKEN}" if rng.random() < 0.9 else rng.choice(["Bearer", "bearer  ", "Basic eA==", "Bearer \u00e9"])
    if rng.random() < 0.5:
        headers["Content-Type"] = rng.choice(["application/json", "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "\u00ff/\u00ff"])
    if rng.random() < 0.1:
        headers["Content-Encoding"] = rng.choice(["gzip", "deflate", "br", "identity", "x-nope"])
    if rng.random() < 0.1:
        headers["Accept"] = rng.choice(["*/*", "text/html", "application/json;q=0"])
    return headers


async def test_fuzz_no_5xx_and_still_serving(token_client):
    rng = random.Random(20260611)
    statuses: dict[int, int] = {}
    for _ in range(1200):
        method = "POST" if rng.random() < 0.9 else rng.choice(["GET", "PUT", "DELETE", "PATCH"])
        async with token_client.request(method, "/api/ask", data=_fuzz_body(rng), headers=_fuzz_headers(rng)) as resp:
            await resp.read()
            statuses[resp.status] = statuses.get(resp.status, 0) + 1
    assert not [s for s in statuses if s >= 500], statuses
    assert {200, 400, 401} <= statuses.keys(), statuses  # the loop reached every layer
    resp = await token_client.post("/api/ask", json={"q": LIST_Q}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert resp.status == 200
