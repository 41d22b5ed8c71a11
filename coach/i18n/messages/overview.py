"""The team overview's extra columns, sorting and filtering, and the person view."""

MESSAGES = {
    # The team overview's columns (name, role, cadence, last, next are in tui.py)
    "home.col.mine": ("Mine", "Mine"),
    "home.col.theirs": ("Medarbeiders", "Employee's"),
    "home.col.late": ("Forfalt", "Overdue"),
    "home.col.risk": ("I fare", "At risk"),
    "home.col.year": ("Året", "Year"),
    # Sorting and filtering the overview
    "home.key.sort": ("Sorter", "Sort"),
    "home.key.filter": ("Filter", "Filter"),
    "home.key.week": ("Denne uka", "This week"),
    "home.sort.name": ("navn", "name"),
    "home.sort.next": ("neste samtale", "next due"),
    "home.sort.overdue": ("forfalt først", "overdue first"),
    "home.sort.open": ("åpne tiltak", "open items"),
    "home.sorted": ("Sortert etter {order}", "Sorted by {order}"),
    "home.filter.placeholder": ("Filtrer på navn eller rolle", "Filter by name or role"),
    "home.filter.showing": ("filter: «{text}»", "filter: “{text}”"),
    "home.filter.week": ("forfaller denne uka", "due this week"),
    "home.filter.none": ("Ingen treff.", "No one matches."),
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
    "overview.person.profile_line.one": (
        "{count} område i bredden · dypest: {stem} (k for profilen)",
        "{count} area wide · deepest: {stem} (k for the profile)",
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
