"""A cache of the parsed library, so that starting a conversation need not parse Markdown.

Parsing the content files with markdown-it costs more than drawing the first screen. The
parsed library is kept as plain JSON in the user's cache directory (``$COACH_CACHE_DIR``,
else platformdirs), keyed by every content file's path and a checksum of its bytes (reading a
dozen small files is cheap; parsing them is not) and by the content package's own source
files, so any edit to either parses afresh, however quickly it follows the last.

Nothing read back from disk is trusted: no pickle (unpickling runs whatever code the file
names), and every field of the JSON is checked for its type before a ``Template`` or a
``Question`` is made of it; a file over ``MAX_BYTES``, a stale key or any field out of shape
and the library is parsed as before. The folder is made 0700 (files 0600); a folder owned by
another account is refused (``ContentError``, naming the folder and its owner), as another
account could plant content there. The file is written atomically. Only a library without
problems is cached.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import tempfile
import types
import typing
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import platformdirs

from coach import __version__
from coach.content.model import ContentError, Library, Question, Template, problem
from coach.paths import ForeignFolder, private_dir

ENV_CACHE_DIR = "COACH_CACHE_DIR"
FILE_NAME = "library.json"
#: Bumped whenever the cached form changes in a way the source stamps would not show.
FORMAT = 3
#: A cache larger than this is not read (the built-in library is ~0.2 MB).
MAX_BYTES = 8 * 1024 * 1024


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get(ENV_CACHE_DIR):
        return Path(env[ENV_CACHE_DIR]).expanduser()

    return Path(platformdirs.user_cache_dir("coach", appauthor=False))


def _stamp(path: Path) -> list[str]:
    # A checksum and the size, not a cryptographic hash: this only tells an edited file
    # from the one parsed (the folder is the user's own), and hashlib's import (~2 ms,
    # OpenSSL) would be the first screen's only use of it.
    data = path.read_bytes()
    return [str(path.resolve()), f"{zlib.crc32(data):08x}-{len(data)}"]


def cache_key(layers: list[list[Path]]) -> list | None:
    """What the parsed library depends on: each layer's files and the parser's own code.

    None when a file cannot be read (then the parser reports it, and nothing is cached)."""
    code = sorted(Path(__file__).parent.glob("*.py"))
    try:
        return [FORMAT, __version__, [_stamp(p) for p in code],
                [[_stamp(p) for p in files] for files in layers]]
    except OSError:
        return None


# plain data out and in ---------------------------------------------------------------------
# Written and read field by field from the dataclasses themselves, so a field added to the
# model is cached (and checked) without a change here; FORMAT and the code stamp in the key
# make an older cache stale.
def _out(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _out(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_out(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def encode(key: list, library: Library) -> bytes:
    questions = [q for lang in ("nb", "en") for q in library.questions(lang)]
    data = {"key": key, "templates": [_out(t) for t in library.templates()],
            "questions": [_out(q) for q in questions]}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class _Shape(ValueError):
    """The cached data is not what ``encode`` writes."""


_CHECKERS: dict[Any, Callable[[Any], Any]] = {}


def _checker(hint: Any) -> Callable[[Any], Any]:
    """A function that returns a value as ``hint`` if it has exactly that shape and raises
    _Shape otherwise; made once per type (the cached load must stay fast)."""
    if hint in _CHECKERS:
        return _CHECKERS[hint]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    check: Callable[[Any], Any]
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in args if a is not type(None)]
        inner_check = _checker(inner)

        def check(value: Any) -> Any:
            return None if value is None else inner_check(value)
    elif origin is list:
        item = args[0]
        if item in (str, int):
            def check(value: Any) -> Any:
                if type(value) is not list or any(type(v) is not item for v in value):
                    raise _Shape(hint)
                return value
        else:
            item_check = _checker(item)

            def check(value: Any) -> Any:
                if type(value) is not list:
                    raise _Shape(hint)
                return [item_check(v) for v in value]
    elif hint in (str, int):
        def check(value: Any) -> Any:
            if type(value) is not hint:
                raise _Shape(hint)
            return value
    elif hint is Path:
        made: dict[str, Path] = {}  # a dozen files behind hundreds of questions

        def check(value: Any) -> Any:
            if type(value) is not str:
                raise _Shape(hint)
            path = made.get(value)
            if path is None:
                path = made[value] = Path(value)
            return path
    elif dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        names = frozenset(f.name for f in dataclasses.fields(hint))
        fields = [(name, _checker(hints[name])) for name in names]

        def check(value: Any) -> Any:
            if type(value) is not dict or value.keys() != names:
                raise _Shape(hint)
            return hint(**{name: c(value[name]) for name, c in fields})  # type: ignore[operator]
    else:
        raise TypeError(f"no cached form for {hint!r}")
    _CHECKERS[hint] = check
    return check


def decode(raw: bytes, key: list) -> Library | None:
    """The library in ``raw`` if it is whole, well-formed and made for ``key``; else None."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        templates = _checker(list[Template])(data.get("templates"))
        questions = _checker(list[Question])(data.get("questions"))
    except (ValueError, RecursionError):  # _Shape, JSON and UTF-8 errors are ValueErrors
        return None
    return Library(templates, questions)


# the folder and the file -------------------------------------------------------------------
def _folder(directory: Path | None, *, create: bool) -> Path | None:
    """The cache folder if it may be used (0700, ours); None if it cannot be made.
    ContentError if another account owns it."""
    folder = directory or cache_dir()
    try:
        state = private_dir(folder, create=create)
    except ForeignFolder as exc:
        raise ContentError([problem(exc.path, None, "cache_foreign", owner=exc.owner)]) from None
    except OSError:
        return None
    return folder if state == "writable" else None


def read(key: list, directory: Path | None = None) -> Library | None:
    folder = _folder(directory, create=False)
    if folder is None:
        return None
    path = folder / FILE_NAME
    try:
        with open(path, "rb") as fh:
            if os.fstat(fh.fileno()).st_size > MAX_BYTES:
                return None
            raw = fh.read(MAX_BYTES + 1)
    except OSError:  # missing or unreadable: parse instead
        return None
    return decode(raw, key)


def write(key: list, library: Library, directory: Path | None = None) -> None:
    """Best effort: a cache that cannot be written is simply not there next time."""
    folder = _folder(directory, create=True)
    if folder is None:
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=".library-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(encode(key, library))
            os.replace(tmp, folder / FILE_NAME)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()
            raise
    except OSError:
        return
