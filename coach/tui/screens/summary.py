"""After the conversation: the summary as it will be exported, and the export itself.

What is shown is the export's own Markdown (one code path with ``coach export``), rendered
by a Markdown widget whose parser has HTML off, so user text such as ``<Prosjekt X>`` shows
as typed. ``p`` switches between the shared summary and the full one with private notes.
"""

from __future__ import annotations

import re
from pathlib import Path

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Markdown, Static

from coach.domain.records import local_date
from coach.errors import describe
from coach.i18n import t
from coach.services.autosave import Autosaver, session_autosaver
from coach.services.exporting import conversation_markdown, write_export
from coach.services.session import LiveSession
from coach.store import StoreError
from coach.tui import routes
from coach.tui.dialogs.confirm import ConfirmDialog
from coach.tui.dialogs.export_path import ExportPathDialog
from coach.tui.downloads import offer_download
from coach.tui.footer_fit import fit_footer
from coach.tui.review_import import ask_import_review
from coach.tui.screen_share import shared_only
from coach.tui.shell import CoachScreen
from coach.tui.widgets.markdown_preview import safe_parser, without_front_matter
from coach.tui.writing import report


def default_export_name(person: str, day, kind: str, full: bool, lang: str = "en") -> str:
    """``kari-nordmann-2026-12-01-manedlig-oppfolging.md``: the words in the conversation's
    language, the date in ISO (file names sort by it)."""
    slug = re.sub(r"[^\w]+", "-", person.casefold()).strip("-") or t("export.file.person", lang)
    suffix = t("export.file.full", lang) if full else ""
    return f"{slug}-{day.isoformat()}-{t(f'export.file.kind.{kind}', lang)}{suffix}.md"


class SummaryScreen(CoachScreen[None]):
    BINDINGS = [
        Binding("e", "export(False)", "live.key.export_shared"),
        Binding("f", "export(True)", "live.key.export_full"),
        Binding("p", "toggle_full", "live.key.preview"),
        Binding("i", "import_review", "review.key.import"),
        Binding("escape", "home", "live.key.home"),
        Binding("f1", "help", "live.key.help"),
    ]

    def __init__(self, session: LiveSession, saves: Autosaver | None = None) -> None:
        super().__init__(id="summary-screen")
        self.session = session
        self.saves = saves or session_autosaver(session)
        self.full = False
        self.markdown: dict[bool, str] = {}


    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="summary-status")
        with VerticalScroll(id="summary-body"):
            yield Markdown("", parser_factory=safe_parser, id="summary-md", open_links=False)
        # No palette key at the right edge, as on the live screen (ctrl+p works).
        yield Footer(compact=True, show_command_palette=False)

    #: The footer always holds what the leader needs at the end of a meeting: export
    #: (shared, full), the preview's switch, home, help and quit. Importing the employee's
    #: review comes later: it joins when there is room (F1 help and the palette list it).
    _FOOTER_EXTRAS = ("i",)

    def on_resize(self, event: events.Resize) -> None:
        fit_footer(self, event.size.width, self._FOOTER_EXTRAS)

    def on_mount(self) -> None:
        self.sub_title = f"{self.session.person.name}: {self._('live.summary.subtitle')}"
        self.query_one("#summary-body").focus()
        self._load()

    @work(thread=True, exclusive=True, group="summary")
    def _load(self) -> None:
        """Wait for the last saves, then build both exports from the store."""
        app = self.app
        self.saves.drain(on_error=self._save_failed)
        cid = self.session.conversation.id
        try:
            texts = {
                full: conversation_markdown(self.services.store, cid, app.lang,
                                            include_private=full,
                                            library=self.session.library)
                for full in (False, True)
            }
        except (OSError, StoreError) as exc:
            self._save_failed(exc)
            return
        app.call_from_thread(self._loaded, texts)

    def _save_failed(self, exc: Exception) -> None:
        """From a worker: say that a write (or read) of the store failed; the app goes on."""
        report(self, exc)

    def _loaded(self, texts: dict[bool, str]) -> None:
        self.markdown = texts
        self._show()

    def _show(self) -> None:
        _ = self._
        sharing = shared_only(self, self.session.entries)  # screen-share mode: shared only
        full = self.full and sharing is None
        status = Text(_("live.summary.complete") + "  ", style="bold green")
        key = ("live.summary.showing_full" if full else "live.summary.showing_shared"
               if sharing is None else "live.summary.showing_shared_only")  # p does nothing
        status.append(_(key), style="bold red" if full else "dim")
        if sharing is not None:
            status.append("  ").append_text(sharing)
        self.query_one("#summary-status", Static).update(status)
        self.query_one("#summary-md", Markdown).update(
            without_front_matter(self.markdown.get(full, ""))
        )

    def screen_share_changed(self) -> None:
        if self.markdown:
            self._show()

    def action_toggle_full(self) -> None:
        self.full = not self.full
        if self.markdown:
            self._show()

    def action_home(self) -> None:
        app = self.app
        while len(app.screen_stack) > 2:
            app.pop_screen()
        if app.screen is self:
            routes.switch(app, "home")
        elif isinstance(app.screen, CoachScreen) and routes.is_route(app.screen, "home"):
            app.screen.reload()


    # -- export -----------------------------------------------------------------------------
    def action_export(self, full: bool) -> None:
        _ = self._
        conv = self.session.conversation
        day = local_date(conv.when)
        name = default_export_name(self.session.person.name, day, conv.kind.value, full,
                                   conv.language)
        title = _("live.export.title_full" if full else "live.export.title_shared")

        def chosen(path: Path | None) -> None:
            if path is not None:
                self._export_to(path, full)

        self.app.push_screen(ExportPathDialog(title, Path.cwd() / name, _), chosen)

    def _export_to(self, path: Path, full: bool, confirmed: bool = False) -> None:
        if path.exists() and not confirmed:
            def answered(yes: bool | None) -> None:
                if yes:
                    self._export_to(path, full, confirmed=True)

            question = self._("live.export.overwrite", path=str(path))
            self.app.push_screen(ConfirmDialog(question, self._), answered)
            return
        self._write(path, full)

    @work(thread=True, exclusive=False, group="export")
    def _write(self, path: Path, full: bool) -> None:
        app = self.app
        try:
            self.saves.drain()
            text = conversation_markdown(self.services.store, self.session.conversation.id,
                                         app.lang, include_private=full,
                                         library=self.session.library)
            write_export(path, text)
        except (OSError, StoreError) as exc:
            error = describe(exc, app.lang)
            app.call_from_thread(
                self.notify, self._("live.export.failed", path=str(path), error=error),
                severity="error", markup=False,
            )
            return
        app.call_from_thread(self._written, path)

    def _written(self, path: Path) -> None:
        key = "serve.exported" if offer_download(self.app, path) else "live.export.done"
        self.notify(self._(key, path=str(path)), markup=False)

    def action_import_review(self) -> None:
        """The employee's review of this summary (a file they handed back)."""
        ask_import_review(self, self._load, self.session.library)
