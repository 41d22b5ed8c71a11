"""The team overview's extra columns, sorting and filtering, and the person view."""

MESSAGES = {
    # The person view: timeline
    "timeline.col.date": ("Dato", "Date"),
    "timeline.col.kind": ("Samtale", "Conversation"),
    "timeline.col.time": ("Tid", "Time"),
    "timeline.col.status": ("Status", "Status"),
    "timeline.minutes": ("{used}/{planned} min", "{used}/{planned} min"),
    "timeline.key.open": ("Åpne", "Open"),
    # The person view: beside the timeline
    "overview.person.mine": ("Mine tiltak ({count})", "My action items ({count})"),
    "overview.person.theirs": ("Medarbeiderens tiltak ({count})", "Their action items ({count})"),
    "overview.person.due": ("frist {due}", "due {due}"),
    "overview.person.overdue": ("forfalt {due}", "overdue {due}"),
    "overview.person.profile": ("Kompetanse", "Competence"),
    "overview.person.no_profile": (
        "ingen områder ennå (k for profilen)",
        "no areas yet (k for the profile)",
    ),
    "overview.person.profile_line": (
        "{count} områder i bredden · dypest: {stem} (k for profilen)",
        "{count} areas wide · deepest: {stem} (k for the profile)",
    ),
    "overview.person.not_held": (
        "Samtalen er ikke holdt ennå. Trykk s for å starte en samtale.",
        "This conversation has not been held yet. Press s to start one.",
    ),
}
