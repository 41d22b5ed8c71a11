"""The kinds of note a leader writes while they talk: one table.

Adding a kind changes this table, its strings (``coach/i18n/messages/domain.py`` for the
label, ``export.py`` for the export heading, ``live_tui.py`` for the key's name) and its
tests, and nothing else: the prefix parser (``notes``), the summary (``summary``), the
Markdown export, the live screen's keys and the entry list all read it.

| kind | prefixes (bokmål and English) | key | icon |
|---|---|---|---|
| note | (none) | ``ctrl+n`` | • |
| agreement | ``a:`` ``avt:`` ``avtale:`` ``agree:`` ``agreement:`` | ``ctrl+g`` | ✔ |
| action item | ``t:`` ``tiltak:`` ``todo:`` ``action:`` | ``ctrl+t`` | ☐ |
| support need | ``s:`` ``støtte:`` ``stotte:`` ``support:`` | ``ctrl+b`` | ⚑ |
| mastery moment | ``m:`` ``mestring:`` ``mastery:`` | ``ctrl+l`` | ★ |
| learning | ``l:`` ``læring:`` ``laering:`` ``learn:`` ``learning:`` | ``ctrl+backslash`` | ✎ |
| private note | ``p:`` ``privat:`` ``private:`` | ``ctrl+r`` | • |
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.domain.conversations import EntryKind, Visibility


@dataclass(frozen=True)
class NoteKind:
    """One row: what a prefix or a key makes of a typed note, and how it is shown."""

    #: The live screen's name for it (the argument of its commit action).
    name: str
    kind: EntryKind
    visibility: Visibility
    #: Prefixes in both languages, lower case, written before a colon.
    prefixes: tuple[str, ...]
    #: The live screen's key, its action, its label's message key, and whether the footer
    #: shows it (the lesser keys are in F1 help and the palette).
    key: str
    action: str
    key_label: str
    in_footer: bool
    #: The icon and colour of the entry list.
    icon: str
    style: str
    #: The field of ``Summary`` that lists this kind, and the export heading's message key
    #: (None: notes are listed by section, action items as action items, private apart).
    summary_field: str | None = None
    export_heading: str | None = None

    @property
    def label(self) -> str:
        """The message key of the kind's name (``entry.agreement``)."""
        return f"entry.{self.kind.value}"


def _commit(name: str) -> str:
    return f"commit('{name}')"


#: In the order the export lists them.
NOTE_KINDS: tuple[NoteKind, ...] = (
    NoteKind("note", EntryKind.NOTE, Visibility.SHARED, (),
             "ctrl+n", "commit", "live.key.note", True, "•", ""),
    NoteKind("agreement", EntryKind.AGREEMENT, Visibility.SHARED,
             ("a", "avt", "avtale", "agree", "agreement"),
             "ctrl+g", _commit("agreement"), "live.key.agreement", True, "✔", "green",
             "agreements", "export.agreements"),
    NoteKind("action-item", EntryKind.ACTION_ITEM, Visibility.SHARED,
             ("t", "tiltak", "todo", "action"),
             "ctrl+t", "action_item", "live.key.action", True, "☐", "cyan"),
    NoteKind("support-need", EntryKind.SUPPORT_NEED, Visibility.SHARED,
             ("s", "støtte", "stotte", "support"),
             "ctrl+b", _commit("support-need"), "live.key.support", False, "⚑", "yellow",
             "support_needs", "export.support_needs"),
    NoteKind("mastery-moment", EntryKind.MASTERY_MOMENT, Visibility.SHARED,
             ("m", "mestring", "mastery"),
             "ctrl+l", _commit("mastery-moment"), "live.key.mastery", False, "★", "magenta",
             "mastery_moments", "export.mastery"),
    NoteKind("learning", EntryKind.LEARNING, Visibility.SHARED,
             ("l", "læring", "laering", "learn", "learning"),
             "ctrl+backslash", _commit("learning"), "live.key.learning", False, "✎", "blue",
             "learning", "export.learning"),
    NoteKind("private", EntryKind.NOTE, Visibility.PRIVATE, ("p", "privat", "private"),
             "ctrl+r", _commit("private"), "live.key.private", False, "•", ""),
)

BY_NAME: dict[str, NoteKind] = {k.name: k for k in NOTE_KINDS}
#: Each prefix, to the kind it makes.
PREFIXES: dict[str, NoteKind] = {p: k for k in NOTE_KINDS for p in k.prefixes}
#: The shared row of each entry kind (its icon and label).
BY_KIND: dict[EntryKind, NoteKind] = {
    k.kind: k for k in NOTE_KINDS if k.visibility is Visibility.SHARED
}
#: The kinds a summary lists on their own, and the field that holds each.
LISTED: dict[EntryKind, str] = {
    k.kind: k.summary_field for k in NOTE_KINDS if k.summary_field is not None
}
