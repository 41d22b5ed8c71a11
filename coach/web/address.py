"""Where `coach serve` may listen, and the secret its address carries. No server imports."""

from __future__ import annotations

import hmac
import ipaddress
import secrets

#: Names that always mean this machine's own loopback interface.
_LOOPBACK_NAMES = {"localhost": "127.0.0.1", "localhost.": "127.0.0.1"}


def loopback_address(host: str) -> str | None:
    """The loopback IP address ``host`` names, or None if it names anything else.

    Only literal loopback addresses and ``localhost`` pass: a hostname is not resolved (it
    could resolve elsewhere tomorrow), and 0.0.0.0 / :: mean every interface.
    """
    host = host.strip()
    if host.lower() in _LOOPBACK_NAMES:
        return _LOOPBACK_NAMES[host.lower()]
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None
    return str(address) if address.is_loopback else None


def new_secret() -> str:
    """A fresh secret for one run of the server (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def same_secret(given: str, secret: str) -> bool:
    """Compare in constant time, so the secret cannot be guessed one character at a time."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), secret.encode("utf-8"))


def url_host(address: str) -> str:
    """``address`` as it goes in a URL (an IPv6 address in brackets)."""
    return f"[{address}]" if ":" in address else address
