"""Safe local storage for coach: TinyDB files behind a small repository API.

The errors are imported with the package; ``Store``, the backups and ``ConversationSummary``
when first asked for (PEP 562), so that a reader of single files (``coach search`` through
``coach.store.on_disk``) does not pay for the repository, TinyDB and the file lock at
start-up. This is the one lazy import of the package.
"""

from importlib import import_module

from coach.store.errors import (
    BackupError,
    BackupRefused,
    ReadOnlyReason,
    RestoreInterrupted,
    StoreCorrupt,
    StoreError,
    StoreFolderRefused,
    StoreLocked,
    StoreLockLost,
    StoreLockSymlink,
    StoreReadOnly,
    StoreSchemaError,
)

#: The names imported on first use, and the module each lives in.
_LAZY = {
    "BackupInfo": "coach.store.backups",
    "list_backups": "coach.store.backups",
    "restore": "coach.store.backups",
    "Store": "coach.store.repository",
    "ConversationSummary": "coach.store.summaries",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'coach.store' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "BackupError",
    "BackupRefused",
    "ReadOnlyReason",
    "StoreFolderRefused",
    "StoreLockLost",
    "StoreLockSymlink",
    "BackupInfo",
    "ConversationSummary",
    "RestoreInterrupted",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "StoreReadOnly",
    "StoreSchemaError",
    "list_backups",
    "restore",
]
