"""Ids and timestamps for demo records: drawn from the seeded RNG, so a seed reproduces them."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time


def new_rng_id(rng: random.Random) -> str:
    """A UUID4 drawn from ``rng``."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def at(day: date, hour: int = 8, minute: int = 0) -> datetime:
    """``day`` at ``hour:minute`` UTC."""
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)
