"""The employee's preparation: its file, reflect, import-prep and the preparation on screen."""

MESSAGES = {
    # -- the file -----------------------------------------------------------------------------
    "prep.md.title": ("Forberedelse: {title}", "Preparation: {title}"),
    "prep.md.goals": ("Forslag til mål", "Proposed goals"),
    "prep.md.ratings": ("Egenvurdering av kompetanse", "Competence self-rating"),
    "prep.md.needs": ("Dette trenger jeg fra lederen min", "What I need from my leader"),
    "prep.md.goal.goal": ("Mål", "Goal"),
    "prep.md.goal.type": ("Type", "Type"),
    "prep.md.goal.measure": ("Slik måles det", "Measure"),
    "prep.md.goal.target": ("Frist", "Target date"),
    "prep.md.goal.progress": ("Framdrift", "Progress"),
    "prep.md.rating.area": ("Område", "Area"),
    "prep.md.rating.level": ("Nivå", "Level"),
    "prep.md.rating.comment": ("Kommentar", "Comment"),
    # -- errors in the file -------------------------------------------------------------------
    "prep.err.utf8": ("filen er ikke gyldig UTF-8", "the file is not valid UTF-8"),
    "prep.err.no_front_matter": (
        "forventet front matter (en blokk mellom to linjer med ---) helt øverst",
        "expected front matter (a block between two --- lines) at the very top",
    ),
    "prep.err.unclosed_front_matter": (
        "front matter er ikke avsluttet: forventet en linje med --- etter den",
        "the front matter is not closed: expected a --- line after it",
    ),
    "prep.err.yaml": ("front matter er ikke gyldig YAML: {reason}",
                      "the front matter is not valid YAML: {reason}"),
    "prep.err.meta_not_mapping": (
        "front matter må være nøkler med verdier (nøkkel: verdi)",
        "the front matter must be keys with values (key: value)",
    ),
    "prep.err.not_preparation": (
        "dette er ikke en forberedelse fra coach: forventet coach_preparation: {expected}",
        "this is not a coach preparation: expected coach_preparation: {expected}",
    ),
    "prep.err.version": (
        "ukjent formatversjon {found}: denne versjonen av coach leser versjon {expected}",
        "unknown format version {found}: this version of coach reads version {expected}",
    ),
    "prep.err.template": (
        "forventet template: med id-en til en samtalemal (små bokstaver, tall og -)",
        "expected template: with a conversation template's id (lower case, digits and -)",
    ),
    "prep.err.language": ("forventet language: nb eller en (fant {found})",
                          "expected language: nb or en (found {found})"),
    "prep.err.date": ("forventet date: som en dato (ÅÅÅÅ-MM-DD)",
                      "expected date: as a date (YYYY-MM-DD)"),
    "prep.err.person": ("forventet person: som et navn", "expected person: as a name"),
    "prep.err.sections": (
        "forventet sections: som id-er med overskriften sin (since-last-time: Siden sist)",
        "expected sections: as ids with their headings (since-last-time: Since last time)",
    ),
    "prep.err.sections_repeat": ("sections: nevner samme id to ganger",
                                 "sections: names the same id twice"),
    "prep.err.extra_title": ("bare én overskrift på øverste nivå (#) er tillatt",
                             "only one top-level (#) heading is allowed"),
    "prep.err.before_sections": (
        "tekst før første del: forventet en overskrift (##) først",
        "text before the first part: expected a ## heading first",
    ),
    "prep.err.table_expected": (
        "forventet én tabell med {columns} kolonner her",
        "expected one table with {columns} columns here",
    ),
    "prep.err.columns": ("forventet {columns} kolonner, fant {found}",
                         "expected {columns} columns, found {found}"),
    "prep.err.goal_type": (
        "ukjent måltype «{found}»: forventet arbeidsmål eller utviklingsmål",
        "unknown goal type “{found}”: expected work goal or development goal",
    ),
    "prep.err.goal_date": ("forventet en frist som ÅÅÅÅ-MM-DD, fant «{found}»",
                           "expected a target date as YYYY-MM-DD, found “{found}”"),
    "prep.err.goal_statement": ("et mål uten tekst", "a goal without a statement"),
    "prep.err.rating_level": (
        "forventet et nivå fra {low} til {high}, fant «{found}»",
        "expected a level from {low} to {high}, found “{found}”",
    ),
    "prep.err.rating_area": ("en egenvurdering uten område",
                             "a self-rating without an area"),
}

