"""Polite page fetching: pages wait in per-host queues; at most :data:`PER_HOST` run at once per host,
and a host that answered 429/503 with ``Retry-After`` gets nothing more until that time has passed."""

from __future__ import annotations

import time
from collections import Counter, deque
from dataclasses import dataclass
from urllib.parse import urlsplit

from digest.core.feeds.pages import PageJob

PER_HOST = 2
"""Most page downloads running at once from one host."""
RETRY_AFTER_CAP = 30.0
"""Longest ``Retry-After`` honoured, in seconds; a longer one keeps the teaser."""


@dataclass(frozen=True)
class Queued:
    """A page job and how many times it was tried already."""

    job: PageJob
    attempt: int = 0


def host_of(url: str) -> str:
    """The host a URL is fetched from (its lower-cased network location)."""
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:
        return ""


class HostQueues:
    """Page jobs waiting, by host."""

    def __init__(self, per_host: int = PER_HOST) -> None:
        """Start empty, allowing ``per_host`` downloads at once per host."""
        self.per_host = per_host
        self.waiting: dict[str, deque[Queued]] = {}
        self.running: Counter[str] = Counter()
        self.not_before: dict[str, float] = {}

    def __len__(self) -> int:
        return sum(len(q) for q in self.waiting.values())

    def add(self, item: Queued, *, first: bool = False) -> None:
        """Queue a job (at the front with ``first``)."""
        queue = self.waiting.setdefault(host_of(item.job.link), deque())
        if first:
            queue.appendleft(item)
        else:
            queue.append(item)

    def take(self, limit: int) -> list[Queued]:
        """Up to ``limit`` jobs that may start now, taken round-robin across hosts."""
        now, taken = time.monotonic(), list[Queued]()
        progress = True
        while len(taken) < limit and progress:
            progress = False
            for host, queue in self.waiting.items():
                if queue and self.running[host] < self.per_host and self.not_before.get(host, 0.0) <= now:
                    taken.append(queue.popleft())
                    self.running[host] += 1
                    progress = True
                    if len(taken) >= limit:
                        break
        return taken

    def finished(self, item: Queued) -> None:
        """A job's download ended."""
        self.running[host_of(item.job.link)] -= 1

    def retry_later(self, item: Queued, seconds: float) -> None:
        """Queue a job again after ``seconds``, holding back its whole host until then."""
        host = host_of(item.job.link)
        self.not_before[host] = max(self.not_before.get(host, 0.0), time.monotonic() + seconds)
        self.add(Queued(item.job, item.attempt + 1), first=True)

    def wait_hint(self) -> float | None:
        """Seconds until a held-back host may be asked again (None when no waiting job is held back)."""
        now = time.monotonic()
        times = [self.not_before.get(h, 0.0) - now for h, q in self.waiting.items() if q]
        held = [t for t in times if t > 0]
        return min(held) if held else None

    def drain(self) -> list[Queued]:
        """Remove and return every waiting job."""
        items = [item for queue in self.waiting.values() for item in queue]
        self.waiting.clear()
        return items
