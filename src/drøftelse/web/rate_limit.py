"""How often a phone may ask (issue 30): a RateLimiter per kind of request, made by the Flask app (web/app.py) that
the phone server (web/server.py) runs; its own module, as the server starts the app."""

from __future__ import annotations

import collections
import threading
import time

MAX_TRACKED = 20_000  # rate-limit keys held in memory; the oldest are forgotten first


class RateLimiter:
    """At most `limit` events per `period` seconds for each key (a phone's token or a link's code), in memory only:
    nothing about a phone is written anywhere."""

    def __init__(self, limit: int, period: float, clock=time.monotonic):
        self.limit, self.period, self.clock = limit, period, clock
        self._events: collections.OrderedDict[str, collections.deque] = collections.OrderedDict()
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self.clock()
        with self._lock:
            events = self._events.pop(key, None) or collections.deque()
            while events and events[0] <= now - self.period:
                events.popleft()
            allowed = len(events) < self.limit
            if allowed:
                events.append(now)
            self._events[key] = events
            while len(self._events) > MAX_TRACKED:
                self._events.popitem(last=False)
            return allowed
