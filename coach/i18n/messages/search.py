"""Search (coach search, the search screen), the year's cycle, and settings wiring."""

MESSAGES = {
    # what a hit is
    "search.kind.action": ("Tiltak", "Action item"),
    "search.kind.goal": ("Mål", "Goal"),
    "search.kind.progress": ("Framdrift på mål", "Goal progress"),
    "search.kind.private": ("Privat notat", "Private note"),
    # coach search
    "cli.search.help": (
        "søk i notater, avtaler, tiltak og mål (store og små bokstaver likt, æøå som skrevet)",
        "search notes, agreements, action items and goals (case-insensitive, æøå as typed)",
    ),
    "cli.search.query": ("det du leter etter", "what to look for"),
    "cli.search.person": ("bare denne personen (navn eller starten av et)",
                          "only this person (a name or the start of one)"),
    "cli.search.limit": ("høyst så mange treff (standard 50)",
                         "at most this many hits (default 50)"),
    "cli.search.none": ("Ingen treff på «{query}».", "Nothing found for “{query}”."),
    "cli.search.count": ("{count} treff på «{query}».", "{count} found for “{query}”."),
    "cli.search.more": ("Viser de {shown} nyeste; bruk --limit for flere.",
                        "Showing the newest {shown}; use --limit for more."),
    # the search screen
    "search.tui.title": ("Søk", "Search"),
    "search.tui.placeholder": ("Søk i notater, avtaler, tiltak og mål …",
                               "Search notes, agreements, action items and goals …"),
    "search.tui.indexing": ("Leser samtalene …", "Reading the conversations …"),
    "search.tui.ready": ("{count} tekster å søke i.", "{count} texts to search."),
    "search.tui.none": ("Ingen treff.", "Nothing found."),
    "search.tui.count": ("{count} treff · Enter åpner samtalen",
                         "{count} found · Enter opens the conversation"),
    "search.tui.count_more": ("Minst {count} treff (de nyeste vises) · Enter åpner samtalen",
                              "At least {count} found (newest shown) · Enter opens it"),
    "search.tui.key.search": ("Søk", "Search"),
    "search.tui.key.open": ("Åpne", "Open"),
    "search.tui.palette.help": ("Søk i alt som er skrevet og avtalt",
                                "Search everything written and agreed"),
    "search.tui.no_conversation": ("Dette treffet hører ikke til én samtale.",
                                   "This hit belongs to no single conversation."),
    "search.tui.failed": ("Søket kunne ikke lese lageret", "Search could not read the store"),
    # read-only conversation view
    "search.view.subtitle": ("{name}: {date} (kun lesing)", "{name}: {date} (read-only)"),
    "search.view.match": ("Treff: «{text}»", "Match: “{text}”"),
    "search.view.key.private": ("Vis/skjul private", "Show/hide private"),
    "search.view.showing_full": ("Med private notater", "With private notes"),
    "search.view.showing_shared": ("Delt sammendrag", "Shared summary"),
}
