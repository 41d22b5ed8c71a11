"""Goals and the competence profile: the Markdown views, the commands and the screens."""

MESSAGES = {
    # Markdown: goals
    "goals.md.title": ("Mål: {person}", "Goals: {person}"),
    "goals.md.none": ("Ingen mål er registrert ennå.", "No goals recorded yet."),
    "goals.md.section.active": ("Aktive mål", "Active goals"),
    "goals.md.section.achieved": ("Nådde mål", "Achieved goals"),
    "goals.md.section.dropped": ("Mål som er lagt bort", "Dropped goals"),
    "goals.md.col.goal": ("Mål", "Goal"),
    "goals.md.col.type": ("Type", "Type"),
    "goals.md.col.objective": ("Tjener", "Serves"),
    "goals.md.col.measure": ("Slik ser vi fremgang", "How progress shows"),
    "goals.md.col.target": ("Frist", "Target date"),
    "goals.md.col.latest": ("Siste status", "Latest progress"),
    "goals.md.col.log": ("Logg", "Log"),
    "goals.md.personal": ("personlig mål", "personal goal"),
    "goals.md.no_link": ("ikke koblet", "not linked"),
    "goals.md.unknown_objective": ("(slettet mål for enheten)", "(deleted unit objective)"),
    "goals.md.no_progress": ("ingen ennå", "none yet"),
    "goals.md.log": (
        "statuser: {progress}, endringer: {revisions}",
        "updates: {progress}, revisions: {revisions}",
    ),
    "goals.md.objectives": ("Enhetens mål", "Unit objectives"),
    # Markdown: competence profile
    "profile.md.title": ("Kompetanseprofil: {person}", "Competence profile: {person}"),
    "profile.md.none": (
        "Ingen kompetanseområder er registrert ennå.",
        "No competence areas recorded yet.",
    ),
    "profile.md.breadth.one": (
        "Bredde: {count} område. Dybde på en skala fra 1 (nybegynner) til 5 (ekspert).",
        "Breadth: {count} area. Depth on a scale from 1 (novice) to 5 (expert).",
    ),
    "profile.md.breadth": (
        "Bredde: {count} områder. Dybde på en skala fra 1 (nybegynner) til 5 (ekspert).",
        "Breadth: {count} areas. Depth on a scale from 1 (novice) to 5 (expert).",
    ),
    "profile.md.col.area": ("Område", "Area"),
    "profile.md.col.category": ("Kategori", "Category"),
    "profile.md.col.depth": ("Avtalt nivå", "Agreed level"),
    "profile.md.col.self": ("Egenvurdering", "Self-rating"),
    "profile.md.col.evidence": ("Belegg", "Evidence"),
    "profile.md.history": ("Endringer over tid", "Changes over time"),
    "profile.md.start": ("start", "start"),
    "profile.md.self": ("egenvurdering", "self-rating"),
    "profile.md.no_changes": ("Ingen endringer registrert.", "No changes recorded."),
    # CLI
    "cli.goals.help": (
        "Skriv ut en persons mål som Markdown",
        "Print a person's goals as Markdown",
    ),
    "cli.profile.help": (
        "Skriv ut en persons kompetanseprofil som Markdown",
        "Print a person's competence profile as Markdown",
    ),
    "cli.goals.output": (
        "skriv til FIL i stedet for standard ut (lesbar bare for deg)",
        "write to FILE instead of standard output (readable by you alone)",
    ),
    "cli.goals.written": ("Skrev {path}", "Wrote {path}"),
}

MESSAGES |= {
    # TUI: goals
    "goals.tui.title": ("Mål", "Goals"),
    "goals.tui.none": (
        "Ingen mål ennå. Trykk a for å sette et mål sammen.",
        "No goals yet. Press a to set a goal together.",
    ),
    "goals.tui.key.add": ("Nytt mål", "Add goal"),
    "goals.tui.key.progress": ("Status", "Progress"),
    "goals.tui.key.goals": ("Mål", "Goals"),
    "goals.tui.add_title": ("Nytt mål", "New goal"),
    "goals.tui.statement": ("Målet", "The goal"),
    "goals.tui.no_statement": ("Skriv hva målet er.", "Write what the goal is."),
    "goals.tui.objective": ("Tjener enhetens mål", "Serves the unit objective"),
    "goals.tui.objective_none": ("Personlig / ingen", "Personal / none"),
    "goals.tui.measure": (
        "Slik ser vi fremgang (noe konkret å peke på)",
        "How progress will show (something concrete to point at)",
    ),
    "goals.tui.target": ("Frist (valgfri: 15.12.2026, 15.12, neste måned …)",
                         "Target date (optional: 2026-12-15, 15/12, next month …)"),
    "goals.tui.target.example": ("31.12.2026", "2026-12-31"),
    "goals.tui.bad_date": ("Forstod ikke datoen. Skriv for eksempel 15.12.2026.",
                           "Could not read the date. Write for example 2026-12-15."),
    "goals.tui.progress_title": ("Status: {goal}", "Progress: {goal}"),
    "goals.tui.percent": ("Prosent (0–100, valgfritt)", "Percent (0–100, optional)"),
    "goals.tui.bad_percent": ("Et tall fra 0 til 100.", "A number from 0 to 100."),
    "goals.tui.comment": ("Kommentar", "Comment"),
    "goals.tui.no_goal": ("Velg et mål først.", "Choose a goal first."),
    "goals.tui.saved": ("Lagret.", "Saved."),
    # TUI: competence profile
    "profile.tui.title": ("Kompetanseprofil", "Competence profile"),
    "profile.tui.none": (
        "Ingen områder ennå. Trykk a for å legge til et område.",
        "No areas yet. Press a to add an area.",
    ),
    "profile.tui.key.add": ("Nytt område", "Add area"),
    "profile.tui.key.depth": ("Endre nivå", "Change level"),
    "profile.tui.key.profile": ("Kompetanse", "Competence"),
    "profile.tui.add_title": ("Nytt kompetanseområde", "New competence area"),
    "profile.tui.no_name": ("Gi området et navn.", "Give the area a name."),
    "profile.tui.added_reason": ("lagt til", "added"),
    "profile.tui.depth_title": ("Nytt nivå: {area}", "New level: {area}"),
    "profile.tui.reason": ("Hvorfor (blir logget)", "Why (logged)"),
    "profile.tui.legend": (
        "█ avtalt nivå  ░ egenvurdering over avtalt nivå",
        "█ agreed level  ░ self-rating above the agreed level",
    ),
}
