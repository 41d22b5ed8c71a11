"""The trends screen: how a person develops over time."""

MESSAGES = {
    "trends.key.open": ("Utvikling", "Trends"),
    "trends.subtitle": ("Utvikling: {name}", "Trends: {name}"),
    "trends.span.one": (
        "{count} samtale fra {first} til {last}",
        "{count} conversation from {first} to {last}",
    ),
    "trends.span": (
        "{count} samtaler fra {first} til {last}",
        "{count} conversations from {first} to {last}",
    ),
    "trends.no_conversations": ("Ingen gjennomførte samtaler ennå.", "No conversations held yet."),
    "trends.none": ("Ingenting å vise ennå.", "Nothing to show yet."),
    "trends.goals.title": ("Målstatus per kvartal", "Goal status per quarter"),
    "trends.goals.none": ("Ingen mål satt ennå.", "No goals set yet."),
    "trends.quarter": ("K{quarter} {year}", "Q{quarter} {year}"),
    "trends.state.on-track": ("i rute", "on track"),
    "trends.state.at-risk": ("i fare", "at risk"),
    "trends.state.off-track": ("ikke i rute", "off track"),
    "trends.state.no-status": ("uten status", "no status"),
    "trends.state.achieved": ("nådd", "achieved"),
    "trends.state.dropped": ("lagt bort", "dropped"),
    "trends.mastery.title": ("Mestringsopplevelser per samtale",
                             "Mastery moments per conversation"),
    "trends.mastery.summary.one": (
        "sist {last} · flest {most} · snitt {mean} over {count} samtale",
        "last {last} · most {most} · mean {mean} over {count} conversation",
    ),
    "trends.mastery.summary": (
        "sist {last} · flest {most} · snitt {mean} over {count} samtaler",
        "last {last} · most {most} · mean {mean} over {count} conversations",
    ),
    "trends.overrun.title": (
        "Deler av samtalen som gikk over tiden",
        "Sections that ran over their time",
    ),
    "trends.overrun.none": ("Ingen tidtatte samtaler ennå.", "No timed conversations yet."),
    "trends.overrun.summary": (
        "{share} av delene i alt · de siste samtalene: {recent}",
        "{share} of all sections · the latest conversations: {recent}",
    ),
    "trends.support.title": (
        "Støttebehov etter tema (sortert etter nøkkelord)",
        "Support needs by theme (sorted by keywords)",
    ),
    "trends.support.none": ("Ingen støttebehov notert.", "No support needs noted."),
    "trends.theme.workload": ("Arbeidsmengde og prioritering", "Workload and priorities"),
    "trends.theme.role": ("Rolle og forventninger", "Role and expectations"),
    "trends.theme.feedback": ("Tilbakemelding", "Feedback"),
    "trends.theme.learning": ("Kompetanse og læring", "Skills and learning"),
    "trends.theme.tools": ("Verktøy og tilrettelegging", "Tools and workplace"),
    "trends.theme.wellbeing": ("Helse og balanse", "Health and balance"),
    "trends.theme.other": ("Annet", "Other"),
}
