"""A person's conversations, newest first: date, kind, minutes used of planned, status.

Row keys are conversation ids; enter selects a row (the person view opens or resumes it).
The kind column takes what the others leave, cut with an ellipsis at narrow widths.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import JustifyMethod
from rich.text import Text
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from coach.domain.conversations import Conversation, ConversationStatus
from coach.domain.records import local_date
from coach.i18n import Translator
from coach.i18n.labels import format_date
from coach.tui.bindings import translate_bindings
from coach.tui.widgets.team_table import fit

_PAD = 1
_STATUS_STYLE = {
    ConversationStatus.IN_PROGRESS: "bold yellow",
    ConversationStatus.PLANNED: "cyan",
    ConversationStatus.CANCELLED: "dim",
}


def duration_label(conversation: Conversation, _) -> str:
    """'52/60 min' (used of planned), '–/60 min' when not held, '' without an agenda."""
    planned = round(conversation.planned_minutes)
    if not conversation.sections:
        return ""
    used = conversation.actual_seconds
    if conversation.status is ConversationStatus.PLANNED or not used:
        return _("timeline.minutes", used="–", planned=planned)
    return _("timeline.minutes", used=round(used / 60), planned=planned)


class TimelineTable(DataTable):
    BINDINGS = [Binding("enter", "select_cursor", "timeline.key.open")]

    def __init__(self, _: Translator, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, cell_padding=_PAD, **kwargs)
        self._ = _
        translate_bindings(self, _)
        self.conversations: list[Conversation] = []

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "select_cursor":
            return self.row_count > 0
        return True

    @property
    def selected(self) -> Conversation | None:
        if not self.row_count:
            return None
        key, _ = self.coordinate_to_cell_key(Coordinate(self.cursor_row, 0))
        return next((c for c in self.conversations if c.id == key.value), None)

    def _cells(self, c: Conversation) -> list[Text]:
        _ = self._
        over = c.status is ConversationStatus.COMPLETED and c.sections and (
            c.actual_seconds > c.planned_minutes * 60)
        return [
            Text(format_date(local_date(c.when), _.lang)),
            Text(_(f"kind.{c.kind.value}")),
            Text(duration_label(c, _), style="yellow" if over else "", justify="right"),
            Text(_(f"status.{c.status.value}"), style=_STATUS_STYLE.get(c.status, "")),
        ]

    def show(self, conversations: Sequence[Conversation]) -> None:
        """Fill the table, newest first, keeping the cursor on the same conversation."""
        _ = self._
        keep = self.selected.id if self.selected else None
        self.conversations = sorted(conversations, key=lambda c: c.when, reverse=True)
        headers = [_("timeline.col.date"), _("timeline.col.kind"), _("timeline.col.time"),
                   _("timeline.col.status")]
        cells = [self._cells(c) for c in self.conversations]
        widths = [len(h) for h in headers]
        for row in cells:
            for i, cell in enumerate(row):
                widths[i] = max(widths[i], cell.cell_len)
        scrollbar = 2 if len(cells) > max(1, self.size.height - 1) else 0
        room = self.size.width - scrollbar - 2 * _PAD * len(headers) - widths[0] - sum(widths[2:])
        if self.size.width:
            widths[1] = max(len(headers[1]), min(widths[1], room))
        self.clear(columns=True)
        for i, (header, width) in enumerate(zip(headers, widths, strict=True)):
            justify: JustifyMethod = "right" if i == 2 else "left"
            self.add_column(Text(header, justify=justify), width=width, key=f"t{i}")
        for c, row in zip(self.conversations, cells, strict=True):
            row[1] = Text(fit(row[1].plain, widths[1]))
            self.add_row(*row, key=c.id)
        ids = [c.id for c in self.conversations]
        if keep in ids:
            self.move_cursor(row=ids.index(keep))

    def on_resize(self) -> None:
        if self.conversations:
            self.show(self.conversations)
