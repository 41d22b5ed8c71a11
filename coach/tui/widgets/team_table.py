"""The team as a table: name, role, cadence, last and next conversation, open action items
(the leader's and the employee's), overdue action items, goals at risk, the year's cycle.

Columns are sized to the widget's width so that nothing is cut off at 80 columns: the
fixed columns get what their longest value needs and name and role share the rest, with an
ellipsis when a long name does not fit. Every cell is a ``rich.text.Text`` so that user text
is never read as markup.
"""

from __future__ import annotations

from rich.console import JustifyMethod
from rich.text import Text
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from coach.domain.cycle import YearCycle
from coach.i18n import Translator
from coach.i18n.labels import cadence_label, format_date
from coach.services.team import TeamRow, TeamView
from coach.tui.bindings import translate_bindings
from coach.tui.cycle_label import STYLE, SYMBOL

_PAD = 1  # DataTable's cell padding on each side
_MIN_NAME, _MIN_ROLE = 10, 6
#: A role column is kept only while name and role get at least this much together.
_ROOMY_ROLE = 14
#: Every column, in order; its header is the message ``home.col.<key>``.
COLUMNS = ("name", "role", "cadence", "last", "next", "mine", "theirs", "late", "risk", "year")
#: Dropped in this order while the table is too narrow for them all.
DROP_ORDER = ("cadence", "last", "role")
_NUMBERS = ("mine", "theirs", "late", "risk")


def compact_cycle(cycle: YearCycle, _) -> Text:
    """The year's cycle in a few cells: "M✓ O3/10 E–"."""
    out = Text()
    out.append(f"{_('cycle.letter.goal')}{SYMBOL[cycle.goal_setting]} ",
               style=STYLE[cycle.goal_setting])
    out.append(f"{_('cycle.letter.follow')}{cycle.follow_ups_held}/{cycle.follow_ups_planned}",
               style="bold red" if cycle.follow_ups_behind else "")
    out.append(f" {_('cycle.letter.eval')}{SYMBOL[cycle.evaluation]}",
               style=STYLE[cycle.evaluation])
    return out


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
        self.shown_rows: list[TeamRow] = []

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "select_cursor":
            return self.row_count > 0 and self.display
        return True

    @property
    def selected_id(self) -> str | None:
        if not self.row_count:
            return None
        key, _ = self.coordinate_to_cell_key(Coordinate(self.cursor_row, 0))
        return key.value

    def _cells(self, row: TeamRow, today) -> dict[str, Text]:
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

        def count(n: int, alert: str = "") -> Text:
            return Text(str(n) if n else "·", style=(alert if n and alert else dim) or "",
                        justify="right")

        return {
            "name": Text(p.name, style=dim),
            "role": Text(p.role, style=dim),
            "cadence": Text(cadence_label(p.cadence_days, _), style=dim),
            "last": Text(last, style=dim),
            "next": nxt,
            "mine": count(row.open_mine),
            "theirs": count(row.open_theirs),
            "late": count(row.overdue_actions, "bold red"),
            "risk": count(row.goals_at_risk, "bold yellow"),
            "year": compact_cycle(row.cycle, _) if row.cycle and not p.archived else Text(""),
        }

    def _columns(self, headers: dict[str, str], cells: list[dict[str, Text]]
                 ) -> dict[str, int]:
        """Each shown column's width: fixed columns as wide as their longest value, the
        least needed dropped while name and role would get less than their minimum."""
        widths = {k: len(h) for k, h in headers.items()}
        for row in cells:
            for k, cell in row.items():
                widths[k] = max(widths[k], cell.cell_len)
        scrollbar = 2 if self.view and len(self.view.rows) > max(1, self.size.height - 1) else 0
        shown = list(headers)
        for drop in (None, *DROP_ORDER):
            if drop is not None:
                shown.remove(drop)
            fixed = [k for k in shown if k not in ("name", "role")]
            room = (self.size.width - scrollbar - 2 * _PAD * len(shown)
                    - sum(widths[k] for k in fixed))
            need = _MIN_NAME + (_ROOMY_ROLE if "role" in shown else 0)
            if room >= need or not self.size.width:
                break
        out = {k: widths[k] for k in shown}
        if "role" in shown:
            name = max(_MIN_NAME, min(widths["name"], room * 3 // 5))
            role = max(_MIN_ROLE, min(widths["role"], room - name))
            if room - name - role > 0:  # give leftover room back to the name
                name = min(widths["name"], room - role)
            out["name"], out["role"] = name, role
        else:
            out["name"] = max(_MIN_NAME, min(widths["name"], room))
        return out

    def show(self, view: TeamView, select: str | None = None,
             rows: list[TeamRow] | None = None) -> None:
        """Fill the table from ``view`` (or the sorted, filtered ``rows`` of it), keeping
        the cursor on ``select`` or the current row."""
        _ = self._
        keep = select or self.selected_id
        self.view = view
        self.shown_rows = view.rows if rows is None else rows
        headers = {k: _(f"home.col.{k}") for k in COLUMNS}
        cells = [self._cells(row, view.today) for row in self.shown_rows]
        widths = self._columns(headers, cells)
        self.clear(columns=True)
        for key, width in widths.items():
            justify: JustifyMethod = "right" if key in _NUMBERS else "left"
            self.add_column(Text(headers[key], justify=justify), width=width, key=key)
        for row, cell_row in zip(self.shown_rows, cells, strict=True):
            for key in ("name", "role"):
                if key in widths:
                    cell_row[key] = Text(fit(cell_row[key].plain, widths[key]),
                                         style=cell_row[key].style)
            self.add_row(*(cell_row[k] for k in widths), key=row.person.id)
        ids = [row.person.id for row in self.shown_rows]
        if keep in ids:
            self.move_cursor(row=ids.index(keep))
        if not self.size.width:  # just made visible: size the columns once laid out
            self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        if self.view is not None and self.size.width:
            self.show(self.view, rows=self.shown_rows)

    def cell(self, person_id: str, column: str) -> str | None:
        """The text in a person's row and a column, None if that column is not shown."""
        if column not in self.columns:
            return None
        return self.get_cell(person_id, column).plain

    def on_resize(self) -> None:
        if self.view is not None:
            self.show(self.view, rows=self.shown_rows)
