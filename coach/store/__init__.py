"""Safe local storage for coach: TinyDB files behind a small repository API."""

from coach.store.errors import StoreCorrupt, StoreError, StoreLocked
from coach.store.repository import Store

__all__ = ["Store", "StoreError", "StoreCorrupt", "StoreLocked"]
