"""The agenda clock, driven by a fake monotonic clock: no sleeping, no ticks."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.agenda import (
    REBALANCE_FLOOR_MINUTES,
    REBALANCE_STEP_MINUTES,
    AgendaClock,
    ClockState,
    SectionStatus,
)
from coach.domain.conversations import SectionTiming


class FakeClock:
    def __init__(self, t: float = 1000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def plans(*minutes: float) -> list[SectionTiming]:
    return [SectionTiming(f"s{i}", f"Section {i}", m) for i, m in enumerate(minutes)]


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock()


def make(fake: FakeClock, *minutes: float) -> AgendaClock:
    return AgendaClock(plans(*(minutes or (5, 10, 10, 5))), fake)


def test_not_started_shows_full_box_and_no_time(fake):
    clock = make(fake)
    fake.advance(100)
    assert clock.state is ClockState.NOT_STARTED
    assert clock.section_remaining() == 300
    assert clock.meeting_elapsed() == 0
    assert clock.pace() == 0
    assert clock.planned_total == 30 * 60


def test_no_warning_before_the_start_even_for_a_short_box(fake):
    clock = make(fake, 0.5, 5)
    assert not clock.warning() and not clock.over_time()
    clock.start()
    assert clock.warning()


def test_countdown_is_deadline_minus_now(fake):
    clock = make(fake)
    clock.start()
    fake.advance(61.5)
    assert clock.section_remaining() == pytest.approx(300 - 61.5)
    assert clock.section_elapsed() == pytest.approx(61.5)
    assert clock.meeting_elapsed() == pytest.approx(61.5)
    # Queries are pure for any moment.
    assert clock.section_remaining(now=fake.t + 10) == pytest.approx(300 - 71.5)
    assert clock.section_remaining() == pytest.approx(300 - 61.5)


def test_warning_in_last_minute_then_overtime_counts_up(fake):
    clock = make(fake)
    clock.start()
    fake.advance(239)
    assert not clock.warning() and not clock.over_time()
    fake.advance(2)
    assert clock.warning() and not clock.over_time()
    fake.advance(59)
    assert clock.section_remaining() == pytest.approx(0)
    fake.advance(45)
    assert clock.over_time() and not clock.warning()
    assert clock.section_remaining() == pytest.approx(-45)
    fake.advance(15)
    assert clock.section_remaining() == pytest.approx(-60)


def test_pause_excludes_paused_time(fake):
    clock = make(fake)
    clock.start()
    fake.advance(30)
    assert clock.pause()
    assert clock.state is ClockState.PAUSED
    fake.advance(500)
    assert clock.section_elapsed() == pytest.approx(30)
    assert clock.meeting_elapsed() == pytest.approx(30)
    assert clock.resume()
    fake.advance(10)
    assert clock.section_elapsed() == pytest.approx(40)
    assert not clock.resume()  # already running


def test_toggle_cycles_start_pause_resume(fake):
    clock = make(fake)
    clock.toggle()
    assert clock.state is ClockState.RUNNING
    clock.toggle()
    assert clock.state is ClockState.PAUSED
    clock.toggle()
    assert clock.state is ClockState.RUNNING


def test_next_and_previous_accumulate_per_section(fake):
    clock = make(fake)
    clock.start()
    fake.advance(100)
    assert clock.next()
    assert clock.index == 1
    assert clock.status(0) is SectionStatus.DONE
    assert clock.status(1) is SectionStatus.CURRENT
    assert clock.status(2) is SectionStatus.UPCOMING
    fake.advance(50)
    assert clock.previous()
    fake.advance(20)
    assert clock.actual_seconds() == pytest.approx([120, 50, 0, 0])
    # Revisiting: the box counts everything spent there.
    assert clock.section_remaining() == pytest.approx(300 - 120)
    assert not clock.previous()  # already at the first
    clock.next()
    clock.next()
    clock.next()
    assert clock.index == 3
    assert not clock.next()  # the last section: end instead
    assert clock.meeting_elapsed() == pytest.approx(170)


def test_add_minutes_extends_current_box(fake):
    clock = make(fake)
    clock.start()
    fake.advance(290)
    assert clock.warning()
    clock.add_minutes()
    assert clock.section_remaining() == pytest.approx(130)
    assert clock.current.box_seconds == 420
    assert clock.current.planned_seconds == 300
    assert clock.planned_total == 1800  # the plan of record does not change
    with pytest.raises(ValueError):
        clock.add_minutes(0)


def test_skip_current_moves_on_and_marks_it(fake):
    clock = make(fake)
    clock.start()
    clock.next()
    fake.advance(30)
    assert clock.skip()
    assert clock.index == 2
    assert clock.status(1) is SectionStatus.SKIPPED
    assert clock.actual_seconds()[1] == pytest.approx(30)  # time spent still counts
    assert clock.timings()[1].skipped


def test_skip_upcoming_then_next_jumps_over_it(fake):
    clock = make(fake)
    clock.start()
    assert clock.skip(2)
    assert clock.index == 0
    assert clock.status(2) is SectionStatus.SKIPPED
    clock.next()
    clock.next()
    assert clock.index == 3
    # Going back into a skipped section takes it after all.
    clock.previous()
    assert clock.index == 2
    assert clock.status(2) is SectionStatus.CURRENT
    assert not clock.sections[2].skipped


def test_skip_refused_on_last_open_section(fake):
    clock = make(fake, 5, 5)
    clock.start()
    clock.next()
    assert not clock.skip()
    assert clock.index == 1
    assert not clock.sections[1].skipped


def test_pace_zero_on_plan_and_grows_with_overrun(fake):
    clock = make(fake)
    clock.start()
    fake.advance(120)
    assert clock.pace() == pytest.approx(0)
    fake.advance(180 + 90)  # 90 s over the first box
    assert clock.pace() == pytest.approx(90)
    clock.next()
    assert clock.pace() == pytest.approx(90)
    fake.advance(300)
    assert clock.pace() == pytest.approx(90)


def test_pace_ahead_when_a_section_ends_early(fake):
    clock = make(fake)
    clock.start()
    fake.advance(180)
    clock.next()
    assert clock.pace() == pytest.approx(-120)


def test_pace_reflects_plus_two_and_skip(fake):
    clock = make(fake)
    clock.start()
    clock.add_minutes(2)
    assert clock.pace() == pytest.approx(120)
    clock.skip(3)  # drop a 5-minute section still to come
    assert clock.pace() == pytest.approx(120 - 300)


def test_pace_after_end_is_the_overrun(fake):
    clock = make(fake, 5, 5)
    clock.start()
    fake.advance(400)
    clock.next()
    fake.advance(300)
    assert clock.end()
    assert clock.state is ClockState.ENDED
    fake.advance(1000)
    assert clock.meeting_elapsed() == pytest.approx(700)
    assert clock.pace() == pytest.approx(100)
    assert not clock.next() and not clock.end()
    assert clock.status(1) is SectionStatus.DONE


def test_no_rebalance_when_on_time(fake):
    clock = make(fake)
    clock.start()
    fake.advance(200)
    assert clock.proposed_rebalance() is None
    assert not clock.accept_rebalance()


def test_rebalance_shrinks_upcoming_to_end_on_time(fake):
    clock = make(fake, 5, 10, 10, 5)
    clock.start()
    fake.advance(300 + 240)  # 4 minutes over in the first section
    proposal = clock.proposed_rebalance()
    assert proposal is not None
    assert set(proposal) == {1, 2, 3}
    available = (clock.planned_total - clock.meeting_elapsed()) / 60
    assert sum(proposal.values()) <= available + 1e-9
    assert sum(proposal.values()) > available - REBALANCE_STEP_MINUTES
    assert proposal[1] == proposal[2] > proposal[3]
    for minutes in proposal.values():
        assert (minutes / REBALANCE_STEP_MINUTES) == int(minutes / REBALANCE_STEP_MINUTES)
    assert clock.accept_rebalance(proposal)
    clock.next()
    assert clock.pace() == pytest.approx(clock.projected_total() - clock.planned_total)
    assert clock.pace() <= 0
    assert clock.pace() > -REBALANCE_STEP_MINUTES * 60
    assert clock.sections[1].planned_seconds == 600  # the plan of record is kept


def test_rebalance_keeps_current_box_and_skips_skipped(fake):
    clock = make(fake, 5, 10, 10, 5)
    clock.start()
    fake.advance(300)
    clock.next()
    clock.add_minutes(4)
    fake.advance(60)
    clock.skip(3)
    # 4 extra minutes in section 1, 5 saved by skipping 3: not behind.
    assert clock.proposed_rebalance() is None
    clock.unskip(3)
    proposal = clock.proposed_rebalance()
    assert proposal is not None and set(proposal) == {2, 3}
    left = clock.section_remaining()
    available = (clock.planned_total - clock.meeting_elapsed() - left) / 60
    assert sum(proposal.values()) == pytest.approx(available, abs=REBALANCE_STEP_MINUTES)


def test_rebalance_floor_when_time_has_run_out(fake):
    clock = make(fake, 5, 10, 10, 5)
    clock.start()
    fake.advance(40 * 60)
    proposal = clock.proposed_rebalance()
    assert proposal == {1: REBALANCE_FLOOR_MINUTES, 2: REBALANCE_FLOOR_MINUTES,
                        3: REBALANCE_FLOOR_MINUTES}


def test_no_rebalance_when_every_box_is_at_its_floor(fake):
    """A proposal that would change nothing is not offered (nor accepted as if it did)."""
    floor = REBALANCE_FLOOR_MINUTES
    clock = make(fake, floor, floor, floor)
    clock.start()
    fake.advance(floor * 60 + 15)
    assert clock.over_time() and clock.pace() > 0
    assert clock.proposed_rebalance() is None
    assert not clock.accept_rebalance()


@settings(max_examples=300, deadline=None)
@given(
    boxes=st.lists(st.integers(min_value=1, max_value=40), min_size=2, max_size=8),
    over=st.floats(min_value=1, max_value=3000),
)
def test_rebalance_always_fits_and_never_grows(boxes, over):
    fake = FakeClock()
    clock = AgendaClock(plans(*boxes), fake)
    clock.start()
    fake.advance(boxes[0] * 60 + over)
    proposal = clock.proposed_rebalance()
    if proposal is None:  # only when every upcoming box is at its floor: nothing to change
        assert all(b <= REBALANCE_FLOOR_MINUTES for b in boxes[1:])
        return
    assert any(proposal[i] < boxes[i] for i in proposal)
    available = (clock.planned_total - clock.meeting_elapsed()) / 60
    total = sum(proposal.values())
    floors = sum(min(REBALANCE_FLOOR_MINUTES, boxes[i]) for i in proposal)
    for i, minutes in proposal.items():
        assert min(REBALANCE_FLOOR_MINUTES, boxes[i]) <= minutes <= boxes[i]
    if available > floors:
        assert total <= available + 1e-6
        assert total > available - REBALANCE_STEP_MINUTES - 1e-6
    else:
        assert total == pytest.approx(floors)


def test_crossed_end_fires_once_at_the_boundary(fake):
    clock = make(fake)
    clock.start()
    t0 = fake.t
    assert not clock.crossed_end(t0 + 200, t0 + 299)
    assert clock.crossed_end(t0 + 299, t0 + 301)
    assert not clock.crossed_end(t0 + 301, t0 + 320)
    clock.pause()
    assert not clock.crossed_end(t0 + 299, t0 + 301)


def test_serialise_restore_counts_closed_time_as_paused(fake):
    clock = make(fake)
    clock.start()
    fake.advance(100)
    clock.next()
    fake.advance(70)
    clock.add_minutes(2)
    clock.skip(3)
    saved = json.loads(json.dumps(clock.to_dict()))  # plain JSON survives the store

    later = FakeClock(5.0)  # a new process: monotonic time starts elsewhere
    restored = AgendaClock.from_dict(saved, later)
    assert restored.state is ClockState.PAUSED
    assert restored.index == 1
    later.advance(10_000)
    assert restored.actual_seconds() == pytest.approx([100, 70, 0, 0])
    assert restored.section_remaining() == pytest.approx(720 - 70)
    assert restored.status(0) is SectionStatus.DONE
    assert restored.status(3) is SectionStatus.SKIPPED
    assert restored.planned_total == clock.planned_total
    restored.resume()
    later.advance(30)
    assert restored.meeting_elapsed() == pytest.approx(200)


def test_restore_of_ended_and_not_started(fake):
    for state in ("ended", "not-started"):
        clock = make(fake)
        if state == "ended":
            clock.start()
            fake.advance(10)
            clock.end()
        restored = AgendaClock.from_dict(clock.to_dict(), fake)
        assert restored.state.value == state


def test_timings_carry_actual_and_original_plan(fake):
    clock = make(fake, 5, 10)
    clock.start()
    fake.advance(400)
    clock.add_minutes(3)
    timings = clock.timings()
    assert [t.planned_minutes for t in timings] == [5, 10]
    assert timings[0].actual_seconds == pytest.approx(400)
    assert timings[0].section_id == "s0"


def test_built_from_stored_timings_keeps_actual(fake):
    stored = [SectionTiming("a", "A", 5, actual_seconds=90), SectionTiming("b", "B", 5)]
    clock = AgendaClock(stored, fake)
    assert clock.actual_seconds() == [90, 0]
    assert clock.status(1) is SectionStatus.UPCOMING


def test_empty_agenda_is_refused(fake):
    with pytest.raises(ValueError):
        AgendaClock([], fake)
