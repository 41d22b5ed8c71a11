"""The live conversation in the terminal: prepare, live and summary screens, their dialogs."""

MESSAGES = {
    # keys -----------------------------------------------------------------------------------
    "live.key.start": ("Start samtalen", "Start the conversation"),
    "live.key.start_conv": ("Ny samtale", "New conversation"),
    "live.key.toggle": ("Start/pause", "Start/pause"),
    "live.key.note": ("Notat", "Note"),
    "live.key.agreement": ("Avtale", "Agreement"),
    "live.key.action": ("Tiltak", "Action item"),
    "live.key.support": ("Støttebehov", "Support need"),
    "live.key.mastery": ("Mestring", "Mastery moment"),
    "live.key.learning": ("Læring", "Learning"),
    "live.key.private": ("Privat notat", "Private note"),
    "live.key.more": ("Andre spørsmål", "Other questions"),
    "live.key.ask1": ("Merk spm. 1 som stilt", "Mark question 1 as asked"),
    "live.key.ask2": ("Merk spm. 2 som stilt", "Mark question 2 as asked"),
    "live.key.ask3": ("Merk spm. 3 som stilt", "Mark question 3 as asked"),
    "live.key.previous": ("Forrige del", "Previous section"),
    "live.key.next": ("Neste del", "Next section"),
    "live.key.plus2": ("+2 min", "+2 min"),
    "live.key.skip": ("Hopp over", "Skip section"),
    "live.key.rebalance": ("Fordel tiden på nytt", "Rebalance the time"),
    "live.key.end": ("Avslutt samtalen", "End conversation"),
    "live.key.guidance": ("Vis veiledning", "Show guidance"),
    "live.key.help": ("Hjelp", "Help"),
    "live.key.done": ("Gjort", "Done"),
    "live.key.carry": ("Ta med videre", "Carry forward"),
    "live.key.export_shared": ("Eksporter delt", "Export shared"),
    "live.key.export_full": ("Eksporter alt", "Export full"),
    "live.key.preview": ("Delt/alt", "Shared/full"),
    "live.key.close": ("Lukk", "Close"),
    "live.key.home": ("Oversikten", "Home"),
    "live.key.choose": ("Velg", "Choose"),
    # palette help ---------------------------------------------------------------------------
    "live.palette.help": ("I samtalen: {what}", "In the conversation: {what}"),
    # template picker ------------------------------------------------------------------------
    "live.picker.title": ("Hvilken samtale med {name}?", "Which conversation with {name}?"),
    "live.picker.line": ("{title} · {kind} · {minutes} min", "{title} · {kind} · {minutes} min"),
    # prepare screen -------------------------------------------------------------------------
    "live.prepare.subtitle": ("Forberedelse", "Preparation"),
    "live.prepare.heading": (
        "{name}: {title}, {minutes} minutter", "{name}: {title}, {minutes} minutes"
    ),
    "live.prepare.agenda": ("Dagsorden", "Agenda"),
    "live.prepare.last": ("Avtalt sist ({date})", "Agreed last time ({date})"),
    "live.prepare.no_last": ("Ingen tidligere samtale.", "No earlier conversation."),
    "live.prepare.no_agreements": (
        "Ingen avtaler ble skrevet ned sist.", "No agreements were written down last time."
    ),
    "live.prepare.actions": ("Åpne tiltak", "Open action items"),
    "live.prepare.no_actions": ("Ingen åpne tiltak.", "No open action items."),
    "live.prepare.goals": ("Aktive mål", "Active goals"),
    "live.prepare.no_goals": ("Ingen aktive mål.", "No active goals."),
    "live.prepare.no_progress": ("ingen framdrift registrert", "no progress logged"),
    "live.prepare.competence": ("Endringer i kompetanse", "Competence changes"),
    "live.prepare.no_competence": ("Ingen nylige endringer.", "No recent changes."),
    "live.prepare.change": ("{area}: {old} → {new}", "{area}: {old} → {new}"),
    "live.prepare.loading": ("Henter …", "Loading…"),
    "live.prepare.hint": (
        "Trykk F5 eller Enter for å starte klokken.", "Press F5 or Enter to start the clock."
    ),
    "live.action.due": ("frist {date}", "due {date}"),
    "live.action.overdue": ("forfalt {date}", "overdue {date}"),
    "live.action.line": ("{text} ({owner}, {due})", "{text} ({owner}, {due})"),
    "live.action.line_nodue": ("{text} ({owner})", "{text} ({owner})"),
    "live.level.none": ("ingen", "none"),
    # live screen ----------------------------------------------------------------------------
    "live.clock.left": ("{time} igjen", "{time} left"),
    "live.clock.over": ("{time} over tiden", "{time} over time"),
    "live.clock.meeting": ("Samtalen {elapsed} / {planned}", "Meeting {elapsed} / {planned}"),
    "live.pace.on_time": ("i rute", "on time"),
    "live.pace.behind": ("{minutes} min bak skjema", "{minutes} min behind"),
    "live.pace.ahead": ("{minutes} min foran skjema", "{minutes} min ahead"),
    "live.state.not-started": ("ikke startet (F5)", "not started (F5)"),
    "live.state.paused": ("pause (F5)", "paused (F5)"),
    "live.state.ended": ("avsluttet", "ended"),
    "live.section.of": ("Del {n} av {total}", "Section {n} of {total}"),
    "live.rebalance": (
        "De resterende delene får {minutes}, så dere blir ferdige i tide. ctrl+f godtar.",
        "The remaining sections get {minutes} so that you end on time. ctrl+f accepts.",
    ),
    "live.rebalanced": ("Tiden er fordelt på nytt.", "Time rebalanced."),
    "live.questions": (
        "Spørsmål (F2 flere, F6–F8 merk som stilt)", "Questions (F2 more, F6–F8 mark as asked)",
    ),
    "live.no_questions": ("Ingen flere forslag.", "No more suggestions."),
    "live.earlier": (
        "Tiltak fra sist (Tab hit: mellomrom gjort, c videre, x legg bort)",
        "Action items from last time (Tab here: space done, c carry forward, x drop)",
    ),
    "live.earlier.carried": ("tatt med videre", "carried forward"),
    "live.entries": ("Notater i denne delen", "Notes in this section"),
    # The keys and prefixes come from the note-kind table (coach/domain/note_kinds.py).
    "live.no_entries": (
        "Skriv i feltet nedenfor. ctrl+n lagrer som notat; {keys}. Eller start med"
        " {prefixes}",
        "Type in the box below. ctrl+n saves a note; {keys}. Or start with {prefixes}",
    ),
    "live.editor.placeholder": ("Skriv notatet her …", "Type the note here…"),
    "live.private_mark": ("privat", "private"),
    "live.confirm.end": (
        "Avslutte samtalen med {name}? Klokken stopper og samtalen merkes som fullført.",
        "End the conversation with {name}? The clock stops and it is marked complete.",
    ),
    "live.saved_entry": ("Lagret: {kind}", "Saved: {kind}"),
    "live.save_failed": ("Kunne ikke lagre", "Could not save"),
    "live.nothing_typed": ("Skriv noe først.", "Type something first."),
    "live.bell": ("Tiden for denne delen er ute.", "Time is up for this section."),
    "live.status.done": ("ferdig", "done"),
    "live.status.current": ("nå", "now"),
    "live.status.upcoming": ("senere", "upcoming"),
    "live.status.skipped": ("hoppet over", "skipped"),
    # action item dialog ---------------------------------------------------------------------
    "live.action_dialog.title": ("Nytt tiltak", "New action item"),
    "live.action_dialog.text": ("Hva skal gjøres", "What is to be done"),
    "live.action_dialog.owner": ("Hvem", "Who"),
    "live.action_dialog.due": (
        "Frist (valgfri: 15.12.2026, 15.12, fredag, neste uke …)",
        "Due (optional: 15/12/2026, 2026-12-15, friday, next week …)",
    ),
    "live.action_dialog.due_example": ("15.12.2026", "2026-12-15"),
    "live.action_dialog.bad_due": (
        "Forstod ikke datoen. Skriv for eksempel 15.12.2026, 15.12, fredag eller neste uke, "
        "eller la feltet stå tomt.",
        "Could not read the date. Write for example 2026-12-15, 15/12, friday or next week, "
        "or leave it empty.",
    ),
    "live.action_dialog.no_text": ("Skriv hva som skal gjøres.", "Write what is to be done."),
    # resume dialog --------------------------------------------------------------------------
    "live.resume.question": (
        "Samtalen med {name} ({title}, {date}) ble ikke avsluttet. Fortsette der du slapp?",
        "The conversation with {name} ({title}, {date}) was not finished. Continue where you"
        " left off?",
    ),
    "live.resume.title": ("Uavsluttet samtale", "Unfinished conversation"),
    # help -----------------------------------------------------------------------------------
    "live.help.title": ("Taster på denne skjermen", "Keys on this screen"),
    "live.help.prefixes": (
        "Prefikser i notatet: avt: avtale · t: tiltak (@leder/@medarbeider, frist til slutt:"
        " 15.12.2026, 15.12, fredag, neste uke, i morgen) · s: støttebehov · m: mestring ·"
        " l: læring · p: privat",
        "Prefixes in a note: agree: agreement · t: action item (@leader/@employee, due at the"
        " end: 2026-12-15, 15/12, friday, next week, tomorrow) · s: support need ·"
        " m: mastery · l: learning · p: private",
    ),
    # summary --------------------------------------------------------------------------------
    "live.summary.subtitle": ("Oppsummering", "Summary"),
    "live.summary.showing_shared": (
        "Viser den delte oppsummeringen (uten private notater). p: vis alt",
        "Showing the shared summary (no private notes). p: show all",
    ),
    "live.summary.showing_shared_only": (
        "Viser den delte oppsummeringen (uten private notater).",
        "Showing the shared summary (no private notes).",
    ),
    "live.summary.showing_full": (
        "Viser alt, også private notater. p: vis delt",
        "Showing everything, private notes included. p: show shared",
    ),
    "live.summary.complete": (
        "Samtalen er fullført og lagret.", "The conversation is complete and saved."
    ),
    "live.export.title_shared": ("Eksporter delt oppsummering", "Export the shared summary"),
    "live.export.title_full": (
        "Eksporter alt (med private notater)", "Export everything (with private notes)"
    ),
    "live.export.path": ("Fil", "File"),
    "live.export.no_path": ("Skriv et filnavn.", "Write a file name."),
    "live.export.no_dir": ("Mappen finnes ikke: {dir}", "The folder does not exist: {dir}"),
    "live.export.overwrite": ("{path} finnes fra før. Skrive over?", "{path} exists. Overwrite?"),
    "live.export.done": ("Lagret {path}", "Saved {path}"),
    "live.export.failed": ("Kunne ikke skrive {path}: {error}", "Could not write {path}: {error}"),
    "live.guidance.more": ("(F11: veiledning)", "(F11: guidance)"),
}
