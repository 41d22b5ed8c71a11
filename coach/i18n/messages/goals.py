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
