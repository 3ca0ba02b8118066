"""The HTTP API (`POST /api/ask`), the health check and the web chat page.

Like the chat adapters, this module only translates: JSON -> `Message`, `Reply` -> JSON. It gets
the bot as an async `answer` callable and a `health` callable; the `planbot ask --json` object is
`bot.render.answer_object`, defined once.
"""
from __future__ import annotations

import hmac
import json
import logging
import re
import secrets
import time
from collections.abc import Callable
from pathlib import Path

import orjson
from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from planbot.adapters.http import Answer, BodyTimeout, BodyTooLarge, Busy, log, log_answered, log_request, read_body
from planbot.bot.render import answer_object
from planbot.bot.types import Message, Scope

STATIC_DIR = Path(__file__).parent / "static"
MAX_QUESTION_CHARS = 5_000
USER_ID = re.compile(r"[\w.@:+-]*")
# The page loads nothing from elsewhere and runs no inline script; say so to the browser.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class AskScope(BaseModel):
    """Scope as the page and API clients send it; empty strings mean "all"."""

    model_config = ConfigDict(extra="ignore")

    issuer: str | None = Field(default=None, max_length=50)
    year: int | None = Field(default=None, ge=1900, le=2100)

    @field_validator("issuer", "year", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value


class AskRequest(BaseModel):
    """The body of `POST /api/ask`. Unknown fields are ignored so clients can evolve first."""

    model_config = ConfigDict(extra="ignore")

    q: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    scope: AskScope = Field(default_factory=AskScope)
    user: str = Field(default="", max_length=200)

    @field_validator("scope", mode="before")
    @classmethod
    def _null_is_all(cls, value: object) -> object:
        return {} if value is None else value

    @field_validator("q")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        # (pydantic already rejects lone surrogates such as "\ud800", which would fail in a log.)
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()

    @field_validator("user")
    @classmethod
    def _loggable(cls, value: str) -> str:
        # The user id becomes the chat id in log lines: no spaces or newlines to forge fields with.
        if not USER_ID.fullmatch(value):
            raise ValueError("only letters, digits and . _ @ : + - are allowed")
        return value


class Rejected(Exception):
    """A request we refuse, with the status and a JSON body that says why."""

    def __init__(self, status: int, code: str, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail
        self.headers = dict(headers or {})
        if status == 401:
            self.headers["WWW-Authenticate"] = 'Bearer realm="planbot"'

    def response(self) -> web.Response:
        return json_response({"error": self.code, "detail": self.detail}, status=self.status, headers=self.headers)


def json_response(data: dict, status: int = 200, headers: dict | None = None) -> web.Response:
    """JSON with Chinese as UTF-8 rather than \\u escapes (half the bytes, readable with curl).

    orjson: a complete list answer is hundreds of measures, and the standard encoder was the
    largest single cost of /api/ask under load."""
    return web.Response(
        body=orjson.dumps(data), status=status, headers=headers, content_type="application/json", charset="utf-8"
    )


def _first_problem(exc: ValidationError) -> str:
    err = exc.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(part) for part in err["loc"]) or "body"
    return f"{where}: {err['msg']}"


def _token_ok(request: web.Request, token: str | None) -> bool:
    if token is None:
        return True
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    given_bytes = given.strip().encode("utf-8", "replace")  # headers may hold undecodable bytes
    return scheme.lower() == "bearer" and hmac.compare_digest(given_bytes, token.encode())


async def _read_body(request: web.Request, trusted: bool) -> bytes:
    try:
        return await read_body(request, request.client_max_size, trusted=trusted)
    except BodyTooLarge:
        raise Rejected(413, "too_large", f"request body over {request.client_max_size} bytes") from None
    except BodyTimeout:
        raise Rejected(408, "too_slow", "request body not received in time") from None
    except web.RequestPayloadError:  # e.g. a malformed chunked body
        raise Rejected(400, "bad_body", "request body could not be read") from None


async def read_question(request: web.Request, api_token: str | None) -> Message:
    """The question in an `/api/ask` request, or `Rejected` (401, 413, 400)."""
    # The token is checked before the body is parsed: strangers do not get to make us parse.
    if not _token_ok(request, api_token):
        raise Rejected(401, "unauthorized", "missing or wrong bearer token")
    raw = await _read_body(request, trusted=api_token is not None)
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        body = None
    if not isinstance(body, dict):
        raise Rejected(400, "bad_json", 'body must be a JSON object such as {"q": "..."}')
    try:
        req = AskRequest.model_validate(body)
    except ValidationError as exc:
        raise Rejected(400, "bad_request", _first_problem(exc)) from None
    return Message(
        text=req.q,
        platform="web",
        # Without a user id each request is its own conversation, so strangers never share
        # "更多" pages or a remembered scope.
        chat_id=req.user or secrets.token_hex(8),
        user_id=req.user,
        scope=Scope(issuer=req.scope.issuer, year=req.scope.year),
    )


def add_web_routes(
    app: web.Application,
    *,
    answer: Answer,
    health: Callable[[], dict],
    api_token: str | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Mount `/`, `/static/`, `/api/ask` and `/healthz` on `app`.

    `health` returns what the health check reports besides its status (index counts, model,
    mounted platforms); it runs on the event loop, so it must be cheap.
    """

    async def ask(request: web.Request) -> web.Response:
        started = clock()
        try:
            message = await read_question(request, api_token)
        except Rejected as exc:
            log_request("web", f"rejected:{exc.status}", reason=exc.code, level=logging.WARNING)
            response = exc.response()
            response.force_close()  # nothing more is read from a refused sender
            return response
        try:
            reply = await answer(message)
        except Busy as exc:
            log_request("web", "rejected:503", reason=str(exc).replace(" ", "_"), level=logging.WARNING)
            retry = {"Retry-After": str(exc.retry_after_s)}
            return Rejected(503, "busy", "too many questions at once, please retry", retry).response()
        except Exception:
            log.exception("platform=web outcome=failed chat=%s", message.chat_id)
            return Rejected(500, "internal", "the bot failed on this question").response()
        log_answered("web", message.chat_id, reply, started, clock, "answered")
        # The `planbot ask --json` object (complete lists included), plus what the page lays out:
        # title, paragraphs, the first page of a list, citations.
        return json_response({**answer_object(reply), "reply": reply.model_dump(exclude={"payload"})})

    async def healthz(request: web.Request) -> web.Response:
        try:
            details = health()
        except Exception:
            log.exception("health check failed")
            return json_response({"status": "error"}, status=503)
        return json_response({"status": "ok", **details})

    async def page(request: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC_DIR / "index.html", headers=PAGE_HEADERS)

    app.router.add_get("/", page)
    app.router.add_post("/api/ask", ask)
    app.router.add_get("/healthz", healthz)
    app.router.add_static("/static/", STATIC_DIR, append_version=False)
