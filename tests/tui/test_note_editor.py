"""The note editor keeps its cursor moves to itself, and still reports its changes."""

from textual.app import App, ComposeResult
from textual.widgets import TextArea

from coach.tui.widgets.note_editor import NoteEditor


class Host(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def compose(self) -> ComposeResult:
        yield NoteEditor(id="editor")

    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        self.seen.append("selection")

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.seen.append("changed")


async def test_selection_changes_stop_at_the_editor_and_changes_go_up():
    app = Host()
    async with app.run_test() as pilot:
        app.query_one(NoteEditor).focus()
        await pilot.press("h", "i", "left")
        await pilot.pause()
        assert app.query_one(NoteEditor).text == "hi"
    assert app.seen.count("changed") == 2
    assert "selection" not in app.seen
