"""What the store holds about one person, table by table, and where a name stands in the
records of everyone else.

:func:`records_about` is the store's own answer to "what is stored about this person": the
person's row and their conversations' rows in the index, every table of each of their
conversation files and every table of their person file, as the files hold them (a table
added later is in it without a change here). A data access export and ``forget`` are
checked against it, and ``forget`` counts from it.

:func:`name_mentions` walks the text of every record of every other person (their person
file and conversation files) and the unit's objectives, and finds a name in it; each
:class:`Mention` says where (file, table, record, the path to the text inside it), whose
record it is, the conversation and time nearest to it and whether the record holding it is
private. :func:`apply_redactions` replaces chosen mentions inside a transaction (the journal
``forget`` uses), so forgetting and redacting land together or not at all.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coach.domain.mentions import find_name, redact
from coach.store.layout import (
    CONVERSATION_TABLES,
    CONVERSATIONS_DIR,
    INDEX_FILE,
    PEOPLE_DIR,
    PERSON_TABLES,
    conversation_path,
    person_path,
)
from coach.store.storage import read_file

if TYPE_CHECKING:
    from coach.store.repository import Store

#: Index tables about no one person: the schema version, the unit's objectives (their text
#: is searched for mentions) and settings. Every other table holds records about a person.
PERSONLESS_TABLES = ("meta", "objectives", "settings")

#: Fields that hold ids, enum values, dates or machine state, never a person's words.
_NOT_TEXT = frozenset({
    "id", "person_id", "conversation_id", "action_id", "objective_id", "section_id",
    "template_id", "raised_in", "closed_in", "carried_to", "created_in", "kind", "status",
    "visibility", "owner", "type", "scope", "language", "rating", "target", "decision",
    "digest", "created", "updated", "at", "imported", "due", "target_date", "closed_at",
    "date", "planned_at", "started_at", "ended_at", "questions_asked", "clock_state",
    "source", "draft", "employee_led", "current_section",
})
_ID_FIELD = re.compile(r"(^|_)ids?$")

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Mention:
    """One place a name stands in a record that is not about that person."""

    #: The store file, relative to the data directory ("conversations/<id>.json").
    file: str
    table: str
    #: The record's id in its table.
    key: str
    #: Keys and list indexes from the record to the text.
    path: Path_
    #: Where the name is in the text (NFC).
    span: tuple[int, int]
    #: The whole text, as stored.
    text: str
    #: Whose record (None: the unit's objectives).
    person_id: str | None
    conversation_id: str | None
    #: The nearest time stamp (ISO text) of the record or its part.
    at: str | None
    private: bool


def records_about(store: Store, person_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every record stored about the person, by table, as stored (copies)."""
    out: dict[str, list[dict[str, Any]]] = {}

    def add(table: str, docs: Iterable[dict[str, Any]]) -> None:
        out.setdefault(table, []).extend(copy.deepcopy(list(docs)))

    with store._mutex:
        index = store._index.read()
        for table, docs in index.items():
            if table in PERSONLESS_TABLES:
                continue
            key = "id" if table == "people" else "person_id"
            add(table, (d for d in docs.values() if d.get(key) == person_id))
        for row in store.conversation_summaries(person_id):
            data = store._conv_file(row.id).read()
            for table, docs in data.items():
                add(table, docs.values())
        person_file = store._person_file(person_id)
        if person_file is not None:
            for table, docs in person_file.read().items():
                add(table, docs.values())
    return out


# -- mentions -------------------------------------------------------------------------------
def _texts(value: Any, path: Path_, ctx: tuple[bool, str | None, str | None]
           ) -> Iterator[tuple[Path_, str, tuple[bool, str | None, str | None]]]:
    """Every text inside ``value`` with its path and (private, conversation, at)."""
    if isinstance(value, str):
        yield path, value, ctx
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _texts(item, (*path, i), ctx)
    elif isinstance(value, dict):
        private, conversation, at = ctx
        private = private or value.get("visibility") == "private"
        for field in ("conversation_id", "raised_in", "created_in"):
            if isinstance(value.get(field), str):
                conversation = value[field]
                break
        for field in ("at", "created", "imported"):
            if isinstance(value.get(field), str):
                at = value[field]
                break
        for field, item in value.items():
            if field in _NOT_TEXT or _ID_FIELD.search(field):
                continue
            yield from _texts(item, (*path, field), (private, conversation, at))