MESSAGES.update({
    # -- coach import-prep --------------------------------------------------------------------
    "prep.cli.import.help": (
        "importer en forberedelse som en medarbeider har gitt deg (Markdown-fil)",
        "import a preparation an employee handed you (a Markdown file)",
    ),
    "prep.cli.import.file": ("forberedelsesfilen", "the preparation file"),
    "prep.cli.import.person": (
        "hvem den gjelder (ellers navnet i filen)",
        "who it is for (else the name in the file)",
    ),
    "prep.cli.import.nothing": ("Ingenting er importert.", "Nothing was imported."),
    "prep.cli.import.unreadable": ("Kan ikke lese {path}: {reason}",
                                   "Cannot read {path}: {reason}"),
    "prep.cli.import.no_person": (
        "Filen sier ikke hvem den gjelder: bruk --person NAVN.",
        "The file does not say who it is for: use --person NAME.",
    ),
    "prep.cli.import.done": (
        "Forberedelsen til {name} er importert fra {path}: {sections} deler, {proposals}.",
        "Imported {name}'s preparation from {path}: {sections} sections, {proposals}.",
    ),
})

MESSAGES.update({
    # -- coach reflect ------------------------------------------------------------------------
    "prep.cli.reflect.help": (
        "forbered deg til samtalen på egen hånd (lagres i din egen mappe, ikke lederens)",
        "prepare for the conversation on your own (kept in your own folder, not a leader's)",
    ),
    "prep.cli.reflect.template": ("samtalemalen du forbereder deg til (standard: månedlig "
                                  "oppfølging)",
                                  "the conversation template to prepare for (default: "
                                  "monthly follow-up)"),
    "prep.cli.reflect.daily": (
        "en kort, datert refleksjon over mestring og mening, for dager uten samtale",
        "a short dated reflection on mastery and meaning, for days without a meeting",
    ),
    "prep.cli.reflect.name": ("navnet ditt, slik lederen kjenner deg (huskes)",
                              "your name as your leader knows you (remembered)"),
    "prep.cli.reflect.new": ("begynn på en ny forberedelse selv om det finnes en fersk",
                             "start a new preparation even if a recent one exists"),
    "prep.cli.reflect.minutes": ("tidsrammen i minutter (F5 starter klokken)",
                                 "the time box in minutes (F5 starts the clock)"),
    "prep.cli.reflect.export": ("skriv den siste forberedelsen som Markdown",
                                "write the latest preparation as Markdown"),
    "prep.cli.reflect.output": ("skriv til FIL (bare lesbar for deg) i stedet for skjermen",
                                "write to FILE (readable by you alone) instead of the screen"),
    "prep.cli.reflect.dir": ("mappen for dine egne refleksjoner (ellers $COACH_REFLECT_DIR)",
                             "the folder for your own reflections (else $COACH_REFLECT_DIR)"),
    "prep.cli.reflect.nothing": (
        "Ingen forberedelse å eksportere ennå: kjør coach reflect først.",
        "No preparation to export yet: run coach reflect first.",
    ),
    "prep.cli.reflect.written": ("Skrev {path}", "Wrote {path}"),
    "prep.daily.title": ("Dagens refleksjon", "Today's reflection"),
    "prep.file.prefix": ("forberedelse", "preparation"),
    # -- the reflect screen -------------------------------------------------------------------
    "prep.tui.title": ("coach – min forberedelse", "coach – my preparation"),
    "prep.key.next": ("Neste", "Next"),
    "prep.key.previous": ("Forrige", "Previous"),
    "prep.key.goal": ("Foreslå mål", "Propose goal"),
    "prep.key.rating": ("Vurder meg selv", "Rate myself"),
    "prep.key.export": ("Eksporter", "Export"),
    "prep.key.time_box": ("Tidsramme", "Time box"),
    "prep.editor.placeholder": ("Skriv med egne ord. Alt lagres mens du skriver.",
                                "Write in your own words. Everything is saved as you type."),
    "prep.part.goals": (
        "Mål du vil foreslå: arbeidsmål eller utviklingsmål, med hvordan det måles og en frist. "
        "Ctrl+G legger til ett, Delete fjerner ett. Dere blir enige om dem i samtalen.",
        "Goals you want to propose: work or development goals, with a measure and a target "
        "date. Ctrl+G adds one, Delete removes one. You agree on them together in the "
        "conversation.",
    ),
    "prep.part.ratings": (
        "Hvor står du i dine kompetanseområder? Egenvurderingen er et innspill til samtalen, "
        "ikke en dom. Ctrl+R legger til et område, Delete fjerner et.",
        "Where do you stand in your competence areas? A self-rating is input to the "
        "conversation, not a verdict. Ctrl+R adds an area, Delete removes one.",
    ),
    "prep.key.remove": ("Fjern", "Remove"),
    "prep.remove.pick": ("Hva vil du fjerne?", "What do you want to remove?"),
    "prep.part.needs": (
        "Hva trenger du fra lederen din for å lykkes: støtte, hjelp, avklaring, prioritering?",
        "What do you need from your leader to succeed: support, help, clarification, "
        "priorities?",
    ),
    "prep.goals.none": ("Ingen forslag til mål ennå.", "No proposed goals yet."),
    "prep.ratings.none": ("Ingen egenvurderinger ennå.", "No self-ratings yet."),
    "prep.ratings.scale": ("Nivåene", "The levels"),
    "prep.clock.left": ("Igjen av tidsrammen: {time}", "Time box left: {time}"),
    "prep.clock.over": ("Over tidsrammen med {time}", "Over the time box by {time}"),
    "prep.clock.paused": ("(pause)", "(paused)"),
    "prep.export.title": ("Eksporter forberedelsen", "Export the preparation"),
    "prep.exported": ("Skrev {path}", "Wrote {path}"),
})

