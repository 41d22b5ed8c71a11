"""`coach demo`: a realistic sample team, so that a newcomer sees the app with life in it.

``generate`` builds the records (pure, seeded); ``write_demo`` saves them through the store.
"""

from __future__ import annotations

__all__ = ["DemoData", "generate"]


def __getattr__(name: str):
    """The generator is imported when first used (``coach --help`` only needs the defaults)."""
    if name in __all__:
        from coach.demo import generator  # lazy: start-up (`coach --help` needs only the defaults)

        return getattr(generator, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
