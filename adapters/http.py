"""What the DingTalk and WeCom adapters share: body reads bounded in size and time, JSON calls
run in background tasks and retried only when a retry cannot duplicate a message, the record of
messages already answered (in a KV, so it outlives the process), the bot call with its
fallbacks, and the one log line per request.

Never log URLs here: WeCom puts the access_token in the query and a DingTalk sessionWebhook
carries its own session token.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

from planbot.bot.kv import KV
from planbot.bot.messages import ERROR_MESSAGE, UNSUPPORTED_MESSAGE
from planbot.bot.types import Message, Reply

from .guard import BODY_TIMEOUT_S, GUARD

log = logging.getLogger("planbot.adapters")

MAX_BODY = 1024 * 1024  # platform callbacks are a few KiB; anything near 1 MiB is not one

Answer = Callable[[Message], Awaitable[Reply]]


class BodyTooLarge(Exception):
    """The request body exceeds MAX_BODY (413)."""


class BodyTimeout(Exception):
    """The body did not arrive within the deadline: a slow or stalled client (408)."""


class ClientGone(web.HTTPBadRequest):
    """The client hung up mid-body: nothing to answer (aiohttp drops an HTTPException quietly,
    where any other exception from a handler is logged with its traceback)."""


class Busy(Exception):
    """The bot cannot take this question now (its queue is full or the answer ran out of time):
    try again in `retry_after_s` (the web API answers 503 + Retry-After)."""

    def __init__(self, reason: str, retry_after_s: int = 1) -> None:
        super().__init__(reason)
        self.retry_after_s = retry_after_s


class DeliveryError(Exception):
    """A reply could not be delivered after the allowed attempts (or was refused outright)."""


async def read_body(request: web.Request, limit: int = MAX_BODY, *, trusted: bool) -> bytes:
    """The request body, refusing (before or while reading) anything over `limit` bytes or slower
    than the body deadline. `trusted`: the sender was authenticated from the headers; otherwise
    the read counts against the guard's budget for strangers' bodies."""
    if request.content_length is not None and request.content_length > limit:
        raise BodyTooLarge(f"Content-Length {request.content_length} > {limit}")
    guard = request.config_dict.get(GUARD)
    chunks: list[bytes] = []
    size = 0
    async with nullcontext() if trusted or guard is None else guard.stranger(request):
        try:
            async with asyncio.timeout(guard.body_timeout_s if guard else BODY_TIMEOUT_S):
                while chunk := await request.content.read(64 * 1024):
                    size += len(chunk)
                    if size > limit:
                        raise BodyTooLarge(f"body > {limit} bytes")
                    chunks.append(chunk)
        except TimeoutError:
            raise BodyTimeout(f"body not received within the deadline ({size} bytes read)") from None
        except asyncio.CancelledError:  # the client hung up and the server cancelled the handler
            log_request("http", "client-gone", path=request.path, bytes_read=size)
            raise
        except ConnectionError:  # the client hung up (servers that do not cancel handlers)
            log_request("http", "client-gone", path=request.path, bytes_read=size)
            raise ClientGone() from None
    return b"".join(chunks)


Refusals = dict[type[Exception], int]
"""Why a callback is refused → its HTTP status, most specific class first: each adapter's table
extends BODY_REFUSALS, catches `tuple(table)` and answers with `reject`."""

BODY_REFUSALS: Refusals = {BodyTooLarge: 413, BodyTimeout: 408}


def reject(platform: str, exc: Exception, refusals: Refusals = BODY_REFUSALS) -> web.Response:
    """Log a refused request by reason (never its content) and answer the status its table
    gives, with no body.

    The connection is closed after the answer: nothing more is read from a refused sender."""
    status = next(code for kind, code in refusals.items() if isinstance(exc, kind))
    log_request(platform, f"rejected:{status}", reason=type(exc).__name__, level=logging.WARNING)
    response = web.Response(status=status)
    response.force_close()
    return response


def log_request(platform: str, outcome: str, *, level: int = logging.INFO, **fields: Any) -> None:
    """The one structured line per request: platform, outcome and whatever else is known.

    Values lose their whitespace so a crafted id cannot forge extra fields or log lines.
    """
    extra = " ".join(f"{key}={'_'.join(str(value).split())}" for key, value in fields.items())
    log.log(level, "platform=%s outcome=%s %s", platform, outcome, extra)


def log_answered(
    platform: str, chat: str, reply: Reply, started: float, clock: Callable[[], float], outcome: str
) -> None:
    """The request line for a message that reached the bot."""
    results = len(reply.items) + reply.more if reply.items else len(reply.citations)
    latency_ms = round((clock() - started) * 1000)
    log_request(platform, outcome, chat=chat, intent=reply.intent or "-", latency_ms=latency_ms, results=results)


async def answer_safely(answer: Answer, message: Message | None) -> Reply:
    """The bot's reply, a polite note for messages it cannot read (None), an apology if it fails."""
    if message is None:
        return Reply(blocks=[UNSUPPORTED_MESSAGE], intent="unsupported")
    try:
        return await answer(message)
    except Exception:
        log.exception("platform=%s bot failed", message.platform)
        return Reply(blocks=[ERROR_MESSAGE], intent="error")


