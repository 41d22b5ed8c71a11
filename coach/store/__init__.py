"""Safe local storage for coach: TinyDB files behind a small repository API."""

from coach.store.backups import BackupInfo, list_backups, restore
from coach.store.errors import (
    BackupError,
    RestoreInterrupted,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreReadOnly,
    StoreSchemaError,
)
from coach.store.repository import Store
from coach.store.summaries import ConversationSummary

__all__ = [
    "BackupError",
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
