"""A cache of the parsed library, so that starting a conversation need not parse Markdown.

Parsing the content files with markdown-it costs more than drawing the first screen. The
parsed library is pickled into the user's cache directory (``$COACH_CACHE_DIR``, else
platformdirs), keyed by every content file's path and a hash of its bytes (reading a dozen
small files is cheap; parsing them is not) and by the content package's own source files, so
any edit to either parses afresh, however quickly it follows the last. The file is written
atomically (a temp file renamed over it); a missing, stale, unreadable or foreign cache is
ignored and the library parsed as before. Only a library without problems is cached.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Mapping
from pathlib import Path

from coach.content.model import Library

ENV_CACHE_DIR = "COACH_CACHE_DIR"
FILE_NAME = "library.pickle"
#: Bumped whenever the cached form changes in a way the source stamps would not show.
FORMAT = 1


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get(ENV_CACHE_DIR):
        return Path(env[ENV_CACHE_DIR]).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("coach", appauthor=False))


def _stamp(path: Path) -> tuple[str, str]:
    return (str(path.resolve()), hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest())


def cache_key(layers: list[list[Path]]) -> tuple | None:
    """What the parsed library depends on: each layer's files and the parser's own code.

    None when a file cannot be read (then the parser reports it, and nothing is cached)."""
    from coach import __version__

    code = sorted(Path(__file__).parent.glob("*.py"))
    try:
        return (FORMAT, __version__, tuple(_stamp(p) for p in code),
                tuple(tuple(_stamp(p) for p in files) for files in layers))
    except OSError:
        return None


def read(key: tuple, directory: Path | None = None) -> Library | None:
    path = (directory or cache_dir()) / FILE_NAME
    try:
        with open(path, "rb") as fh:
            stored_key, library = pickle.load(fh)
    except Exception:  # missing, truncated, from another version: parse instead
        return None
    if stored_key != key or not isinstance(library, Library):
        return None
    return library


def write(key: tuple, library: Library, directory: Path | None = None) -> None:
    """Best effort: a cache that cannot be written is simply not there next time."""
    folder = directory or cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".library-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump((key, library), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / FILE_NAME)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError):
        return
