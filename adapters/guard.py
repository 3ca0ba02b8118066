"""What strangers can hold of the server: connections, time to send a request, body reads.

aiohttp reads a request's body only when the handler asks, and has no deadline of its own for
it; a client that trickles one byte every few seconds holds a connection (and a file
descriptor) for as long as it likes, and a thousand of them starve `/healthz`. So:

- headers: aiohttp's keep-alive timer (set to `header_timeout_s` by the app) closes a connection
  that has not completed a request's headers that long after connecting or after its last answer;
- bodies: `read_body` (adapters/http.py) reads under `body_timeout_s` (then 408, connection closed);
- bodies read before their sender could be authenticated (WeCom's signature covers the body, an
  API without a token checks nothing) are at most `max_stranger_bodies` at once: a new one pushes
  the oldest out;
- at most `max_connections` connections (kept below the file-descriptor limit, so accept() never
  fails in a loop): a new one closes the oldest connection that is idle or reading a stranger's
  body; connections serving a request (`/healthz`, a signed callback) are never chosen.

Every drop is one log line. `attach` hooks the guard into the aiohttp `web.Server` that accepts
the connections; the app's middleware tells it which connections are serving a request.
"""
from __future__ import annotations

import asyncio
import logging
import resource
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from aiohttp import web

log = logging.getLogger("planbot.adapters.guard")

BODY_TIMEOUT_S = 10.0  # for routes mounted without a guard
FD_RESERVE = 64  # descriptors left for the index, logs, outgoing replies


def fd_limit() -> int:
    """The soft limit on open files of this process."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return soft if soft != resource.RLIM_INFINITY else 1 << 20


class ConnectionGuard:
    def __init__(self, max_connections: int, max_stranger_bodies: int, body_timeout_s: float) -> None:
        self.max_connections = max(1, min(max_connections, fd_limit() - FD_RESERVE))
        self.max_stranger_bodies = max_stranger_bodies
        self.body_timeout_s = body_timeout_s
        self._open: OrderedDict[object, asyncio.Transport] = OrderedDict()  # oldest first
        self._serving: set[object] = set()  # connections inside a request that is not a stranger's body
        self._strangers: OrderedDict[object, asyncio.Transport] = OrderedDict()
        self.dropped = 0

    def attach(self, server: web.Server) -> None:
        """Follow every connection `server` accepts (it calls these two hooks per connection)."""
        made, lost = server.connection_made, server.connection_lost

        def connection_made(handler, transport) -> None:
            made(handler, transport)
            self._open[handler] = transport
            if len(self._open) > self.max_connections:
                victim = next((h for h in self._open if h not in self._serving), handler)
                self._drop(victim, "too many connections")

        def connection_lost(handler, exc=None) -> None:
            self._open.pop(handler, None)
            self._strangers.pop(handler, None)
            self._serving.discard(handler)
            lost(handler, exc)

        server.connection_made = connection_made  # type: ignore[method-assign]
        server.connection_lost = connection_lost  # type: ignore[method-assign]

    @web.middleware
    async def middleware(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """While a request is handled its connection is not idle, so never dropped for a newcomer."""
        connection = request.protocol
        self._serving.add(connection)
        try:
            return await handler(request)
        finally:
            self._serving.discard(connection)

    @asynccontextmanager
    async def stranger(self, request: web.Request) -> AsyncIterator[None]:
        """Around reading the body of a request not yet authenticated: counted, and droppable."""
        connection = request.protocol
        if len(self._strangers) >= self.max_stranger_bodies:
            self._drop(next(iter(self._strangers)), "too many unauthenticated bodies")
        self._strangers[connection] = request.transport
        self._serving.discard(connection)
        try:
            yield
        finally:
            self._strangers.pop(connection, None)
            if connection in self._open:
                self._serving.add(connection)

    def _drop(self, connection: object, why: str) -> None:
        transport = self._open.pop(connection, None) or self._strangers.get(connection)
        self._strangers.pop(connection, None)
        self._serving.discard(connection)
        self.dropped += 1
        log.warning("dropped a connection: %s (%d open)", why, len(self._open))
        if transport is not None:
            transport.abort()


GUARD = web.AppKey("guard", ConnectionGuard)
