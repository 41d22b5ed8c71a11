"""Safe local storage for coach: TinyDB files behind a small repository API."""

from coach.store.backups import BackupInfo, list_backups, restore
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
from coach.store.repository import Store
from coach.store.summaries import ConversationSummary

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
