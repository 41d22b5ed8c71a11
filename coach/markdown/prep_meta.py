"""The preparation file's front matter: which template, language, date, person, and the
sections it holds (format 2: ``id: heading`` pairs; format 1: a list of ids)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coach.domain.preparation import FORMAT_VERSION, READABLE_VERSIONS
from coach.i18n import LANGS
from coach.markdown.front_matter import iso_date, key_line, load
from coach.markdown.prep_problems import Reader

if TYPE_CHECKING:
    from markdown_it.token import Token

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _sections(r: Reader, meta: dict, source: str) -> list[tuple[str, str | None, int]] | None:
    """(id, heading or None, line) for each section the front matter names."""
    if "sections" not in meta:
        return []
    line = key_line(source, "sections")
    value = meta["sections"]
    if value is None:
        return []
    if isinstance(value, dict):
        pairs = list(value.items())
        if not all(isinstance(k, str) and ID_PATTERN.match(k) and (
                v is None or isinstance(v, str)) for k, v in pairs):
            r.add(line, "sections")
            return None
        lines = [key_line(source, k, indented=True) for k, _v in pairs]
        return [(k, v, ln if ln > 1 else line) for (k, v), ln in zip(pairs, lines, strict=True)]
    if not isinstance(value, list) or not all(
        isinstance(s, str) and ID_PATTERN.match(s) for s in value
    ):
        r.add(line, "sections")
        return None
    if len(set(value)) != len(value):
        r.add(line, "sections_repeat")
        return None
    return [(s, None, line) for s in value]


def read_meta(r: Reader, token: Token) -> dict | None:
    """The front matter as a dict (``date`` a date, ``sections`` as above, ``_lines`` the
    line of each key), or None when it is not a mapping at all."""
    source = token.content
    meta = load(r, source, "meta_not_mapping")
    if meta is None:
        return None

    def at(key: str) -> int:
        return key_line(source, key) if key in meta else 1

    version = meta.get("coach_preparation")
    if version not in READABLE_VERSIONS:
        r.add(at("coach_preparation"), "version" if version is not None else "not_preparation",
              found=version, expected=FORMAT_VERSION)
    template = meta.get("template")
    if not isinstance(template, str) or not ID_PATTERN.match(template):
        r.add(at("template"), "template")
    if meta.get("language") not in LANGS:
        r.add(at("language"), "language", found=meta.get("language"))
    when = iso_date(meta.get("date"), times=True)
    if when is None:
        r.add(at("date"), "date")
    meta["date"] = when
    person = meta.get("person", "")
    if person is None:
        person = ""
    if not isinstance(person, str):
        r.add(at("person"), "person")
    meta["person"] = person if isinstance(person, str) else ""
    meta["sections"] = _sections(r, meta, source)
    meta["_lines"] = {key: at(key) for key in ("template", "person", "sections", "language")}
    meta["_end"] = source.count("\n") + 3
    return meta
