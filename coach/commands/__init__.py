"""CLI subcommands, one module each.

Each module defines ``register(subparsers, _)`` that adds its parser(s) and sets
``func=handler`` on them; a handler takes ``(args, ctx)`` and returns the exit code.
"""
