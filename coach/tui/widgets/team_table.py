"""The team as a table: name, role, cadence, last and next conversation, open action items.

Columns are sized to the widget's width so that nothing is cut off at 80 columns: the
fixed columns get what their longest value needs and name and role share the rest, with an
ellipsis when a long name does not fit. Every cell is a ``rich.text.Text`` so that user text
is never read as markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from coach.i18n import Translator
from coach.tui.bindings import translate_bindings
from coach.tui.roster import TeamRow, TeamView, cadence_label, format_date

_PAD = 1  # DataTable's cell padding on each side
_MIN_NAME, _MIN_ROLE = 10, 6


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells with an ellipsis when it is longer."""
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


class TeamTable(DataTable):
    """A row-cursor DataTable whose row keys are person ids; enter selects (opens) a row.

    Enter is the table's own binding, not a priority one on the screen, so that it is
    handled after any cursor keys typed before it.
    """

    BINDINGS = [Binding("enter", "select_cursor", "tui.key.open")]

    def __init__(self, _: Translator, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, cell_padding=_PAD, **kwargs)
        self._ = _
        translate_bindings(self, _)
        self.view: TeamView | None = None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "select_cursor":
            return self.row_count > 0 and self.display
        return True

    @property
    def selected_id(self) -> str | None:
        if not self.row_count:
            return None
        key, _ = self.coordinate_to_cell_key((self.cursor_row, 0))
        return key.value

    def _cells(self, row: TeamRow, today) -> list[Text]:
        _, lang = self._, self._.lang
        p = row.person
        dim = "dim italic" if p.archived else ""
        last = format_date(row.last, lang) if row.last else _("home.never")
        if p.archived:
            nxt = Text(_("home.archived_mark"), style=dim)
        elif row.overdue(today):
            nxt = Text(_("home.overdue", days=row.days_overdue(today)), style="bold red")
        elif row.next_due == today:
            nxt = Text(_("home.due_today"), style="bold yellow")
        else:
            nxt = Text(format_date(row.next_due, lang))
        return [
            Text(p.name, style=dim),
            Text(p.role, style=dim),
            Text(cadence_label(p.cadence_days, _), style=dim),
            Text(last, style=dim),
            nxt,
            Text(str(row.open_actions), style=dim, justify="right"),
        ]

    def _widths(self, headers: list[str], cells: list[list[Text]]) -> list[int]:
        widths = [len(h) for h in headers]
        for row in cells:
            for i, cell in enumerate(row):
                widths[i] = max(widths[i], cell.cell_len)
        scrollbar = 2 if self.view and len(self.view.rows) > max(1, self.size.height - 1) else 0
        room = self.size.width - scrollbar - 2 * _PAD * len(headers) - sum(widths[2:])
        name = max(_MIN_NAME, min(widths[0], room * 3 // 5))
        role = max(_MIN_ROLE, min(widths[1], room - name))
        if room - name - role > 0:  # give leftover room back to the name
            name = min(widths[0], room - role)
        return [name, role, *widths[2:]]

    def show(self, view: TeamView, select: str | None = None) -> None:
        """Fill the table from ``view``, keeping the cursor on ``select`` or the current row."""
        _ = self._
        keep = select or self.selected_id
        self.view = view
        headers = [
            _("home.col.name"),
            _("home.col.role"),
            _("home.col.cadence"),
            _("home.col.last"),
            _("home.col.next"),
            _("home.col.open"),
        ]
        cells = [self._cells(row, view.today) for row in view.rows]
        widths = self._widths(headers, cells)
        self.clear(columns=True)
        for i, (header, width) in enumerate(zip(headers, widths, strict=True)):
            justify = "right" if i == len(headers) - 1 else "left"
            self.add_column(Text(header, justify=justify), width=width, key=f"c{i}")
        for row, cell_row in zip(view.rows, cells, strict=True):
            cell_row[0] = Text(fit(cell_row[0].plain, widths[0]), style=cell_row[0].style)
            cell_row[1] = Text(fit(cell_row[1].plain, widths[1]), style=cell_row[1].style)
            self.add_row(*cell_row, key=row.person.id)
        ids = [row.person.id for row in view.rows]
        if keep in ids:
            self.move_cursor(row=ids.index(keep))

    def on_resize(self) -> None:
        if self.view is not None:
            self.show(self.view)