MESSAGES.update({
    # -- the leader's side: prepare view and live screen -------------------------------------
    "prep.live.title": ("{name} har forberedt:", "{name} prepared:"),
    "prep.live.no_answer": ("(ikke noe skrevet til denne delen)",
                            "(nothing written for this section)"),
    "prep.live.proposals.one": (
        "{count} forslag venter på at dere blir enige (ctrl+s)",
        "{count} proposal waits for your agreement (ctrl+s)",
    ),
    "prep.live.proposals": (
        "{count} forslag venter på at dere blir enige (ctrl+s)",
        "{count} proposals wait for your agreement (ctrl+s)",
    ),
    "prep.key.proposals": ("Forslag fra forberedelsen", "Proposals from the preparation"),
    "prep.proposals.title": ("Forslag fra medarbeideren", "The employee's proposals"),
    "prep.proposals.hint": (
        "Enter godtar forslaget dere er enige om. En egenvurdering endrer aldri det avtalte "
        "nivået.",
        "Enter accepts the proposal you agree on. A self-rating never changes the agreed "
        "level.",
    ),
    "prep.proposal.goal": ("Mål: {text} ({extra})", "Goal: {text} ({extra})"),
    "prep.proposal.rating": ("Egenvurdering: {area} – {depth} {level}",
                             "Self-rating: {area} – {depth} {level}"),
    "prep.accepted.goal": ("Målet er lagt til.", "The goal was added."),
    "prep.accepted.rating": ("Egenvurderingen er registrert.", "The self-rating was recorded."),
    "prep.accepted.progress": ("Framdriften er registrert på målet.",
                               "The progress was recorded on the goal."),
    "prep.proposals.none": ("Ingen forslag venter.", "No proposals are waiting."),
    "prep.prepare.heading": ("Medarbeiderens forberedelse ({date})",
                             "The employee's preparation ({date})"),
    "prep.prepare.none": (
        "Ingen forberedelse importert. Trykk i for å importere en fil fra medarbeideren.",
        "No preparation imported. Press i to import a file from the employee.",
    ),
    "prep.count.goals": ("{count} forslag til mål", "{count} proposed goals"),
    "prep.count.goals.one": ("{count} forslag til mål", "{count} proposed goal"),
    "prep.count.progress": ("framdrift på {count} mål", "progress on {count} goals"),
    "prep.count.progress.one": ("framdrift på {count} mål", "progress on {count} goal"),
    "prep.count.ratings": ("{count} egenvurderinger", "{count} self-ratings"),
    "prep.count.ratings.one": ("{count} egenvurdering", "{count} self-rating"),
    "prep.prepare.leads": (
        "Forberedelsen leder: delene kommer i medarbeiderens rekkefølge, med kort veiledning.",
        "The preparation leads: sections in the employee's order, guidance kept short.",
    ),
    "prep.key.import": ("Importer forberedelse", "Import preparation"),
    "prep.key.lead": ("La forberedelsen lede", "Let the preparation lead"),
    "prep.import.title": ("Importer en forberedelse", "Import a preparation"),
    "prep.imported": ("Forberedelsen er importert fra {path}.",
                      "Imported the preparation from {path}."),
    "prep.import.failed": ("Kunne ikke importere", "Could not import"),
    "prep.lead.none": ("Importer en forberedelse først (i).", "Import a preparation first (i)."),
})
