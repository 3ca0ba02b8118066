"""WeCom 智能机器人 (AI bot) API mode over real HTTP.

The client side (what WeCom does: encrypt the callback JSON, sign it; verify and decrypt our
passive reply) is written here independently of adapters/wecom_crypto.py, from the published
scheme: AES-256-CBC, key = base64(EncodingAESKey + "="), iv = key[:16], plaintext = random16 ‖
len ‖ msg ‖ receiveid (empty for the AI bot), PKCS#7 to 32 bytes; signature = sha1 of the
sorted token, timestamp, nonce and ciphertext.
"""
from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import struct
import time

import pytest
from aiohttp import web
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from planbot.adapters.http import Delivery, Retry
from planbot.adapters.wecom_bot import add_wecom_bot_routes, allowed_response_url, parse_callback
from planbot.bot.messages import BOT_WELCOME, UNSUPPORTED_MESSAGE
from planbot.bot.types import Citation, Message, Reply
from planbot.config import Settings

TOKEN = "aibot-token-DO-NOT-LOG"
AES_KEY = "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR"
KEY = base64.b64decode(AES_KEY + "=")
REPLY = Reply(title="答复", blocks=["区水务局牵头3项。"], citations=[Citation(doc="000.txt", label="《计划》附件1 · 第3项")])


# --- the independent client ------------------------------------------------------------------


def client_encrypt(text: str, receive_id: bytes = b"") -> str:
    msg = text.encode()
    plain = os.urandom(16) + struct.pack(">I", len(msg)) + msg + receive_id
    pad = 32 - len(plain) % 32
    enc = Cipher(algorithms.AES(KEY), modes.CBC(KEY[:16])).encryptor()
    return base64.b64encode(enc.update(plain + bytes([pad]) * pad) + enc.finalize()).decode()


def client_decrypt(encrypt: str) -> str:
    dec = Cipher(algorithms.AES(KEY), modes.CBC(KEY[:16])).decryptor()
    plain = dec.update(base64.b64decode(encrypt)) + dec.finalize()
    plain = plain[: -plain[-1]]
    (length,) = struct.unpack(">I", plain[16:20])
    assert plain[20 + length:] == b""  # the AI bot's receiveid is empty
    return plain[20 : 20 + length].decode()


def client_sign(timestamp: str, nonce: str, encrypt: str, token: str = TOKEN) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, encrypt])).encode()).hexdigest()


def callback(payload: dict, *, timestamp: int | None = None, token: str = TOKEN) -> tuple[dict, str]:
    ts, nonce = str(timestamp if timestamp is not None else int(time.time())), "nonce42"
    encrypt = client_encrypt(json.dumps(payload, ensure_ascii=False))
    return {"msg_signature": client_sign(ts, nonce, encrypt, token), "timestamp": ts, "nonce": nonce}, json.dumps({"encrypt": encrypt})


def text_message(content: str, msgid: str = "m1", *, group: bool = True, response_url: str = "", **extra) -> dict:
    data = {"msgid": msgid, "aibotid": "AIBOTID", "chattype": "group" if group else "single",
            "from": {"userid": "zhangsan"}, "response_url": response_url, "msgtype": "text",
            "text": {"content": content}, **extra}
    if group:
        data["chatid"] = "group-chat-1"
    return data


def opened(body: dict) -> dict:
    """Our passive reply, verified and decrypted as WeCom would."""
    assert set(body) == {"encrypt", "msgsignature", "timestamp", "nonce"}
    assert body["msgsignature"] == client_sign(body["timestamp"], body["nonce"], body["encrypt"])
    return json.loads(client_decrypt(body["encrypt"]))


# --- fixtures ----------------------------------------------------------------------------------


class Asked:
    """Records what the bot was asked and answers a fixed Reply, after `delay_s`."""

    def __init__(self, reply: Reply = REPLY, delay_s: float = 0.0) -> None:
        self.messages: list[Message] = []
        self.reply, self.delay_s = reply, delay_s

    async def __call__(self, message: Message) -> Reply:
        self.messages.append(message)
        await asyncio.sleep(self.delay_s)
        return self.reply


