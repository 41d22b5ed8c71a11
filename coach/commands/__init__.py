"""CLI subcommands, one module each.

Each module defines ``register(subparsers, _)`` that adds its parser(s) and sets
``func=handler`` on them; a handler takes ``(args, ctx)`` and returns the exit code. A
handler calls services and prints; what it needs only once it runs is reached through
``coach.commands.later`` (start-up: see there), everything else is imported at the top.
"""
