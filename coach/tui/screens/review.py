"""The employee reviews the agreed summary: read it, comment on any agreement, action item
or the whole, then confirm it (F2) or say there are remarks (F3).

The comments are held here until the decision; the review file is written through
``coach.services.review`` (the same path as ``coach reflect --review FILE --confirm``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Header, Markdown, OptionList, Static, TextArea

from coach.domain.review import Decision, Review, ReviewComment, Target
from coach.errors import describe
from coach.services.review import SharedSummary, decision_line, make_review, write_review
from coach.tui.shell import CoachScreen
from coach.tui.widgets.markdown_preview import safe_parser, without_front_matter


class ReviewScreen(CoachScreen[None]):
    DEFAULT_CSS = """
    #review-targets { width: 30; height: 1fr; }
    #review-main { width: 1fr; height: 1fr; padding: 0 1; }
    #review-doc { height: 1fr; border: round $panel; }
    #review-about { height: auto; }
    #review-comment { height: 6; }
    #review-status { height: auto; }
    """
    BINDINGS = [
        Binding("f2", "decide('confirmed')", "review.key.confirm"),
        Binding("f3", "decide('remarks')", "review.key.remarks"),
        Binding("f1", "help", "live.key.help"),
    ]

    def __init__(self, summary: SharedSummary, output: Path, *, comment: str = "",
                 today=None) -> None:
        super().__init__(id="review")
        self.summary = summary
        self.output = output
        self.today = today
        #: (target, about) of each choice in the list: the whole summary, then its items.
        self.targets: list[tuple[Target, str]] = [(Target.WHOLE, ""), *summary.items]
        self.comments: dict[int, str] = {0: comment} if comment else {}
        self.index = 0
        self.written: Path | None = None


    def _label(self, target: Target, about: str) -> str:
        if target is Target.WHOLE:
            return self._("review.target.whole")
        key = "review.target.agreement" if target is Target.AGREEMENT else \
            "review.target.action"
        return self._(key, about=about)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="review-body"):
            yield OptionList(*[Text(self._label(t, a)) for t, a in self.targets],
                             id="review-targets")
            with Vertical(id="review-main"):
                with VerticalScroll(id="review-doc"):
                    yield Markdown(without_front_matter(self.summary.text),
                                   parser_factory=safe_parser, open_links=False)
                yield Static("", id="review-about")
                yield TextArea(self.comments.get(0, ""), id="review-comment",
                               show_cursor=True, highlight_cursor_line=False,
                               placeholder=self._("review.comment.placeholder"))
                yield Static("", id="review-status")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = self.summary.title
        self._show()
        self.query_one("#review-doc").focus()

    def _show(self) -> None:
        target, about = self.targets[self.index]
        out = Text(self._("review.comment.on", what=self._label(target, about)), style="bold")
        self.query_one("#review-about", Static).update(out)
        editor = self.query_one("#review-comment", TextArea)
        text = self.comments.get(self.index, "")
        if editor.text != text:
            editor.load_text(text)
        options = self.query_one("#review-targets", OptionList)
        if options.highlighted != self.index:
            options.highlighted = self.index

    @on(OptionList.OptionHighlighted, "#review-targets")
    def _picked(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index != self.index:
            self.index = event.option_index
            self._show()

    @on(OptionList.OptionSelected, "#review-targets")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        """Enter on an item: write the comment on it."""
        self.index = event.option_index
        self._show()
        self.query_one("#review-comment", TextArea).focus()

    @on(TextArea.Changed, "#review-comment")
    def _typed(self, event: TextArea.Changed) -> None:
        self.comments[self.index] = event.text_area.text

    def review_comments(self) -> list[ReviewComment]:
        return [ReviewComment(self.targets[i][0], text, self.targets[i][1])
                for i, text in sorted(self.comments.items()) if text.strip()]

    def on_key(self, event) -> None:
        """A letter typed while the summary or the list has focus is the start of a
        comment on what is chosen (it was lost)."""
        editor = self.query_one("#review-comment", TextArea)
        if event.is_printable and event.character and self.app.focused is not editor:
            editor.focus()
            editor.insert(event.character)
            event.stop()
            event.prevent_default()

    def action_decide(self, decision: str) -> None:
        if Decision(decision) is Decision.REMARKS and not self.review_comments():
            self.notify(self._("review.remarks.empty"), severity="warning", markup=False)
            self.query_one("#review-comment", TextArea).focus()
            return
        review = make_review(self.summary, Decision(decision), self.today or date.today(),
                             self.app.lang, self.review_comments())
        self._write(review)

    @work(thread=True, exclusive=True, group="review-write")
    def _write(self, review: Review) -> None:
        try:
            path = write_review(self.output, review)
        except OSError as exc:
            self.app.call_from_thread(self.notify, describe(exc, self.app.lang),
                                      severity="error", markup=False)
            return
        text = self._("review.cli.reflect.written", path=str(path),
                      decision=decision_line(review, self.app.lang))
        self.app.call_from_thread(self._written, path, text)

    def _written(self, path: Path, text: str) -> None:
        self.written = path
        # said once, under the comment (a toast as well covered this very line at 80x24)
        self.query_one("#review-status", Static).update(Text(text, style="bold green"))