@pytest.fixture
async def response_server(aiohttp_server):
    """A local stand-in for WeCom's response_url endpoint."""
    posts: list[dict] = []

    async def handle(request: web.Request) -> web.Response:
        posts.append(await request.json())
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    app = web.Application()
    app.router.add_post("/cgi-bin/aibot/response", handle)
    server = await aiohttp_server(app)
    return str(server.make_url("/cgi-bin/aibot/response?response_code=RC")), posts


@pytest.fixture
def serve(aiohttp_client):
    async def serve(answer, **settings):
        config = Settings(**{"wecom_bot_token": TOKEN, "wecom_bot_aes_key": AES_KEY,
                             "wecom_bot_response_hosts": ["127.0.0.1"], **settings})
        app = web.Application()
        delivery = add_wecom_bot_routes(app, config, answer, delivery=Delivery("wecom_bot", retry=Retry(attempts=1, timeout_s=2)))
        return await aiohttp_client(app), delivery

    return serve


# --- tests ----------------------------------------------------------------------------------


async def test_url_verification_echoes_the_decrypted_echostr(serve):
    client, _ = await serve(Asked())
    ts, nonce, echostr = str(int(time.time())), "n1", client_encrypt("echo-123456")
    response = await client.get("/wecom/bot", params={"msg_signature": client_sign(ts, nonce, echostr),
                                                      "timestamp": ts, "nonce": nonce, "echostr": echostr})
    assert response.status == 200 and await response.text() == "echo-123456"


async def test_group_mention_gets_an_encrypted_finished_stream(serve):
    asked = Asked()
    client, _ = await serve(asked)
    query, body = callback(text_message("@规划助手 区水务局牵头哪些措施？"))
    response = await client.post("/wecom/bot", params=query, data=body)
    assert response.status == 200
    reply = opened(await response.json())
    assert reply["msgtype"] == "stream" and reply["stream"]["finish"] is True
    assert "区水务局牵头3项" in reply["stream"]["content"] and "《计划》" in reply["stream"]["content"]
    [message] = asked.messages
    assert message.text == "区水务局牵头哪些措施？"  # the @mention is not part of the question
    assert (message.platform, message.chat_id, message.user_id, message.is_group) == ("wecom_bot", "group-chat-1", "zhangsan", True)


async def test_single_chat_is_keyed_by_the_user(serve):
    asked = Asked()
    client, _ = await serve(asked)
    query, body = callback(text_message("渣土车归谁管", group=False))
    assert (await client.post("/wecom/bot", params=query, data=body)).status == 200
    assert (asked.messages[0].chat_id, asked.messages[0].is_group) == ("zhangsan", False)


async def test_a_replayed_msgid_is_answered_once(serve):
    asked = Asked()
    client, _ = await serve(asked)
    query, body = callback(text_message("区水务局牵头哪些", msgid="same"))
    first = await client.post("/wecom/bot", params=query, data=body)
    second = await client.post("/wecom/bot", params=query, data=body)
    assert "encrypt" in await first.json()
    assert second.status == 200 and await second.text() == ""
    assert len(asked.messages) == 1


@pytest.mark.parametrize("tamper, status", [
    (lambda q, b: ({**q, "msg_signature": "0" * 40}, b), 401),
    (lambda q, b: ({**q, "nonce": "other"}, b), 401),
    (lambda q, b: (q, json.dumps({"encrypt": json.loads(b)["encrypt"][:-4] + "AAA="})), 401),
    (lambda q, b: (q, "{not json"), 400),
    (lambda q, b: (q, json.dumps({"Encrypt": "x"})), 400),
    (lambda q, b: (q, json.dumps(["encrypt"])), 400),
    (lambda q, b: ({k: v for k, v in q.items() if k != "timestamp"}, b), 401),
])
async def test_forged_or_broken_callbacks_are_refused_before_the_bot(serve, tamper, status):
    asked = Asked()
    client, _ = await serve(asked)
    query, body = tamper(*callback(text_message("区水务局牵头哪些")))
    assert (await client.post("/wecom/bot", params=query, data=body)).status == status
    assert asked.messages == []


async def test_stale_timestamp_and_wrong_token_are_401(serve):
    client, _ = await serve(Asked())
    query, body = callback(text_message("问题"), timestamp=int(time.time()) - 7200)
    assert (await client.post("/wecom/bot", params=query, data=body)).status == 401
    query, body = callback(text_message("问题"), token="someone-else")
    assert (await client.post("/wecom/bot", params=query, data=body)).status == 401