def _in_file(file: str, data: dict[str, dict[str, dict[str, Any]]], pattern,
             person_id: str | None, conversation_id: str | None) -> Iterator[Mention]:
    for table, docs in data.items():
        for doc in docs.values():
            key = doc.get("id")
            if not isinstance(key, str):
                continue
            ctx = (False, conversation_id, None)
            for path, text, (private, conv, at) in _texts(doc, (), ctx):
                for span in find_name(text, pattern):
                    yield Mention(file, table, key, path, span, text, person_id, conv, at,
                                  private)


def _data(store: Store, folder: str, key: str, tables: tuple[str, ...]):
    cache = store._conv_files if folder == CONVERSATIONS_DIR else store._people_files
    held = cache.get(key)
    if held is not None:
        return held.read()
    path = (conversation_path if folder == CONVERSATIONS_DIR else person_path)(
        store.data_dir, key)
    if not os.path.exists(path):
        return None
    return read_file(path, tables)  # not cached: the whole team is read once


def name_mentions(store: Store, pattern, *, except_person: str) -> list[Mention]:
    """Where ``pattern`` (:func:`coach.domain.mentions.name_pattern`) matches in the
    records of everyone but ``except_person``, and in the unit's objectives."""
    if pattern is None:
        return []
    found: list[Mention] = []
    with store._mutex:
        objectives = {"objectives": store._index.read().get("objectives", {})}
        found += _in_file(INDEX_FILE, objectives, pattern, None, None)
        people = [p for p in store.people(include_archived=True) if p.id != except_person]
        for person in people:
            for row in store.conversation_summaries(person.id):
                data = _data(store, CONVERSATIONS_DIR, row.id, CONVERSATION_TABLES)
                if data is not None:
                    found += _in_file(f"{CONVERSATIONS_DIR}/{row.id}.json", data, pattern,
                                      person.id, row.id)
            data = _data(store, PEOPLE_DIR, person.id, PERSON_TABLES)
            if data is not None:
                found += _in_file(f"{PEOPLE_DIR}/{person.id}.json", data, pattern,
                                  person.id, None)
    return found


def _file_of(store: Store, file: str):
    if file == INDEX_FILE:
        return store._index
    folder, name = file.split("/", 1)
    key = name[:-len(".json")]
    if folder == CONVERSATIONS_DIR:
        return store._conv_file(key)
    return store._person_file(key)


def _get(doc: Any, path: Path_) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def apply_redactions(store: Store, chosen: Iterable[tuple[Mention, str]]) -> int:
    """Replace each chosen mention by its marker (call inside ``store.transaction``); a text
    changed since it was found is left as it is. Returns how many were replaced."""
    groups: dict[tuple[str, str, str, Path_], list[tuple[Mention, str]]] = {}
    for mention, marker in chosen:
        groups.setdefault((mention.file, mention.table, mention.key, mention.path),
                          []).append((mention, marker))
    done = 0
    for (file, table, key, path), items in groups.items():
        holder = _file_of(store, file)
        doc = holder.get(table, key) if holder is not None else None
        if doc is None:
            continue
        doc = copy.deepcopy(doc)
        try:
            text = _get(doc, path)
        except (KeyError, IndexError, TypeError):
            continue
        if not isinstance(text, str) or text != items[0][0].text:
            continue
        new = text
        for mention, marker in sorted(items, key=lambda item: item[0].span, reverse=True):
            new = redact(new, [mention.span], marker)
        parent = _get(doc, path[:-1])
        parent[path[-1]] = new
        holder.put(table, doc)
        done += len(items)
    return done
