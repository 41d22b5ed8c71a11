"""The terminal app's own words: titles, key labels, the home screen and its dialogs."""

MESSAGES = {
    # app and keys ---------------------------------------------------------------------------
    "tui.title": ("coach: medarbeidersamtalen", "coach: employee conversations"),
    "tui.key.quit": ("Avslutt", "Quit"),
    "tui.key.quit.tip": ("Avslutt coach", "Quit coach"),
    "tui.key.palette": ("kommandoer", "commands"),
    "tui.key.palette.tip": ("Åpne kommandopaletten", "Open the command palette"),
    "tui.key.add": ("Ny person", "Add person"),
    "tui.key.edit": ("Endre", "Edit"),
    "tui.key.archive": ("Arkiver", "Archive"),
    "tui.key.restore": ("Gjenopprett", "Restore"),
    "tui.key.show_archived": ("Vis arkiverte", "Show archived"),
    "tui.key.hide_archived": ("Skjul arkiverte", "Hide archived"),
    "tui.key.open": ("Åpne", "Open"),
    "tui.key.back": ("Tilbake", "Back"),
    "tui.key.save": ("Lagre", "Save"),
    "tui.key.cancel": ("Avbryt", "Cancel"),
    "tui.key.yes": ("Ja", "Yes"),
    "tui.key.no": ("Nei", "No"),
    # command palette ------------------------------------------------------------------------
    "tui.palette.placeholder": ("Søk etter kommandoer …", "Search for commands…"),
    "tui.palette.quit.help": ("Avslutt coach", "Quit coach"),
    "tui.palette.theme": ("Fargetema", "Theme"),
    "tui.palette.theme.help": ("Bytt fargetema", "Change the colour theme"),
    "tui.palette.keys": ("Taster", "Keys"),
    "tui.palette.keys.help": (
        "Vis eller skjul oversikten over taster",
        "Show or hide the summary of keys",
    ),
    "tui.palette.add.help": ("Legg til en medarbeider du leder", "Add someone you lead"),
    "tui.palette.archived.help": (
        "Vis eller skjul arkiverte medarbeidere",
        "Show or hide archived people",
    ),
    # home screen ----------------------------------------------------------------------------
    "home.subtitle": ("Medarbeiderne dine", "The people you lead"),
    "home.col.name": ("Navn", "Name"),
    "home.col.role": ("Rolle", "Role"),
    "home.col.cadence": ("Oppfølging", "Follow-up"),
    "home.col.last": ("Sist", "Last"),
    "home.col.next": ("Neste", "Next"),
    "home.col.open": ("Tiltak", "Actions"),
    "home.never": ("ikke ennå", "not yet"),
    "home.due_today": ("i dag", "today"),
    "home.overdue": ("forfalt {days} d", "overdue {days}d"),
    "home.archived_mark": ("arkivert", "archived"),
    "home.summary": (
        "{active} aktive · {overdue} forfalt · {archived} arkivert",
        "{active} active · {overdue} overdue · {archived} archived",
    ),
    "home.summary.showing_archived": ("(arkiverte vises)", "(archived shown)"),
    "home.nobody_active": (
        "Alle er arkivert. Trykk v for å se dem, eller a for å legge til en ny.",
        "Everyone is archived. Press v to see them, or a to add someone new.",
    ),
    "home.empty.title": ("Velkommen til coach", "Welcome to coach"),
    "home.empty.body": (
        "Her får du oversikt over medarbeiderne du leder: når dere sist snakket sammen, "
        "når neste samtale bør være, og hvilke tiltak som er åpne.\n\n"
        "Trykk [b]a[/b] for å legge til den første personen.\n\n"
        "Vil du heller prøve med et eksempelteam? Avslutt med [b]ctrl+q[/b] og kjør dette "
        "i terminalen:\n\n    [b]coach demo[/b]",
        "Here you see the people you lead: when you last talked, when the next "
        "conversation is due, and which action items are open.\n\n"
        "Press [b]a[/b] to add your first person.\n\n"
        "Rather try it with a sample team first? Quit with [b]ctrl+q[/b] and run this in "
        "the terminal:\n\n    [b]coach demo[/b]",
    ),
    "home.saved": ("{name} er lagret.", "{name} saved."),
    "home.archived": (
        "{name} er arkivert. Trykk v for å se arkiverte.",
        "{name} archived. Press v to see archived people.",
    ),
    "home.restored": ("{name} er gjenopprettet.", "{name} restored."),
    "home.error.title": ("Kunne ikke lagre", "Could not save"),
    "home.confirm.archive": (
        "Arkivere {name}?\n\nPersonen skjules fra oversikten. Samtaler, mål og tiltak\n"
        "beholdes, og du kan gjenopprette personen senere.",
        "Archive {name}?\n\nThey are hidden from your team. Conversations, goals and\n"
        "action items are kept, and you can restore them later.",
    ),
    # cadence --------------------------------------------------------------------------------
    "cadence.7": ("ukentlig", "weekly"),
    "cadence.14": ("annenhver uke", "every 2 weeks"),
    "cadence.30": ("månedlig", "monthly"),
    "cadence.60": ("annenhver måned", "every 2 months"),
    "cadence.90": ("kvartalsvis", "quarterly"),
    "cadence.days": ("hver {days}. dag", "every {days} days"),
    # person form ----------------------------------------------------------------------------
    "person.form.add_title": ("Ny person", "Add a person"),
    "person.form.edit_title": ("Endre {name}", "Edit {name}"),
    "person.form.name": ("Navn", "Name"),
    "person.form.name.placeholder": ("For eksempel Kari Nordmann", "For example Kari Nordmann"),
    "person.form.role": ("Rolle", "Role"),
    "person.form.role.placeholder": ("For eksempel rådgiver", "For example adviser"),
    "person.form.cadence": ("Hvor ofte dere følger opp", "How often you follow up"),
    "person.form.name_required": (
        "Skriv inn et navn; det er det eneste som må fylles ut.",
        "Enter a name; it is the only thing you must fill in.",
    ),
    # person screen (until the live conversation arrives) ------------------------------------
    "person.role_cadence": ("{role} · følges opp {cadence}", "{role} · follow-up {cadence}"),
    "person.cadence_only": ("Følges opp {cadence}", "Follow-up {cadence}"),
    "person.conversations": ("Samtaler", "Conversations"),
    "person.no_conversations": ("Ingen samtaler ennå.", "No conversations yet."),
    "person.goals": ("Aktive mål: {count}", "Active goals: {count}"),
    "person.open_actions": ("Åpne tiltak", "Open action items"),
    "person.no_open_actions": ("Ingen åpne tiltak.", "No open action items."),
    "person.action_line": ("{text} ({owner}, frist {due})", "{text} ({owner}, due {due})"),
    "person.action_line_nodue": ("{text} ({owner})", "{text} ({owner})"),
    "person.conversation_line": ("{date}  {kind} · {status}", "{date}  {kind} · {status}"),
    "person.later": (
        "Å starte en samtale herfra kommer snart.",
        "Starting a conversation from here comes soon.",
    ),
}
