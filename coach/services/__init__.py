"""The use cases: one module per job, shared by the TUI and the CLI (no Textual here).

Starting and running a conversation (``session``, ``starting``), the preparation view's
facts (``preparation_view``), exporting (``exporting``), the hand-over of an employee's
preparation (``handover``, ``reflecting``), privacy requests (``privacy``), search
(``search_index``) and the autosave queue (``autosave``). Screens and CLI commands call
these; the services call the store and the domain.
"""
