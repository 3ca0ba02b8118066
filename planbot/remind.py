"""Deadline reminders: digests per unit pushed to group robots, by `planbot remind` or on a schedule
inside `planbot serve` (APScheduler: cron triggers in the configured time zone, jobs that never
raise into the scheduler, failed pushes tried again later)."""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from planbot.adapters.robots import PushFailed, Robot, RobotPusher
from planbot.bot.digest import due_digests, digest_text
from planbot.config import ReminderTarget, Settings
from planbot.index.models import Measure
from planbot.index.units import UnitDirectory

log = logging.getLogger("planbot.remind")
Records = Callable[[], tuple[Sequence[Measure], UnitDirectory]]


@dataclass(frozen=True)
class DigestMessage:
    unit: str
    title: str
    text: str
    due_soon: tuple[str, ...]
    overdue: tuple[str, ...]


def digests_for(target: ReminderTarget, measures: Sequence[Measure], units: UnitDirectory, today: date) -> list[DigestMessage]:
    """What `target` should receive today, one message per unit."""
    out = []
    for d in due_digests(measures, units, today, target.days, issuer=target.issuer, year=target.year, only=target.units):
        title, text = digest_text(d, today, target.days)
        out.append(DigestMessage(d.unit, title, text, tuple(m.id for m in d.due_soon), tuple(m.id for m in d.overdue)))
    return out


def robot_of(target: ReminderTarget) -> Robot:
    return Robot(target.kind, target.webhook.get_secret_value(), target.secret.get_secret_value() if target.secret else None)


async def push_all(pusher: RobotPusher, target: ReminderTarget, messages: Sequence[DigestMessage]) -> list[DigestMessage]:
    """Push each message; returns those that failed (to try again later), logging every outcome."""
    failed = []
    for m in messages:
        try:
            await pusher.push(robot_of(target), m.title, m.text)
            log.info("reminder=%s unit=%s outcome=sent", target.name, m.unit)
        except PushFailed as exc:
            log.warning("reminder=%s unit=%s outcome=failed reason=%s", target.name, m.unit, exc)
            failed.append(m)
    return failed


class Reminders:
    """The schedule inside `planbot serve`: one cron job per target, retries as one-off jobs."""

    def __init__(self, settings: Settings, records: Records, pusher: RobotPusher | None = None,
                 today: Callable[[], date] | None = None) -> None:
        self.settings = settings
        self.records = records
        self.pusher = pusher or RobotPusher()
        self.zone = ZoneInfo(settings.timezone)
        self.today = today or (lambda: datetime.now(self.zone).date())
        self.scheduler = AsyncIOScheduler(timezone=self.zone)

    def start(self) -> None:
        for target in self.settings.reminders:
            self.scheduler.add_job(self.run, CronTrigger.from_crontab(target.cron, timezone=self.zone),
                                   args=[target], id=f"remind:{target.name}", coalesce=True, misfire_grace_time=3600)
        self.scheduler.start()

    async def stop(self) -> None:
        self.scheduler.shutdown(wait=False)
        await self.pusher.close()

    async def run(self, target: ReminderTarget, pending: Sequence[DigestMessage] | None = None, attempt: int = 1) -> None:
        """Compute (or retry) one target's digests and push them; never raises into the scheduler."""
        try:
            if pending is None:
                measures, units = self.records()
                pending = digests_for(target, measures, units, self.today())
            failed = await push_all(self.pusher, target, pending)
        except Exception:
            log.exception("reminder=%s outcome=crashed", target.name)
            return
        if failed and attempt <= self.settings.remind_retries:
            when = datetime.now(self.zone) + timedelta(seconds=self.settings.remind_retry_s)
            self.scheduler.add_job(self.run, "date", run_date=when, args=[target, failed, attempt + 1])
            log.info("reminder=%s outcome=retry-scheduled messages=%d attempt=%d", target.name, len(failed), attempt + 1)
        elif failed:
            log.error("reminder=%s outcome=given-up messages=%d", target.name, len(failed))
