"""coach in a browser tab on the user's own machine (`coach serve`, `coach reflect --serve`).

The server is textual-serve: it starts one coach process per browser connection and relays
the terminal over a websocket. This package adds what makes that safe for personal data:
loopback only, a secret in the address checked on every request, a page of our own that
loads nothing from another host. It sits beside the TUI and the CLI (an outer layer): it
imports aiohttp and textual-serve, which the services must never need.
"""
