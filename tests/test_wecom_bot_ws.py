"""WeCom 智能机器人 long connection: WeCom's SDK against a local WebSocket server speaking the
published frames (aibot_subscribe, aibot_msg_callback, aibot_respond_msg, acks), over TLS as in
production. The server drops the connection after the first answer (the SDK reconnects), then
closes it cleanly after the second (our watchdog reconnects); both times the bot subscribes
again and answers the next message."""
from __future__ import annotations

import asyncio
import datetime
import ipaddress
import json
import ssl

from aiohttp import WSMsgType, web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from planbot.adapters.wecom_bot_ws import keep_connected, make_client
from planbot.bot.messages import BOT_WELCOME
from planbot.config import Settings

BOT_ID, SECRET = "aib-test-bot", "aibot-secret-DO-NOT-LOG"


def self_signed(tmp_path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context, client context trusting only that server) for 127.0.0.1."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=1))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert_file, key_file)
    return server, ssl.create_default_context(cafile=str(cert_file))


class FakeWeCom:
    """Accepts subscriptions, pushes scripted frames and records the bot's replies."""

    def __init__(self) -> None:
        self.subscriptions: list[dict] = []
        self.replies: asyncio.Queue = asyncio.Queue()
        self.connections: asyncio.Queue = asyncio.Queue()

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await self.connections.put((ws, request.transport))
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            req_id = frame.get("headers", {}).get("req_id", "")
            if frame.get("cmd") == "aibot_subscribe":
                self.subscriptions.append(frame["body"])
            elif frame.get("cmd") in ("aibot_respond_msg", "aibot_respond_welcome_msg"):
                await self.replies.put(frame)
            await ws.send_json({"headers": {"req_id": req_id}, "errcode": 0, "errmsg": "ok"})
        return ws


def push(req_id: str, body: dict, cmd: str = "aibot_msg_callback") -> dict:
    return {"cmd": cmd, "headers": {"req_id": req_id}, "body": body}


def group_text(msgid: str, content: str) -> dict:
    return {"msgid": msgid, "aibotid": BOT_ID, "chatid": "group-1", "chattype": "group",
            "from": {"userid": "wangwu"}, "msgtype": "text", "text": {"content": content}}


async def test_long_connection_answers_and_survives_a_dropped_connection(tmp_path, monkeypatch, real_answer):
    import aibot.ws

    server_ctx, client_ctx = self_signed(tmp_path)
    monkeypatch.setattr(aibot.ws, "_SSL_CONTEXT", client_ctx)  # trust the local test server only
    fake = FakeWeCom()
    app = web.Application()
    app.router.add_get("/", fake.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_ctx)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    settings = Settings(wecom_bot_id=BOT_ID, wecom_bot_secret=SECRET, wecom_bot_ws_url=f"wss://127.0.0.1:{port}/")
    client = make_client(settings, real_answer)
    watchdog = None
    try:
        await client.connect()
        watchdog = asyncio.ensure_future(keep_connected(client, check_s=0.2, down_s=1.0))
        ws, transport = await asyncio.wait_for(fake.connections.get(), 10)
        await ws.send_json(push("req-1", group_text("m-1", "@规划助手 渣土车归谁管？")))
        first = await asyncio.wait_for(fake.replies.get(), 120)
        assert first["cmd"] == "aibot_respond_msg" and first["headers"]["req_id"] == "req-1"
        stream = first["body"]["stream"]
        assert stream["finish"] is True and "《" in stream["content"]

        transport.abort()  # the network drops the connection: the SDK comes back by itself
        ws, transport = await asyncio.wait_for(fake.connections.get(), 15)
        await ws.send_json(push("req-2", group_text("m-2", "区水务局牵头哪些措施")))
        second = await asyncio.wait_for(fake.replies.get(), 120)
        assert second["headers"]["req_id"] == "req-2" and "区水务局" in second["body"]["stream"]["content"]

        await ws.close()  # WeCom closes cleanly: the SDK stays down, the watchdog reconnects
        ws, transport = await asyncio.wait_for(fake.connections.get(), 15)

        await ws.send_json(push("req-3", group_text("m-2", "区水务局牵头哪些措施")))  # a redelivery
        event = {"msgid": "e-1", "aibotid": BOT_ID, "from": {"userid": "wangwu"}, "msgtype": "event",
                 "event": {"eventtype": "enter_chat"}}
        await ws.send_json(push("req-4", event, "aibot_event_callback"))
        welcome = await asyncio.wait_for(fake.replies.get(), 10)
        assert welcome["headers"]["req_id"] == "req-4"  # req-3 (a duplicate msgid) got no answer
        assert welcome["body"] == {"msgtype": "text", "text": {"content": BOT_WELCOME}}
        assert fake.subscriptions == [{"bot_id": BOT_ID, "secret": SECRET}] * 3
    finally:
        if watchdog:
            watchdog.cancel()
        client.disconnect()
        await runner.cleanup()
