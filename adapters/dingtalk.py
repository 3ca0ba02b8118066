"""DingTalk enterprise robot: the HTTP callback route and the Stream-mode runner.

Both turn the same message JSON into one `Message`, ask the bot in a background task and POST
the rendered reply to the message's `sessionWebhook` with aiohttp, so a slow answer or a slow
DingTalk never holds up the callback or another chat.
"""
from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import dingtalk_stream
from aiohttp import web

from planbot.bot.render import DINGTALK_TEXT_LIMIT, render, split_by_bytes, title
from planbot.bot.kv import KV, MemoryKV
from planbot.bot.types import Message
from planbot.config import Settings

from .dingtalk_sign import WINDOW_MS, SignatureError, verify
from .http import (
    BODY_REFUSALS,
    Answer,
    Delivery,
    DeliveryError,
    SeenSet,
    answer_safely,
    log_answered,
    log_request,
    read_body,
    reject,
)
from .markdown import inert_reply

PLATFORM = "dingtalk"
_LEADING_MENTIONS = re.compile(r"^\s*(?:@\S*\s+)*")  # "@机器人 问题" -> "问题"; groups keep a leading space


SIGN_BUDGET = 3  # messages one timestamp/sign pair may carry (it signs the time, not the body)
DEFAULT_PORTS = {"https": 443, "http": 80}


class MalformedPayload(ValueError):
    """Signed, but not a robot message this adapter can answer (400)."""


class SignReplayed(SignatureError):
    """A genuine timestamp/sign pair used for more messages than DingTalk would ever send (401)."""


REFUSALS = {SignatureError: 401, MalformedPayload: 400, **BODY_REFUSALS}


@dataclass(frozen=True)
class WebhookHost:
    """One allowed sessionWebhook destination: scheme, host and port (None: any port)."""

    scheme: str
    host: str
    port: int | None


class WebhookAllowlist:
    """Where replies may be posted. The body's sessionWebhook is not covered by the sign, so a
    captured sign could otherwise make us POST anywhere (blind SSRF). Compared on the parsed URL,
    never on a string prefix. Entries: `host` (https, port 443), `host:port`, `http://host[:port]`,
    and `:*` for any port (tests point webhooks at 127.0.0.1 on a free port)."""

    def __init__(self, entries: Iterable[str]) -> None:
        self._allowed = {self._entry(entry.strip()) for entry in entries if entry.strip()}

    @staticmethod
    def _entry(entry: str) -> WebhookHost:
        scheme, _, rest = entry.lower().rpartition("://")
        scheme = scheme or "https"
        host, _, port = rest.rstrip("/").partition(":")
        if scheme not in DEFAULT_PORTS or not host or not (port in ("", "*") or port.isdigit()):
            raise ValueError(f"PLANBOT_DINGTALK_WEBHOOK_HOSTS: cannot read {entry!r} (host, host:port, http://host:*)")
        return WebhookHost(scheme, host, None if port == "*" else int(port or DEFAULT_PORTS[scheme]))

    def allows(self, url: str) -> bool:
        if not url.isascii() or any(c <= " " or c == "\\" for c in url):
            return False  # where URL parsers disagree (tabs, backslashes, IDNA) nothing is allowed
        try:
            parts = urlsplit(url)
            port = parts.port or DEFAULT_PORTS.get(parts.scheme)
        except ValueError:  # a port that is not a number
            return False
        if parts.username is not None or parts.password is not None or not parts.hostname:
            return False  # "https://oapi.dingtalk.com@evil/": the host is evil
        host = parts.hostname.lower()
        return any(
            a.scheme == parts.scheme and a.host == host and a.port in (None, port) for a in self._allowed
        )


@dataclass(frozen=True)
class Inbound:
    """What answering one DingTalk message needs: the question (None if not text) and where to reply."""

    message: Message | None
    msg_id: str
    chat_id: str
    is_group: bool
    staff_id: str
    webhook: str
    webhook_expires_ms: int | None