class SeenSet:
    """Keys seen in the last `ttl_s` seconds, so a retried or replayed delivery of the same message
    is answered once. Kept in a `KV`, so a restart (SQLite) or another replica (Redis) remembers.
    The default TTL equals the signature freshness window: a replayed request is refused for as
    long as its timestamp would still be accepted.

    If the store fails (Redis down), a key counts as new: a possible duplicate reply is better
    than answering no one; each such failure is one log line."""

    def __init__(self, kv: KV, namespace: str, ttl_s: float = 3600) -> None:
        self._kv = kv
        self._namespace = namespace
        self._ttl_s = ttl_s

    def first_time(self, key: str) -> bool:
        """True the first time `key` is offered within the TTL; remembers it."""
        try:
            return self._kv.add_once(f"{self._namespace}:{key}", self._ttl_s)
        except Exception as exc:  # redis.ConnectionError, sqlite3.OperationalError (disk full, locked)…
            log.warning("state store failed (%s): %s taken as new", type(exc).__name__, self._namespace)
            return True


@dataclass(frozen=True)
class Retry:
    """How outgoing calls wait and retry. Waiting for a free connection (`pool_wait_s`) is
    counted apart from connecting (`connect_s`) and from waiting for the answer (`timeout_s`,
    between bytes read), so a queue of replies never eats a reply's own time. Retries wait
    backoff_s, 2*backoff_s, ... and happen only when the call cannot have been delivered."""

    attempts: int = 3
    backoff_s: float = 0.5
    timeout_s: float = 10.0
    connect_s: float = 5.0
    pool_wait_s: float = 30.0
    per_destination: int = 8  # connections to one host:port, so one slow webhook cannot take them all

    def client_timeout(self) -> aiohttp.ClientTimeout:
        return aiohttp.ClientTimeout(
            total=None, connect=self.pool_wait_s + self.connect_s, sock_connect=self.connect_s, sock_read=self.timeout_s
        )


# Failures after which the request certainly did not reach the other side's application.
NOT_SENT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)


class Delivery:
    """Outgoing HTTP for one adapter: a lazily opened ClientSession, retried JSON calls, and the
    background tasks that answer messages, so each chat waits only for itself."""

    def __init__(
        self,
        platform: str,
        session_factory: Callable[[], aiohttp.ClientSession] | None = None,
        retry: Retry = Retry(),
    ) -> None:
        self.platform = platform
        self.retry = retry
        self._session_factory = session_factory or (lambda: aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, limit_per_host=retry.per_destination)
        ))
        self._session: aiohttp.ClientSession | None = None
        self._tasks: set[asyncio.Task] = set()

    def spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        """Run `coro` in the background, holding a reference until it is done."""
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("platform=%s reply task crashed", self.platform, exc_info=task.exception())

    async def join(self) -> None:
        """Wait until no background task is left (tests; graceful shutdown)."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def close(self, grace_s: float = 5.0) -> None:
        """Give pending replies `grace_s` to finish, cancel the rest, close the session."""
        if self._tasks:
            _, pending = await asyncio.wait(set(self._tasks), timeout=grace_s)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def on_cleanup(self, _app: web.Application) -> None:
        """aiohttp cleanup hook of the app serving this adapter's routes."""
        await self.close()

    async def request_json(self, method: str, url: str, **kwargs: Any) -> dict:
        """The JSON object a platform API answers.

        Retried only where a retry cannot send a message twice: the connection was refused or
        never made, or the server answered 429/5xx (it says it did not take the request). A
        timeout or a drop after the request went out is ambiguous: a POST is then not resent
        (the webhook may have delivered it), only logged; a GET, which changes nothing, is.
        """
        if self._session is None:
            self._session = self._session_factory()
        idempotent = method.upper() == "GET"
        for attempt in range(1, self.retry.attempts + 1):
            if attempt > 1:
                await asyncio.sleep(self.retry.backoff_s * 2 ** (attempt - 2))
            try:
                async with self._session.request(method, url, timeout=self.retry.client_timeout(), **kwargs) as response:
                    if response.status < 400:
                        data = await response.json(content_type=None)
                        if isinstance(data, dict):
                            return data
                        failure, final = "answer is not a JSON object", True
                    else:
                        failure = f"HTTP {response.status}"
                        final = response.status != 429 and response.status < 500
            except NOT_SENT as exc:
                failure, final = type(exc).__name__, False  # str(exc) may contain the URL and its token
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                failure, final = type(exc).__name__, not idempotent
                if final:
                    failure += " (may have been delivered: not resent)"
            except ValueError:
                failure, final = "answer is not JSON", True
            log.warning(
                "platform=%s delivery attempt %d/%d failed: %s", self.platform, attempt, self.retry.attempts, failure
            )
            if final:
                break
        raise DeliveryError(failure)
