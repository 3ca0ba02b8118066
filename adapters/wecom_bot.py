"""WeCom 智能机器人 (AI bot), API mode: group @ and single chats at `/wecom/bot`.

WeCom posts `{"encrypt": …}` (the app's AES scheme with an empty receiveid) and shows whatever
the callback answers: an encrypted `{"encrypt", "msgsignature", "timestamp", "nonce"}` whose
plaintext is a `stream` message with `finish: true`. An answer not ready within
`wecom_bot_reply_wait_s` is posted later, once, to the message's `response_url` (valid one
hour, usable once) instead. Message ids already answered get an empty 200 (WeCom retries).
"""
from __future__ import annotations

import asyncio
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from aiohttp import web

from planbot.bot.kv import KV, MemoryKV
from planbot.bot.messages import BOT_WELCOME
from planbot.bot.render import render
from planbot.bot.types import Message, Reply
from planbot.config import Settings

from .http import (
    Answer,
    Delivery,
    DeliveryError,
    Retry,
    SeenSet,
    answer_safely,
    log_answered,
    log_request,
    read_body,
    reject,
)
from .markdown import inert_reply
from .wecom import REFUSALS, url_verifier
from .wecom_crypto import MalformedMessage, WeComCrypto, check_query_shape, check_timestamp

PLATFORM = "wecom_bot"
STREAM_LIMIT = 20480  # bytes of a stream message's content
_MENTION = re.compile(r"^(?:\s*@\S+)+\s*")  # "@RobotA hello" -> "hello"


@dataclass(frozen=True)
class Inbound:
    """One decrypted callback, reduced to what answering needs."""

    msgid: str
    kind: str  # "text" (a question), "welcome" (enter_chat), "refresh" (stream refresh), "other"
    user_id: str
    chat_id: str
    is_group: bool
    text: str = ""
    response_url: str = ""


def parse_callback(plain: str) -> Inbound:
    """The callback's JSON as an Inbound; MalformedMessage (400) for anything unreadable."""
    try:
        data = json.loads(plain)
    except ValueError:
        raise MalformedMessage("callback is not JSON") from None
    return inbound_from(data)


def inbound_from(data: object) -> Inbound:
    """A callback body (HTTP callback or long-connection frame body) as an Inbound.

    Text comes from `text`, from the text items of `mixed`, and, when the user's own words are
    only the @mention, from the `quote` they replied to.
    """
    if not isinstance(data, dict):
        raise MalformedMessage("callback is not a JSON object")
    sender = data.get("from")
    user_id = sender.get("userid") if isinstance(sender, dict) else None
    if not isinstance(user_id, str) or not user_id:
        raise MalformedMessage("no from.userid")
    chattype = data.get("chattype")
    chat_id = data.get("chatid") if chattype == "group" else user_id
    msgtype = data.get("msgtype")
    common = dict(
        msgid=_string(data.get("msgid")), user_id=user_id, chat_id=_string(chat_id) or user_id,
        is_group=chattype == "group", response_url=_string(data.get("response_url")),
    )
    if msgtype == "event":
        event = data.get("event") if isinstance(data.get("event"), dict) else {}
        return Inbound(kind="welcome" if event.get("eventtype") == "enter_chat" else "other", **common)
    if msgtype == "stream":
        return Inbound(kind="refresh", **common)
    text = _strip_mention(_text_of(data))
    if not text and isinstance(data.get("quote"), dict):
        text = _text_of(data["quote"])
    if msgtype in ("text", "mixed") and text:
        return Inbound(kind="text", text=text, **common)
    return Inbound(kind="other" if msgtype not in ("text", "mixed") else "text", **common)


def _string(value: object) -> str:
    return value if isinstance(value, str) else ""


def _text_of(data: dict) -> str:
    """The words of a text or mixed message (image items are skipped)."""
    if data.get("msgtype") == "text" and isinstance(data.get("text"), dict):
        return _string(data["text"].get("content")).strip()
    mixed = data.get("mixed")
    items = mixed.get("msg_item") if isinstance(mixed, dict) else None
    if isinstance(items, list):
        parts = [_text_of(item) for item in items if isinstance(item, dict)]
        return " ".join(p for p in parts if p)
    return ""


def _strip_mention(text: str) -> str:
    return _MENTION.sub("", text).strip()


def to_message(inbound: Inbound) -> Message | None:
    """The question for the bot, or None for what it cannot read (images, voice, files)."""
    if inbound.kind != "text":
        return None
    return Message(text=inbound.text, platform=PLATFORM, chat_id=inbound.chat_id, user_id=inbound.user_id,
                   is_group=inbound.is_group)


def stream_reply(content: str, stream_id: str | None = None) -> dict:
    """A finished stream message: the whole answer at once, cut to WeCom's byte limit."""
    data = content.encode()
    if len(data) > STREAM_LIMIT:
        content = data[:STREAM_LIMIT].decode(errors="ignore")
    return {"msgtype": "stream", "stream": {"id": stream_id or secrets.token_hex(8), "finish": True, "content": content}}


