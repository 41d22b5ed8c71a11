"""Unit objectives, goals in the live conversation, goal changes and the competence updater."""

MESSAGES = {
    # Unit objectives
    "objectives.tui.title": ("Enhetens mål", "Unit objectives"),
    "objectives.tui.intro": (
        "Enhetens overordnede mål: rammen medarbeiderne setter egne mål innenfor.",
        "The unit's overarching goals: the pitch within which people set their own goals.",
    ),
    "objectives.tui.none": (
        "Ingen mål for enheten ennå. Trykk a for å legge til ett.",
        "No unit objectives yet. Press a to add one.",
    ),
    "objectives.tui.key.add": ("Nytt mål", "Add objective"),
    "objectives.tui.key.deactivate": ("Sett inaktivt", "Deactivate"),
    "objectives.tui.key.activate": ("Gjør aktivt", "Reactivate"),
    "objectives.tui.key.open": ("Enhetens mål", "Unit objectives"),
    "objectives.tui.palette.help": (
        "Legg til, endre eller sett enhetens mål inaktive",
        "Add, edit or deactivate the unit's objectives",
    ),
    "objectives.tui.add_title": ("Nytt mål for enheten", "New unit objective"),
    "objectives.tui.edit_title": ("Endre mål for enheten", "Edit unit objective"),
    "objectives.tui.col.title": ("Mål", "Objective"),
    "objectives.tui.col.description": ("Kort beskrivelse", "Short description"),
    "objectives.tui.no_title": ("Gi målet en tittel.", "Give the objective a title."),
    "objectives.tui.inactive": ("inaktivt", "inactive"),
    "objectives.live.title": ("Enhetens mål", "The unit's objectives"),
    "objectives.live.none": (
        "Ingen mål for enheten er registrert (o på startsiden).",
        "No unit objectives recorded (o on the home screen).",
    ),
    # Goals in the live conversation
    "goals.live.title": ("Aktive mål", "Active goals"),
    "goals.live.hint": (
        "Tab hit, så p status · a nytt mål · esc tilbake til notatet",
        "Tab here, then p progress · a new goal · esc back to the note",
    ),
    "goals.live.none": (
        "Ingen aktive mål. Trykk a for å sette et.",
        "No active goals. Press a to set one.",
    ),
    "goals.live.no_progress": ("ingen status ennå", "no progress yet"),
    "goals.live.key.back": ("Til notatet", "Back to note"),
    "goals.live.saved": ("Status lagret: {goal}", "Progress saved: {goal}"),
    "goals.live.added": ("Nytt mål: {goal}", "New goal: {goal}"),
    # Goal changes (revise, achieve, drop) on the goals screen
    "goals.tui.key.revise": ("Endre", "Revise"),
    "goals.tui.key.achieve": ("Nådd", "Achieved"),
    "goals.tui.key.drop": ("Legg bort", "Drop"),
    "goals.tui.revise_title": ("Endre målet", "Revise the goal"),
    "goals.tui.achieve_title": ("Målet er nådd: {goal}", "Goal achieved: {goal}"),
    "goals.tui.drop_title": ("Legg bort målet: {goal}", "Drop the goal: {goal}"),
    "goals.tui.reason": ("Hvorfor (blir med i historikken)", "Why (kept in the history)"),
    "goals.tui.no_reason": (
        "Skriv kort hvorfor målet legges bort.",
        "Say briefly why the goal is dropped.",
    ),
    "goals.tui.not_active": ("Målet er ikke aktivt.", "The goal is not active."),
    "goals.tui.history": ("Historikk", "History"),
    "goals.tui.no_history": ("Ingen endringer eller statuser ennå.", "No changes or progress yet."),
    "goals.tui.hist.progress": ("status: {status}", "progress: {status}"),
    "goals.tui.hist.revised": ("endret (var: {statement})", "revised (was: {statement})"),
    "goals.tui.hist.status": ("{status}", "{status}"),
    "goals.tui.hist.created": ("satt", "set"),
    "goals.tui.in_conversation": ("i samtale", "in a conversation"),
    # Competence updater
    "competence.live.title": ("Kompetanseprofilen", "The competence profile"),
    "competence.live.hint": (
        "Tab hit, så d endre nivå · s egenvurdering · a nytt område · esc tilbake",
        "Tab here, then d change level · s self-rating · a new area · esc back",
    ),
    "competence.live.none": (
        "Ingen områder ennå. Trykk a for å legge til et område.",
        "No areas yet. Press a to add an area.",
    ),
    "competence.live.since": (
        "Endret siden forrige evaluering",
        "Changed since the last evaluation",
    ),
    "competence.live.since_none": (
        "Ingen endringer siden forrige evaluering.",
        "No changes since the last evaluation.",
    ),
    "competence.live.first": ("Ingen evaluering før denne.", "No evaluation before this one."),
    "competence.live.new": ("nytt", "new"),
    "competence.live.self": ("egen: {level}", "self: {level}"),
    "competence.live.key.self": ("Egenvurdering", "Self-rating"),
    "competence.live.key.update": ("Oppdater", "Update"),
    "competence.live.self_title": ("Egenvurdering: {area}", "Self-rating: {area}"),
    "competence.live.self_note": (
        "Egenvurderingen er innspill til samtalen; det avtalte nivået er det som gjelder.",
        "The self-rating is input to the conversation; the agreed level is the record.",
    ),
    "competence.review.title": ("Oppdater kompetanseprofilen", "Update the competence profile"),
}
