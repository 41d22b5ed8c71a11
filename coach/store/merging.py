"""Merging two versions of one store file, entry by entry, by stable ids.

Two machines that edited the same conversation (or person, or the index) before their
folders synced leave two versions of the file. Every document has its own id (a UUID), so
they merge document by document:

- a document only one side has is kept;
- the same document on both sides, the same: kept once;
- the same document, changed on both sides: the newer edit wins where the document says
  when it was last edited (entries carry ``updated``); otherwise, where a second copy can
  stand on its own (an entry, an action item, a goal, a competence area, an imported
  preparation, a unit objective), both are kept, the other side's under a new id, so no
  text is lost; where it cannot (a person, a setting, a conversation's own record, an index
  row), this machine's version is kept and the row is counted as ``kept_ours``.

Index rows for conversations are not merged here: repair rebuilds them from the files.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from coach.store.storage import KEY_FIELDS, Data

#: Tables whose documents can be duplicated under a new id without breaking anything.
STANDALONE = frozenset({"entries", "actions", "goals", "competence", "preparations",
                        "reviews", "objectives"})


@dataclass
class MergeStats:
    added: int = 0
    updated: int = 0
    kept_both: int = 0
    kept_ours: int = 0


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def _newer(ours: dict[str, Any], theirs: dict[str, Any], table: str) -> str | None:
    """"ours" or "theirs" when one is plainly the newer edit, else None (unsure)."""
    if table == "conversation":
        a = _when(ours.get("ended_at")) or _when(ours.get("started_at"))
        b = _when(theirs.get("ended_at")) or _when(theirs.get("started_at"))
    else:
        a, b = _when(ours.get("updated")), _when(theirs.get("updated"))
    if a is None or b is None or a == b:
        return None
    return "theirs" if b > a else "ours"


def merge_data(ours: Data, theirs: Data) -> tuple[Data, MergeStats]:
    """``ours`` with ``theirs`` merged in (neither argument is changed)."""
    merged = copy.deepcopy(ours)
    stats = MergeStats()
    for table, docs in theirs.items():
        target = merged.setdefault(table, {})
        key = KEY_FIELDS.get(table, "id")
        if key is None:  # meta: this machine's
            continue
        by_key = {doc.get(key): doc_id for doc_id, doc in target.items()}
        next_id = max((int(i) for i in target if i.isdigit()), default=0) + 1
        for doc in docs.values():
            mine_id = by_key.get(doc.get(key))
            if mine_id is None:
                target[str(next_id)] = copy.deepcopy(doc)
                by_key[doc.get(key)] = str(next_id)
                next_id += 1
                stats.added += 1
                continue
            mine = target[mine_id]
            if mine == doc:
                continue
            winner = _newer(mine, doc, table)
            if winner == "theirs":
                target[mine_id] = copy.deepcopy(doc)
                stats.updated += 1
            elif winner == "ours":
                stats.updated += 1
            elif table in STANDALONE:
                twin = copy.deepcopy(doc)
                twin[key] = str(uuid.uuid4())
                target[str(next_id)] = twin
                next_id += 1
                stats.kept_both += 1
            else:
                stats.kept_ours += 1
    return merged, stats
