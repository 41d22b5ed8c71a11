"""Size limits on what coach reads from files a person hands it.

A settings file, a template, a preparation or a review is text a person wrote: a few
kilobytes. ``read_limited`` refuses one above ``MAX_BYTES`` (1 MB) with ``TooLarge``
before reading it (``coach import-prep /dev/zero`` once grew to 24 GB), checking both the
size the file system reports and, for a device or a pipe that reports none, the bytes
actually read (at most one more than the limit). ``MAX_YAML_DEPTH`` bounds how deeply a
YAML document may nest.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from coach.errors import Explained
from coach.i18n import t
from coach.i18n.formats import format_decimal

MAX_BYTES = 1024 * 1024
MAX_YAML_DEPTH = 50


class TooLarge(Explained, OSError):
    """A file is larger than coach reads (``explain(lang)`` gives the message). An OSError
    too, so that every caller that reports a file it cannot read reports this one."""

    def __init__(self, path: Path, limit: int) -> None:
        self.path, self.limit = Path(path), limit
        super().__init__(f"{path} is larger than {limit} bytes")

    def explain(self, lang: str = "en") -> str:
        return t("limits.too_large", lang, path=self.path, limit=_megabytes(self.limit, lang))


def _megabytes(size: int, lang: str) -> str:
    return format_decimal(size / (1024 * 1024), lang) + " MB"


def read_limited(path: Path | str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``, or TooLarge if it holds more than ``limit`` (OSError as
    ``open`` raises it, e.g. FileNotFoundError, IsADirectoryError)."""
    path = Path(path)
    with open(path, "rb") as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
        except OSError:
            size = 0
        if size > limit:
            raise TooLarge(path, limit)
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(path, limit)
    return data


def read_text_limited(path: Path | str, limit: int = MAX_BYTES,
                      encoding: str = "utf-8-sig") -> str:
    """``read_limited`` decoded (UnicodeDecodeError as ``bytes.decode`` raises it)."""
    return read_limited(path, limit).decode(encoding)


def load_yaml(text: str, *, dates: bool = True, max_depth: int = MAX_YAML_DEPTH):
    """``yaml.safe_load(text)`` with nesting bounded to ``max_depth`` (a deeper document
    raises ``too_deep_error()``, a ``yaml.MarkedYAMLError`` naming the line) and, with
    ``dates=False``, dates left as the text they were (``2026-02-30`` is then a string, not
    a ValueError from the calendar)."""
    import yaml  # lazy: start-up (slow to import: only when there is YAML to read)

    class Loader(yaml.SafeLoader):
        depth = 0

        def compose_node(self, parent, index):  # type: ignore[override]
            self.depth += 1
            try:
                if self.depth > max_depth:
                    raise too_deep_error()(max_depth, self.peek_event().start_mark)
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    if not dates:
        Loader.yaml_implicit_resolvers = {
            first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }
    loader = Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@functools.cache
def too_deep_error() -> type:
    """The yaml error ``load_yaml`` raises for a document nested too deeply (made when yaml
    is first imported); it has ``depth`` and ``problem_mark``."""
    import yaml  # lazy: start-up (as in load_yaml)

    class _TooDeep(yaml.MarkedYAMLError):
        def __init__(self, depth: int, mark) -> None:
            super().__init__(problem=f"nested more than {depth} levels deep", problem_mark=mark)
            self.depth = depth

    return _TooDeep
