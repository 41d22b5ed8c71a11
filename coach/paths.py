"""Where coach keeps its data and configuration."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Mapping
from pathlib import Path

import platformdirs

try:
    import pwd  # account names (POSIX only: elsewhere an owner is shown by number)
except ImportError:  # pragma: no cover - not on POSIX
    pwd = None  # type: ignore[assignment]

APP_NAME = "coach"
ENV_DATA_DIR = "COACH_DATA_DIR"
ENV_CONFIG_DIR = "COACH_CONFIG_DIR"


def data_dir(explicit: str | os.PathLike | None = None,
             environ: Mapping[str, str] | None = None) -> Path:
    """The data directory: ``--data-dir``, else ``$COACH_DATA_DIR``, else platformdirs."""
    env = os.environ if environ is None else environ
    if explicit:
        return Path(explicit).expanduser()
    if env.get(ENV_DATA_DIR):
        return Path(env[ENV_DATA_DIR]).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def reflect_dir(explicit: str | os.PathLike | None = None,
                environ: Mapping[str, str] | None = None) -> Path:
    """The employee's own reflections: a separate directory from a leader's notes."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ if environ is None else environ
    if env.get("COACH_REFLECT_DIR"):
        return Path(env["COACH_REFLECT_DIR"]).expanduser()
    return Path(platformdirs.user_data_dir(f"{APP_NAME}-reflect", appauthor=False))


def config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """User configuration and content overrides: ``$COACH_CONFIG_DIR`` else platformdirs."""
    env = os.environ if environ is None else environ
    if env.get(ENV_CONFIG_DIR):
        return Path(env[ENV_CONFIG_DIR]).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_content_dir(environ: Mapping[str, str] | None = None) -> Path:
    """User templates and questions that extend or override the built-ins."""
    return config_dir(environ) / "content"


def builtin_content_dir() -> Path:
    """The content shipped with coach: inside the wheel, or the checkout's top-level folder."""
    here = Path(__file__).resolve().parent
    packaged = here / "_content"
    if packaged.is_dir():
        return packaged
    return here.parent / "content"


# Private folders ----------------------------------------------------------------------------
#: Every folder coach creates: the data directory, its subfolders, the cache.
PRIVATE_DIR_MODE = 0o700


class ForeignFolder(Exception):
    """A folder coach would use belongs to another account: it is not used."""

    def __init__(self, path: Path, owner: str) -> None:
        self.path, self.owner = path, owner
        super().__init__(f"{path} belongs to {owner}")


def owner_name(uid: int) -> str:
    if pwd is None:
        return str(uid)
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def make_private_dirs(path: Path) -> None:
    """Create ``path`` and any missing parents, each 0700 whatever the umask."""
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            continue
        os.chmod(folder, PRIVATE_DIR_MODE)


def private_dir(path: Path, *, create: bool = True, tighten: bool = True) -> str:
    """Make ``path`` fit to hold private files and say how it may be used.

    Creates it (0700) if missing and ``create``. Raises ForeignFolder if another account
    owns it. Returns ``"writable"``; ``"folder"`` when the user made it read-only (no write
    bit for its owner, e.g. ``chmod 500``: respected, never made writable again);
    ``"filesystem"`` when it sits on a read-only file system; ``"missing"`` when it does not
    exist and was not created. A folder of the user's own that others may read or write is
    tightened to 0700 (``tighten``).
    """
    if create:
        try:
            make_private_dirs(path)
        except OSError as exc:
            if exc.errno != errno.EROFS:
                raise
            return "filesystem"
    try:
        st = path.stat()
    except FileNotFoundError:
        return "missing"
    if st.st_uid != os.geteuid():
        raise ForeignFolder(path, owner_name(st.st_uid))
    if not st.st_mode & stat.S_IWUSR:
        return "folder"
    if _read_only_fs(path):
        return "filesystem"
    if tighten and st.st_mode & 0o077:
        os.chmod(path, PRIVATE_DIR_MODE)
    return "writable"


def _read_only_fs(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False
