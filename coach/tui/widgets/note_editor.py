"""The live screen's note editor: a TextArea whose cursor moves stay with it.

A TextArea posts SelectionChanged on every keystroke, and the message climbs through every
container up to the app. Nothing above the editor listens for it, so it stops here.
"""

from __future__ import annotations

from textual.widgets import TextArea


class NoteEditor(TextArea):
    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        event.stop()
