"""Pick the kind of conversation: the library's templates in the UI language."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from coach.content import Template
from coach.i18n import CATALOG, Translator
from coach.tui.dialogs.form import Dialog


class TemplatePicker(Dialog[Template]):
    def __init__(self, name: str, templates: list[Template], _: Translator) -> None:
        super().__init__(_)
        self.person_name = name
        self.templates = templates

    def compose(self) -> ComposeResult:
        _ = self._
        with Vertical(classes="dialog", id="template-picker"):
            yield Static(_("live.picker.title", name=self.person_name), classes="dialog-title",
                         markup=False)
            yield OptionList(
                *[
                    Option(
                        _line(t, _),
                        id=t.id,
                    )
                    for t in self.templates
                ],
                id="templates",
            )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        options = self.query_one("#templates", OptionList)
        options.focus()
        ids = [t.id for t in self.templates]
        for first in (self.app.services.settings.default_template, "follow-up"):
            if first in ids:
                options.highlighted = ids.index(first)
                break

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.templates[event.option_index])



def _line(template: Template, _: Translator) -> str:
    key = f"kind.{template.kind}"
    kind = _(key) if key in CATALOG else template.kind
    words = lambda text: set(re.findall(r"\w+", text.casefold()))  # noqa: E731
    if kind.casefold() == template.title.casefold() or words(kind) <= words(template.title):
        # "Målsamtale: mål i partnerskap · Målsamtale (mål i partnerskap)" said it twice
        return f"{template.title} · {template.total_minutes} min"
    return _("live.picker.line", title=template.title, kind=kind, minutes=template.total_minutes)
