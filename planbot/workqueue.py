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
import threading
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
        self._outstanding = 0  # submitted, not finished or dropped: running + waiting
        self._lock = threading.Lock()  # jobs are counted out on worker threads

    @property
    def outstanding(self) -> int:
        return self._outstanding

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """`fn(*args)` on a worker. Raises QueueFull at once when the queue is full, OverBudget when
        the budget runs out; cancelling the caller drops the job if it has not started."""
        with self._lock:
            full = self._outstanding >= self.workers + self.depth
            if not full:
                self._outstanding += 1
        if full:
            log.warning("work queue full (%d workers, %d waiting): refused", self.workers, self.depth)
            raise QueueFull(self.retry_after_s)
        job: Future = self._executor.submit(fn, *args)
        job.add_done_callback(self._count_out)  # runs when the job ends, or at once when dropped
        try:
            async with asyncio.timeout(self.budget_s):
                # Cancelling this await (caller gone, budget spent) cancels `job`, which a worker
                # then never starts; a running job finishes and its result is dropped.
                return await asyncio.wrap_future(job)
        except TimeoutError:
            raise OverBudget(f"no answer within {self.budget_s:g} s") from None

    def _count_out(self, _job: Future) -> None:
        with self._lock:
            self._outstanding -= 1

    def shutdown(self) -> None:
        """Stop taking work; jobs not yet started are dropped."""
        self._executor.shutdown(wait=False, cancel_futures=True)

