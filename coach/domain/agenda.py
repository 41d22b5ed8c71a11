"""The agenda clock: time boxes per section, and how the meeting keeps to its plan.

The clock never counts ticks. Every figure is computed from an injectable monotonic ``now``
(seconds): time spent in a section is the seconds accumulated on earlier visits plus, while
running, ``now - segment_start``. Paused time is never counted. Queries take an optional
``now`` so they are pure for any moment; operations read the clock once.

Pace, as shown to the leader ("3 min behind"), is a projection: the meeting time used so far,
plus what is left of the current section's box, plus the boxes of the sections still to come,
against the planned total. Positive means the meeting will end that many seconds late if the
rest goes to plan; negative means it is ahead. Running over in the current section therefore
shows up second by second; ``add_minutes`` shows up at once; skipping an upcoming section or
accepting a rebalance brings the projection back.

Serialised (``to_dict``) the clock holds accumulated seconds only, never monotonic
timestamps (they do not survive a restart). A clock that was running when saved comes back
paused: the time the app was closed does not count.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from coach.domain.conversations import SectionTiming
from coach.domain.rebalance import (  # noqa: F401  (the floor and step, where the clock is)
    REBALANCE_FLOOR_MINUTES,
    REBALANCE_STEP_MINUTES,
    shrink,
)

#: The last this-many seconds of a section show the warning colour.
WARNING_SECONDS = 60.0
SCHEMA = 1


class ClockState(enum.StrEnum):
    NOT_STARTED = "not-started"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class SectionStatus(enum.StrEnum):
    UPCOMING = "upcoming"
    CURRENT = "current"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass
class SectionClock:
    """One section as the clock sees it. ``box`` starts as the plan and may grow or shrink."""

    section_id: str
    title: str
    planned_seconds: float
    box_seconds: float
    actual_seconds: float = 0.0
    skipped: bool = False
    visited: bool = False


class AgendaClock:
    """The clock of one conversation: see the module docstring for the rules."""

    def __init__(
        self,
        plans: Sequence[SectionTiming],
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        if not plans:
            raise ValueError("an agenda needs at least one section")
        self._now = now
        self.sections = [
            SectionClock(
                p.section_id,
                p.title,
                planned_seconds=float(p.planned_minutes) * 60.0,
                box_seconds=float(p.planned_minutes) * 60.0,
                actual_seconds=float(p.actual_seconds),
                skipped=p.skipped,
                visited=p.actual_seconds > 0,
            )
            for p in plans
        ]
        self.state = ClockState.NOT_STARTED
        self.index = 0
        self._segment_start: float | None = None

    # -- internals --------------------------------------------------------------------------
    def _t(self, now: float | None) -> float:
        return self._now() if now is None else now

    def _segment(self, now: float | None) -> float:
        if self.state is not ClockState.RUNNING or self._segment_start is None:
            return 0.0
        return max(0.0, self._t(now) - self._segment_start)

    def _fold(self, now: float) -> None:
        """Move the running segment into the current section's accumulated seconds."""
        if self.state is ClockState.RUNNING and self._segment_start is not None:
            self.sections[self.index].actual_seconds += max(0.0, now - self._segment_start)
            self._segment_start = now

    def _move_to(self, index: int) -> None:
        now = self._now()
        self._fold(now)
        self.sections[self.index].visited = self.sections[self.index].visited or (
            self.state is not ClockState.NOT_STARTED
        )
        self.index = index
        self.sections[index].skipped = False
        if self.state is ClockState.RUNNING:
            self.sections[index].visited = True
            self._segment_start = now

    def _next_open(self, after: int) -> int | None:
        for i in range(after + 1, len(self.sections)):
            if not self.sections[i].skipped:
                return i
        return None

    @property
    def ended(self) -> bool:
        return self.state is ClockState.ENDED

    @property
    def current(self) -> SectionClock:
        return self.sections[self.index]

    @property
    def is_last(self) -> bool:
        return self._next_open(self.index) is None

    # -- operations -------------------------------------------------------------------------
    def start(self) -> bool:
        if self.state is not ClockState.NOT_STARTED:
            return False
        self.state = ClockState.RUNNING
        self._segment_start = self._now()
        self.current.visited = True
        self.current.skipped = False
        return True

    def pause(self) -> bool:
        if self.state is not ClockState.RUNNING:
            return False
        self._fold(self._now())
        self.state = ClockState.PAUSED
        self._segment_start = None
        return True

    def resume(self) -> bool:
        if self.state is not ClockState.PAUSED:
            return False
        self.state = ClockState.RUNNING
        self._segment_start = self._now()
        return True

    def toggle(self) -> bool:
        """Start, pause or resume, whichever fits: one key for the leader."""
        if self.state is ClockState.NOT_STARTED:
            return self.start()
        if self.state is ClockState.RUNNING:
            return self.pause()
        return self.resume()

    def next(self) -> bool:
        """Go to the next section that is not skipped. False on the last one."""
        if self.ended:
            return False
        target = self._next_open(self.index)
        if target is None:
            return False
        self._move_to(target)
        return True

    def previous(self) -> bool:
        """Go back one section (un-skipping it: the leader chose to take it after all)."""
        if self.ended or self.index == 0:
            return False
        self._move_to(self.index - 1)
        return True

    def goto(self, index: int) -> bool:
        if self.ended or not 0 <= index < len(self.sections) or index == self.index:
            return False
        self._move_to(index)
        return True

    def skip(self, index: int | None = None) -> bool:
        """Skip a section. The current one: mark it skipped and move on (False if it is the
        last one left: end the meeting instead). An upcoming one: mark it, stay put."""
        if self.ended:
            return False
        if index is None or index == self.index:
            target = self._next_open(self.index)
            if target is None:
                return False
            came_from = self.index
            self._move_to(target)
            self.sections[came_from].skipped = True
            return True
        if not 0 <= index < len(self.sections):
            return False
        self.sections[index].skipped = True
        return True

    def unskip(self, index: int) -> bool:
        if not 0 <= index < len(self.sections) or not self.sections[index].skipped:
            return False
        self.sections[index].skipped = False
        return True

    def add_minutes(self, minutes: float = 2.0) -> None:
        """Extend the current section's box (the "+2" key)."""
        if minutes <= 0:
            raise ValueError("minutes must be positive")
        self.current.box_seconds += minutes * 60.0

    def end(self) -> bool:
        if self.ended:
            return False
        now = self._now()
        self._fold(now)
        if self.state is not ClockState.NOT_STARTED:
            self.current.visited = True
        self.state = ClockState.ENDED
        self._segment_start = None
        return True

    # -- queries ----------------------------------------------------------------------------
    def section_elapsed(self, now: float | None = None, index: int | None = None) -> float:
        """Seconds spent in a section (the current one by default), across visits."""
        i = self.index if index is None else index
        extra = self._segment(now) if i == self.index else 0.0
        return self.sections[i].actual_seconds + extra

    def section_remaining(self, now: float | None = None) -> float:
        """Seconds left of the current box; negative when over time."""
        return self.current.box_seconds - self.section_elapsed(now)

    def over_time(self, now: float | None = None) -> bool:
        """The current box has run out (never before the clock has started)."""
        started = self.state is not ClockState.NOT_STARTED
        return started and self.section_remaining(now) < 0

    def warning(self, now: float | None = None) -> bool:
        """In the last minute of the current box, not yet over (never before the start)."""
        started = self.state is not ClockState.NOT_STARTED
        return started and 0 <= self.section_remaining(now) <= WARNING_SECONDS

    def meeting_elapsed(self, now: float | None = None) -> float:
        """Seconds of meeting so far, pauses excluded."""
        return sum(s.actual_seconds for s in self.sections) + self._segment(now)

    @property
    def planned_total(self) -> float:
        """The planned length of the meeting in seconds (the original boxes)."""
        return sum(s.planned_seconds for s in self.sections)

    def status(self, index: int) -> SectionStatus:
        section = self.sections[index]
        if index == self.index and not self.ended:
            return SectionStatus.CURRENT
        if section.skipped:
            return SectionStatus.SKIPPED
        if section.visited:
            return SectionStatus.DONE
        return SectionStatus.UPCOMING

    def upcoming(self) -> list[int]:
        """Indexes of the sections still to come (not current, done or skipped)."""
        return [i for i in range(len(self.sections)) if self.status(i) is SectionStatus.UPCOMING]

    def projected_total(self, now: float | None = None) -> float:
        """Seconds the meeting will take if the rest goes to plan."""
        left = 0.0 if self.ended else max(0.0, self.section_remaining(now))
        rest = sum(self.sections[i].box_seconds for i in self.upcoming())
        return self.meeting_elapsed(now) + left + rest

    def pace(self, now: float | None = None) -> float:
        """Seconds behind plan (positive) or ahead of it (negative); see the module doc."""
        if self.state is ClockState.NOT_STARTED:
            return 0.0
        return self.projected_total(now) - self.planned_total

    def actual_seconds(self, now: float | None = None) -> list[float]:
        """Seconds spent per section, pauses excluded, revisits added up."""
        return [self.section_elapsed(now, i) for i in range(len(self.sections))]

    def crossed_end(self, prev_now: float, now: float) -> bool:
        """True if the current section's box ran out between two moments (for the bell)."""
        if self.state is not ClockState.RUNNING:
            return False
        return self.section_remaining(prev_now) > 0 >= self.section_remaining(now)

    def timings(self, now: float | None = None) -> list[SectionTiming]:
        """The sections with their actual time, to store in ``Conversation.sections``."""
        return [
            SectionTiming(
                s.section_id,
                s.title,
                planned_minutes=s.planned_seconds / 60.0,
                actual_seconds=self.section_elapsed(now, i),
                skipped=s.skipped,
                final_minutes=s.box_seconds / 60.0,
            )
            for i, s in enumerate(self.sections)
        ]

    # -- rebalancing ------------------------------------------------------------------------
    def proposed_rebalance(self, now: float | None = None) -> dict[int, float] | None:
        """Minutes for each upcoming section so that the meeting ends on time.

        None when the meeting is not behind or nothing is left to shrink. Boxes shrink in
        proportion to their current size, never below ``REBALANCE_FLOOR_MINUTES``, in steps of
        ``REBALANCE_STEP_MINUTES``, and add up to at most the time left (to within one step).
        When even the floors do not fit, every section gets the floor.
        """
        if self.ended or self.pace(now) <= 0:
            return None
        todo = self.upcoming()
        if not todo:
            return None
        left = max(0.0, self.section_remaining(now))
        available = (self.planned_total - self.meeting_elapsed(now) - left) / 60.0
        boxes = {i: self.sections[i].box_seconds / 60.0 for i in todo}
        proposal = shrink(boxes, available)
        if all(abs(proposal[i] - boxes[i]) < 1e-9 for i in boxes):
            return None  # every box is at its floor already: a proposal would change nothing
        return proposal

    def accept_rebalance(self, proposal: dict[int, float] | None = None) -> bool:
        proposal = self.proposed_rebalance() if proposal is None else proposal
        if not proposal:
            return False
        for i, minutes in proposal.items():
            self.sections[i].box_seconds = minutes * 60.0
        return True

    # -- persistence ------------------------------------------------------------------------
    def to_dict(self, now: float | None = None) -> dict:
        """A plain dict for ``Conversation.clock_state``: accumulated seconds, no timestamps."""
        return {
            "schema": SCHEMA,
            "state": self.state.value,
            "index": self.index,
            "sections": [
                {
                    "section_id": s.section_id,
                    "title": s.title,
                    "planned_seconds": s.planned_seconds,
                    "box_seconds": s.box_seconds,
                    "actual_seconds": self.section_elapsed(now, i),
                    "skipped": s.skipped,
                    "visited": s.visited,
                }
                for i, s in enumerate(self.sections)
            ],
        }

    @classmethod
    def from_dict(
        cls, data: dict, now: Callable[[], float] = time.monotonic
    ) -> AgendaClock:
        """Restore a saved clock. A clock saved while running comes back paused."""
        rows = data["sections"]
        clock = cls(
            [SectionTiming(r["section_id"], r["title"], r["planned_seconds"] / 60.0) for r in rows],
            now,
        )
        for section, row in zip(clock.sections, rows, strict=True):
            section.box_seconds = float(row["box_seconds"])
            section.actual_seconds = float(row["actual_seconds"])
            section.skipped = bool(row["skipped"])
            section.visited = bool(row["visited"])
        clock.index = min(max(0, int(data.get("index", 0))), len(rows) - 1)
        state = ClockState(data.get("state", ClockState.NOT_STARTED.value))
        clock.state = ClockState.PAUSED if state is ClockState.RUNNING else state
        return clock

