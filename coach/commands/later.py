"""Start-up: the one module in coach/commands that imports lazily, on purpose.

`coach` without a command, and `coach --help`, build the parser from every command module
(``coach.cli.COMMAND_MODULES``), and `coach start` builds it from the module that also holds
`coach export`. What a command needs only once it runs (the store, the services, the demo
generator, the web server) is therefore reached through this module: ``later.NAME`` imports
NAME's module the first time it is used (PEP 562's module ``__getattr__``), so the app's
first screen never waits for, say, the web server (about a second) or the exporter. The
names are typed as what they are (the imports below are for the type checker). Everything
else in coach/commands imports at the top of its module.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import webbrowser

    from coach.commands.privacy import run_history_export
    from coach.demo.agenda import load_agendas
    from coach.demo.generator import generate
    from coach.demo.writer import write_demo
    from coach.domain.review import Decision, ReviewComment, Target
    from coach.services.checking import check_store, repair_store
    from coach.services.exporting import (
        conversation_markdown,
        conversation_to_export,
        history_markdown,
        person_goals_markdown,
        person_profile_markdown,
    )
    from coach.services.handover import (
        PreparationError,
        import_warnings,
        preparation_markdown,
        read_for_import,
        store_preparation,
    )
    from coach.services.mentions import marker, mentions_of, places, row_text
    from coach.services.output import write_export
    from coach.services.privacy import (
        backups_holding,
        check_id,
        default_export_name,
        footprint,
        forget,
        months_before,
        name_confirms,
        past_retention,
        plan_text,
        purge_backup,
    )
    from coach.services.reflecting import (
        ReflectSession,
        for_export,
        is_leaders_store,
        keep_summary,
    )
    from coach.services.review import (
        ReviewError,
        decision_line,
        default_review_path,
        import_review,
        make_review,
        read_summary,
        write_review,
    )
    from coach.services.search_index import TeamSearch, scrub_index
    from coach.services.starting import pick_template
    from coach.store import Store, StoreCorrupt, StoreError
    from coach.web.address import loopback_address, new_secret, url_host
    from coach.web.server import CoachServer, bind

#: name -> the module it comes from ("" : the name is a module itself).
_WHERE = {
    "webbrowser": "",
    "run_history_export": "coach.commands.privacy",
    "load_agendas": "coach.demo.agenda",
    "generate": "coach.demo.generator",
    "write_demo": "coach.demo.writer",
    "Decision": "coach.domain.review",
    "ReviewComment": "coach.domain.review",
    "Target": "coach.domain.review",
    "check_store": "coach.services.checking",
    "repair_store": "coach.services.checking",
    "conversation_markdown": "coach.services.exporting",
    "conversation_to_export": "coach.services.exporting",
    "history_markdown": "coach.services.exporting",
    "person_goals_markdown": "coach.services.exporting",
    "person_profile_markdown": "coach.services.exporting",
    "PreparationError": "coach.services.handover",
    "import_warnings": "coach.services.handover",
    "preparation_markdown": "coach.services.handover",
    "read_for_import": "coach.services.handover",
    "store_preparation": "coach.services.handover",
    "marker": "coach.services.mentions",
    "mentions_of": "coach.services.mentions",
    "places": "coach.services.mentions",
    "row_text": "coach.services.mentions",
    "write_export": "coach.services.output",
    "backups_holding": "coach.services.privacy",
    "check_id": "coach.services.privacy",
    "default_export_name": "coach.services.privacy",
    "footprint": "coach.services.privacy",
    "forget": "coach.services.privacy",
    "months_before": "coach.services.privacy",
    "name_confirms": "coach.services.privacy",
    "past_retention": "coach.services.privacy",
    "plan_text": "coach.services.privacy",
    "purge_backup": "coach.services.privacy",
    "ReflectSession": "coach.services.reflecting",
    "for_export": "coach.services.reflecting",
    "is_leaders_store": "coach.services.reflecting",
    "keep_summary": "coach.services.reflecting",
    "ReviewError": "coach.services.review",
    "decision_line": "coach.services.review",
    "default_review_path": "coach.services.review",
    "import_review": "coach.services.review",
    "make_review": "coach.services.review",
    "read_summary": "coach.services.review",
    "write_review": "coach.services.review",
    "TeamSearch": "coach.services.search_index",
    "scrub_index": "coach.services.search_index",
    "pick_template": "coach.services.starting",
    "Store": "coach.store",
    "StoreCorrupt": "coach.store",
    "StoreError": "coach.store",
    "loopback_address": "coach.web.address",
    "new_secret": "coach.web.address",
    "url_host": "coach.web.address",
    "CoachServer": "coach.web.server",
    "bind": "coach.web.server",
}

__all__ = [
    "CoachServer", "Decision", "PreparationError", "ReflectSession", "ReviewComment",
    "ReviewError", "Store", "StoreCorrupt", "StoreError", "Target", "TeamSearch",
    "backups_holding", "bind", "check_id", "check_store", "conversation_markdown",
    "conversation_to_export", "decision_line", "default_export_name", "default_review_path",
    "footprint", "for_export", "forget", "generate", "history_markdown", "import_review",
    "import_warnings", "is_leaders_store", "keep_summary", "load_agendas", "loopback_address",
    "make_review", "marker", "mentions_of", "months_before", "name_confirms", "new_secret",
    "past_retention",
    "person_goals_markdown", "person_profile_markdown", "pick_template", "places", "plan_text",
    "preparation_markdown", "purge_backup", "read_for_import", "read_summary", "repair_store",
    "row_text", "run_history_export", "scrub_index", "store_preparation", "url_host", "webbrowser",
    "write_demo", "write_export", "write_review",
]


def __getattr__(name: str) -> object:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Looked up at each use (not kept here), as an import inside the function was: a test
    # that replaces the function where it lives is heard.
    return import_module(name) if where == "" else getattr(import_module(where), name)