async def test_enter_chat_gets_the_welcome(serve):
    asked = Asked()
    client, _ = await serve(asked)
    event = {"msgid": "e1", "aibotid": "AIBOTID", "from": {"userid": "lisi"}, "msgtype": "event",
             "event": {"eventtype": "enter_chat"}}
    query, body = callback(event)
    reply = opened(await (await client.post("/wecom/bot", params=query, data=body)).json())
    assert reply == {"msgtype": "text", "text": {"content": BOT_WELCOME}}
    assert asked.messages == []


async def test_mixed_and_quote_messages_are_read_as_text(serve):
    asked = Asked()
    client, _ = await serve(asked)
    mixed = {**text_message("", msgid="mx"), "msgtype": "mixed",
             "mixed": {"msg_item": [{"msgtype": "text", "text": {"content": "@助手 扬尘谁管"}},
                                    {"msgtype": "image", "image": {"url": "https://example.invalid/p.png"}}]}}
    quote = text_message("@助手", msgid="qt", quote={"msgtype": "text", "text": {"content": "6月底前要完成哪些任务"}})
    for payload in (mixed, quote):
        query, body = callback(payload)
        assert (await client.post("/wecom/bot", params=query, data=body)).status == 200
    assert [m.text for m in asked.messages] == ["扬尘谁管", "6月底前要完成哪些任务"]


async def test_an_image_gets_one_polite_reply_without_the_bot(serve):
    asked = Asked()
    client, _ = await serve(asked)
    image = {**text_message("", msgid="img", group=False), "msgtype": "image", "image": {"url": "https://example.invalid/p"}}
    query, body = callback(image)
    reply = opened(await (await client.post("/wecom/bot", params=query, data=body)).json())
    assert UNSUPPORTED_MESSAGE in reply["stream"]["content"] and asked.messages == []


async def test_a_slow_answer_goes_to_the_response_url_once(serve, response_server):
    url, posts = response_server
    asked = Asked(delay_s=0.5)
    client, delivery = await serve(asked, wecom_bot_reply_wait_s=0.05)
    query, body = callback(text_message("区水务局牵头哪些", msgid="slow", response_url=url))
    response = await client.post("/wecom/bot", params=query, data=body)
    assert response.status == 200 and await response.text() == ""
    await delivery.join()
    [post] = posts
    assert post["msgtype"] == "markdown" and "区水务局牵头3项" in post["markdown"]["content"]


async def test_a_response_url_to_another_host_is_never_called(serve, response_server):
    url, posts = response_server
    client, delivery = await serve(Asked(delay_s=0.3), wecom_bot_reply_wait_s=0.01, wecom_bot_response_hosts=["qyapi.weixin.qq.com"])
    query, body = callback(text_message("区水务局牵头哪些", msgid="ssrf", response_url=url))
    assert (await client.post("/wecom/bot", params=query, data=body)).status == 200
    await delivery.join()
    assert posts == []


@pytest.mark.parametrize("url, ok", [
    ("https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=x", True),
    ("https://qyapi.weixin.qq.com@127.0.0.1/x", False),
    ("https://qyapi.weixin.qq.com.evil.example/x", False),
    ("ftp://qyapi.weixin.qq.com/x", False),
    ("", False),
])
def test_response_url_host_is_checked_on_the_parsed_url(url, ok):
    assert allowed_response_url(url, frozenset({"qyapi.weixin.qq.com"})) is ok


def test_parse_callback_refuses_what_is_not_a_message():
    from planbot.adapters.wecom_crypto import MalformedMessage

    for plain in ("[]", "not json", json.dumps({"msgtype": "text"})):
        with pytest.raises(MalformedMessage):
            parse_callback(plain)


async def test_group_question_gets_a_cited_answer_from_the_real_bot(serve, real_answer):
    client, _ = await serve(real_answer)
    query, body = callback(text_message("@规划助手 区水务局牵头哪些措施？", msgid="real"))
    reply = opened(await (await client.post("/wecom/bot", params=query, data=body)).json())
    content = reply["stream"]["content"]
    assert "区水务局" in content and "《" in content and reply["stream"]["finish"] is True
