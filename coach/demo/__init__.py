"""`coach demo`: a realistic sample team, so that a newcomer sees the app with life in it.

``generate`` builds the records (pure, seeded); ``write_demo`` saves them through the store.
"""

from coach.demo.generator import DemoData, generate

__all__ = ["DemoData", "generate"]