def envelope(crypto: WeComCrypto, plaintext: dict, timestamp: str, nonce: str | None = None) -> dict:
    """The encrypted JSON body of a passive reply."""
    nonce = nonce or secrets.token_hex(8)
    encrypt, signature = crypto.encrypt_message(json.dumps(plaintext, ensure_ascii=False), nonce, timestamp)
    return {"encrypt": encrypt, "msgsignature": signature, "timestamp": timestamp, "nonce": nonce}


def allowed_response_url(url: str, hosts: frozenset[str]) -> bool:
    """Only an allowed host (WeCom's API) may receive an answer: the parsed host, no userinfo."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("https", "http") and parts.username is None and (parts.hostname or "") in hosts


def add_wecom_bot_routes(
    app: web.Application,
    settings: Settings,
    answer: Answer,
    *,
    delivery: Delivery | None = None,
    clock: Callable[[], float] = time.time,
    kv: KV | None = None,
    path: str = "/wecom/bot",
) -> Delivery:
    """Serve URL verification (GET) and callbacks (POST) at `path`; returns the Delivery used
    for late answers through response_url."""
    if settings.wecom_bot_token is None or settings.wecom_bot_aes_key is None:
        raise ValueError("WeCom AI bot is not configured: PLANBOT_WECOM_BOT_TOKEN and PLANBOT_WECOM_BOT_AES_KEY are both needed")
    crypto = WeComCrypto(settings.wecom_bot_token.get_secret_value(), settings.wecom_bot_aes_key.get_secret_value(), "")
    # a response_url may be used once: never retried
    delivery = delivery or Delivery(PLATFORM, retry=Retry(attempts=1))
    hosts = frozenset(settings.wecom_bot_response_hosts)
    wait_s = settings.wecom_bot_reply_wait_s
    seen = SeenSet(kv or MemoryKV(clock=clock), f"seen:{PLATFORM}")

    async def late(inbound: Inbound, work: asyncio.Future, started: float) -> None:
        reply = await work
        outcome = "late-sent"
        if not allowed_response_url(inbound.response_url, hosts):
            outcome = "late-dropped"  # no usable response_url: nothing safe to send to
        else:
            content = stream_reply(render(inert_reply(reply), "wecom"))["stream"]["content"]
            try:
                await delivery.request_json("POST", inbound.response_url,
                                            json={"msgtype": "markdown", "markdown": {"content": content}})
            except DeliveryError:
                outcome = "late-failed"
        log_answered(PLATFORM, inbound.chat_id, reply, started, clock, outcome)

    async def callback(request: web.Request) -> web.Response:
        started = clock()
        query = request.query
        try:
            # all that can be checked before the body (the signature covers the body's encrypt):
            check_timestamp(query.get("timestamp"), started)
            check_query_shape(query.get("msg_signature"), query.get("nonce"))
            body = await read_body(request, trusted=False)
            inbound = parse_callback(crypto.decrypt(_encrypted_field(body, crypto, query)))
        except tuple(REFUSALS) as exc:
            return reject(PLATFORM, exc, REFUSALS)
        if inbound.kind == "refresh" or not seen.first_time(inbound.msgid or f"{inbound.user_id}|{started}"):
            log_request(PLATFORM, "duplicate" if inbound.kind != "refresh" else "refresh", chat=inbound.chat_id)
            return web.Response(text="")
        timestamp = str(int(clock()))
        if inbound.kind == "welcome":
            log_request(PLATFORM, "welcome", chat=inbound.chat_id)
            return web.json_response(envelope(crypto, {"msgtype": "text", "text": {"content": BOT_WELCOME}}, timestamp))
        work = asyncio.ensure_future(answer_safely(answer, to_message(inbound)))
        try:
            reply: Reply = await asyncio.wait_for(asyncio.shield(work), wait_s)
        except asyncio.TimeoutError:
            delivery.spawn(late(inbound, work, started))
            log_request(PLATFORM, "deferred", chat=inbound.chat_id)
            return web.Response(text="")
        log_answered(PLATFORM, inbound.chat_id, reply, started, clock, "replied")
        return web.json_response(envelope(crypto, stream_reply(render(inert_reply(reply), "wecom")), timestamp))

    app.router.add_get(path, url_verifier(PLATFORM, crypto, clock))
    app.router.add_post(path, callback)
    app.on_cleanup.append(delivery.on_cleanup)
    return delivery


def _encrypted_field(body: bytes, crypto: WeComCrypto, query) -> str:
    """The `encrypt` field of a callback body, once its msg_signature checks out."""
    try:
        data = json.loads(body)
    except ValueError:
        raise MalformedMessage("body is not JSON") from None
    encrypt = data.get("encrypt") if isinstance(data, dict) else None
    if not isinstance(encrypt, str) or not encrypt:
        raise MalformedMessage("no encrypt field")
    crypto.check_signature(query.get("msg_signature"), query["timestamp"], query.get("nonce", ""), encrypt)
    return encrypt