def parse_callback(payload: object, webhooks: WebhookAllowlist) -> Inbound:
    """Translate a robot message (HTTP callback body or Stream `data`) into an Inbound."""
    if not isinstance(payload, dict):
        raise MalformedPayload("not a JSON object")
    webhook, chat_id = _text(payload.get("sessionWebhook")), _text(payload.get("conversationId"))
    if not webhooks.allows(webhook):
        raise MalformedPayload("no sessionWebhook we may reply to")
    if not chat_id:
        raise MalformedPayload("no conversationId")
    staff_id = _text(payload.get("senderStaffId"))
    is_group = payload.get("conversationType") == "2"
    text = payload.get("text")
    content = text.get("content") if payload.get("msgtype") == "text" and isinstance(text, dict) else None
    message = None
    if isinstance(content, str):
        message = Message(
            text=_clean(_LEADING_MENTIONS.sub("", content).strip()),
            platform=PLATFORM,
            chat_id=chat_id,
            user_id=staff_id or _text(payload.get("senderId")),
            user_name=_text(payload.get("senderNick")),
            is_group=is_group,
        )
    expires = payload.get("sessionWebhookExpiredTime")
    return Inbound(
        message=message,
        msg_id=_text(payload.get("msgId")),
        chat_id=chat_id,
        is_group=is_group,
        staff_id=staff_id,
        webhook=webhook,
        webhook_expires_ms=expires if isinstance(expires, int) and not isinstance(expires, bool) else None,
    )


def _text(value: object) -> str:
    """A string field, or "" when absent or of another type."""
    return _clean(value) if isinstance(value, str) else ""


def _clean(text: str) -> str:
    """JSON may carry lone surrogates, which no later encode() should trip over."""
    return text.encode("utf-8", "replace").decode()


class Responder:
    """Answers accepted messages in the background and posts the replies to their sessionWebhook."""

    def __init__(
        self, answer: Answer, delivery: Delivery, clock: Callable[[], float], kv: KV, webhooks: WebhookAllowlist
    ) -> None:
        self.answer = answer
        self.delivery = delivery
        self.clock = clock
        self.webhooks = webhooks
        self._seen = SeenSet(kv, f"seen:{PLATFORM}")

    def accept(self, inbound: Inbound, started: float) -> None:
        """Schedule the answer unless this msgId was already accepted (DingTalk redelivers)."""
        if inbound.msg_id and not self._seen.first_time(inbound.msg_id):
            log_request(PLATFORM, "duplicate", chat=inbound.chat_id)
        else:
            self.delivery.spawn(self._respond(inbound, started))

    async def _respond(self, inbound: Inbound, started: float) -> None:
        reply = await answer_safely(self.answer, inbound.message)
        shown = inert_reply(reply)
        outcome = await self._post(inbound, render(shown, "dingtalk"), title(shown))
        log_answered(PLATFORM, inbound.chat_id, reply, started, self.clock, outcome)

    async def _post(self, inbound: Inbound, text: str, heading: str) -> str:
        """Post each chunk in order; @ the asker once, on the first chunk, in group chats (DingTalk
        shows the @ as the asker's name only where the text carries "@userId" too)."""
        for n, chunk in enumerate(split_by_bytes(text, DINGTALK_TEXT_LIMIT)):
            if inbound.webhook_expires_ms is not None and self.clock() * 1000 >= inbound.webhook_expires_ms:
                return "webhook-expired"
            body: dict = {"msgtype": "markdown", "markdown": {"title": heading, "text": chunk}}
            if n == 0 and inbound.is_group and inbound.staff_id:
                body["markdown"]["text"] = f"@{inbound.staff_id} {chunk}"
                body["at"] = {"atUserIds": [inbound.staff_id]}
            try:
                result = await self.delivery.request_json("POST", inbound.webhook, json=body)
            except DeliveryError:
                return "failed"  # the reason is logged by Delivery
            if result.get("errcode", 0) != 0:
                return f"refused:{result.get('errcode')}"
        return "sent"


