"""The bounded work queue every answering route goes through.

Answering is CPU-bound (tokenizing, BM25, one embedding). A fixed number of worker threads, one
per core, does the work; at most `depth` questions wait behind them, and a question that finds
the queue full is refused at once (`QueueFull`: the web API answers 503 + Retry-After) instead of
queuing without limit. A caller that stops waiting (client disconnected, handler cancelled, time
budget spent) takes its question out of the queue if no worker has started it; work already
running cannot be interrupted, but it still holds one of the few workers, so it stays bounded.
"""
from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

log = logging.getLogger("planbot.workqueue")

T = TypeVar("T")


def cpu_count() -> int:
    """The cores this process may run on (its affinity mask, not the machine's total)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class QueueFull(Exception):
    """Every worker is busy and `depth` questions already wait: come back in `retry_after_s`."""

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(f"work queue full, retry after {retry_after_s} s")
        self.retry_after_s = retry_after_s


class OverBudget(Exception):
    """The question was not answered within its time budget (queue wait included)."""


class WorkQueue:
    """`workers` threads, at most `depth` waiting jobs, `budget_s` per job from submission."""

    def __init__(
        self, workers: int | None = None, depth: int | None = None, budget_s: float = 10.0, retry_after_s: int = 1
    ) -> None:
        self.workers = workers or cpu_count()
        self.depth = self.workers * 32 if depth is None else depth
        self.budget_s = budget_s
        self.retry_after_s = retry_after_s
        self._executor = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="planbot-bot")
        self._outstanding = 0  # submitted, not finished or dropped: running + waiting (event loop only)

    @property
    def outstanding(self) -> int:
        return self._outstanding

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """`fn(*args)` on a worker. Raises QueueFull at once when the queue is full, OverBudget when
        the budget runs out; cancelling the caller drops the job if it has not started."""
        if self._outstanding >= self.workers + self.depth:
            log.warning("work queue full (%d running or waiting): refused", self._outstanding)
            raise QueueFull(self.retry_after_s)
        loop = asyncio.get_running_loop()
        job: Future = self._executor.submit(fn, *args)
        self._outstanding += 1
        job.add_done_callback(lambda _job: self._finished(loop))
        waiting = asyncio.wrap_future(job, loop=loop)
        waiting.add_done_callback(_consume)  # an abandoned job's error must not warn "never retrieved"
        try:
            return await asyncio.wait_for(asyncio.shield(waiting), self.budget_s)
        except TimeoutError:
            self._drop(job)
            raise OverBudget(f"no answer within {self.budget_s:g} s") from None
        except asyncio.CancelledError:
            self._drop(job)
            raise

    def _finished(self, loop: asyncio.AbstractEventLoop) -> None:
        """A job ended (any thread): count it out on the event loop that counted it in."""
        try:
            loop.call_soon_threadsafe(self._count_out)
        except RuntimeError:  # the loop is closed: nobody counts any more
            pass

    def _count_out(self) -> None:
        self._outstanding -= 1

    @staticmethod
    def _drop(job: Future) -> None:
        """Nobody waits for `job` any more: forget it if no worker has picked it up yet."""
        if job.cancel():
            log.info("dropped a question nobody waits for")

    def shutdown(self) -> None:
        """Stop taking work; jobs not yet started are dropped."""
        self._executor.shutdown(wait=False, cancel_futures=True)


def _consume(future: asyncio.Future) -> None:
    if not future.cancelled():
        future.exception()
