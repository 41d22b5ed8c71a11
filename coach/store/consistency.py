"""Whether the store's files add up: rows against conversation files, references to people,
files no row points at. Read by ``coach check`` (``check``) and before every backup
(``backups.verified_members``: a backup of an inconsistent store must not push out a good
one); apart from both so that neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.i18n import t
from coach.store.layout import CONVERSATIONS_DIR, INDEX_FILE, PEOPLE_DIR, PERSON_TABLES
from coach.store.migrations import summary_row
from coach.store.storage import Data

#: Findings that make the store inconsistent (a backup of it would not be good). The
#: others (a conflict copy, a temp file, a mode) are left beside the data.
SERIOUS = frozenset({"damaged", "missing_file", "row_mismatch", "dangling", "merge_markers",
                     "not_a_file", "journal"})


@dataclass(frozen=True)
class Finding:
    kind: str
    path: Path
    #: The path as shown: relative to the data directory when inside it.
    name: str
    detail: str = ""

    @property
    def serious(self) -> bool:
        return self.kind in SERIOUS

    def explain(self, lang: str) -> str:
        return t(f"check.f.{self.kind}", lang, path=self.name, detail=self.detail)


class _Collector:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.findings: list[Finding] = []

    def add(self, kind: str, path: Path, detail: str = "") -> None:
        try:
            name = path.relative_to(self.data_dir).as_posix()
        except ValueError:
            name = str(path)
        self.findings.append(Finding(kind, path, name, detail))


# references and rows, on parsed files -------------------------------------------------------
def consistency_findings(data_dir: Path, parsed: dict[str, Data]) -> list[Finding]:
    """What does not add up between parsed files (keys: ``coach.json``,
    ``people/<id>.json``, ``conversations/<id>.json``): rows against conversation files,
    references to people, files no row points at."""
    out = _Collector(data_dir)
    index = parsed.get(INDEX_FILE)
    if index is None:
        return out.findings
    people = {d.get("id") for d in index.get("people", {}).values()}
    rows = {d.get("id"): d for d in index.get("conversations", {}).values()}
    index_path = data_dir / INDEX_FILE
    for conv_id, row in rows.items():
        if row.get("person_id") not in people:
            out.add("dangling", index_path, f"conversation {conv_id} -> person "
                                            f"{row.get('person_id')}")
    for member, data in sorted(parsed.items()):
        path = data_dir / member
        folder, _, file_name = member.partition("/")
        key = file_name[:-5]
        if folder == CONVERSATIONS_DIR:
            _conversation(out, path, key, data, rows.get(key), people)
        elif folder == PEOPLE_DIR:
            if key not in people:
                out.add("orphan_file", path)
            for table in PERSON_TABLES:
                for doc in data.get(table, {}).values():
                    if doc.get("person_id") != key:
                        out.add("dangling", path, f"{table} {doc.get('id')} -> person "
                                                  f"{doc.get('person_id')}")
    return out.findings


def _conversation(out: _Collector, path: Path, key: str, data: Data,
                  row: dict[str, Any] | None, people: set) -> None:
    docs = list(data.get("conversation", {}).values())
    if len(docs) != 1 or docs[0].get("id") != key:
        out.add("damaged", path, "the conversation record is missing or has another id")
        return
    doc = docs[0]
    if row is None:
        out.add("orphan_file", path)
    else:
        expected = summary_row(doc)
        differs = sorted(k for k in expected if expected[k] != row.get(k))
        if differs:
            out.add("row_mismatch", path, ", ".join(differs))
    if doc.get("person_id") not in people:
        out.add("dangling", path, f"person {doc.get('person_id')}")
    for entry in data.get("entries", {}).values():
        if entry.get("conversation_id") != key:
            out.add("dangling", path, f"entry {entry.get('id')} -> conversation "
                                      f"{entry.get('conversation_id')}")