def add_dingtalk_routes(
    app: web.Application,
    settings: Settings,
    answer: Answer,
    *,
    delivery: Delivery | None = None,
    clock: Callable[[], float] = time.time,
    kv: KV | None = None,
    path: str = "/dingtalk/callback",
) -> Delivery:
    """Serve the HTTP-mode robot callback at `path`; returns the Delivery (its tasks can be joined)."""
    if settings.dingtalk_app_secret is None:
        raise ValueError("PLANBOT_DINGTALK_APP_SECRET is not set")
    secret = settings.dingtalk_app_secret.get_secret_value()
    delivery = delivery or Delivery(PLATFORM)
    kv = kv or MemoryKV(clock=clock)
    responder = Responder(answer, delivery, clock, kv, WebhookAllowlist(settings.dingtalk_webhook_hosts.split(",")))
    # A timestamp is accepted from an hour before to an hour after: remember its sign that long.
    signs = SeenSet(kv, f"sign:{PLATFORM}", ttl_s=2 * WINDOW_MS / 1000)

    async def callback(request: web.Request) -> web.Response:
        started = clock()
        try:
            timestamp, signature = request.headers.get("timestamp"), request.headers.get("sign")
            verify(secret, timestamp, signature, now_ms=int(started * 1000))
            spend_sign(signs, signature)
            body = await read_body(request, trusted=True)
            inbound = parse_callback(_load_json(body), responder.webhooks)
        except tuple(REFUSALS) as exc:
            return reject(PLATFORM, exc, REFUSALS)
        responder.accept(inbound, started)
        return web.Response()

    app.router.add_post(path, callback)
    app.on_cleanup.append(delivery.on_cleanup)
    return delivery


def spend_sign(signs: SeenSet, signature: str) -> None:
    """Count one message against this sign's budget of SIGN_BUDGET slots."""
    if not any(signs.first_time(f"{signature}:{n}") for n in range(SIGN_BUDGET)):
        raise SignReplayed(f"sign used for more than {SIGN_BUDGET} messages")


def _load_json(body: bytes) -> object:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested deeper than the stack
        raise MalformedPayload("body is not JSON") from None


class StreamHandler(dingtalk_stream.ChatbotHandler):
    """Stream-mode chatbot callback: acknowledge at once, answer through the shared Responder
    (aiohttp to sessionWebhook) instead of the SDK's blocking `reply_markdown`."""

    def __init__(self, responder: Responder) -> None:
        super().__init__()
        self.responder = responder

    async def process(self, callback: dingtalk_stream.CallbackMessage) -> tuple[int, str]:
        started = self.responder.clock()
        try:
            inbound = parse_callback(callback.data, self.responder.webhooks)
        except MalformedPayload as exc:
            log_request(PLATFORM, "rejected:stream", reason=type(exc).__name__, level=logging.WARNING)
            return dingtalk_stream.AckMessage.STATUS_OK, "ignored"  # a redelivery would not parse either
        self.responder.accept(inbound, started)
        return dingtalk_stream.AckMessage.STATUS_OK, "OK"


async def run_dingtalk_stream(
    settings: Settings,
    answer: Answer,
    *,
    delivery: Delivery | None = None,
    clock: Callable[[], float] = time.time,
    kv: KV | None = None,
) -> None:
    """Connect with clientId/clientSecret and answer messages for as long as the process runs.

    The SDK reconnects on any error and even swallows the first cancellation (one Ctrl-C is
    absorbed, a second ends it); pending replies get a grace period when it does end.
    Its connection request uses blocking `requests`, once per (re)connect.
    """
    if settings.dingtalk_client_id is None or settings.dingtalk_app_secret is None:
        raise ValueError("PLANBOT_DINGTALK_CLIENT_ID and PLANBOT_DINGTALK_APP_SECRET must be set")
    secret = settings.dingtalk_app_secret.get_secret_value()
    client = dingtalk_stream.DingTalkStreamClient(dingtalk_stream.Credential(settings.dingtalk_client_id, secret))
    delivery = delivery or Delivery(PLATFORM)
    webhooks = WebhookAllowlist(settings.dingtalk_webhook_hosts.split(","))
    handler = StreamHandler(Responder(answer, delivery, clock, kv or MemoryKV(clock=clock), webhooks))
    client.register_callback_handler(dingtalk_stream.ChatbotMessage.TOPIC, handler)
    try:
        await client.start()
    finally:
        await delivery.close()
