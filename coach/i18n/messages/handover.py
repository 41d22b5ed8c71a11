"""The hand-over both ways: reading a preparation by its headings, the warnings that stop
an import, and the agreed summary's review coming back."""

MESSAGES = {
    # -- sections matched by heading ----------------------------------------------------------
    "prep.err.unknown_section": (
        "ukjent overskrift «{title}»: den hører ikke til malen eller front matter "
        "(gi den malens overskrift, eller skriv {{#id}} på slutten)",
        "unknown heading “{title}”: it is neither the template's nor in the front matter "
        "(give it the template's heading, or end it with {{#id}})",
    ),
    "prep.err.section_repeat": ("delen «{title}» står to ganger",
                                "the section “{title}” appears twice"),
    "prep.err.missing_section": (
        "delen «{title}» mangler: fant ingen overskrift (##) for den",
        "the section “{title}” is missing: no ## heading for it was found",
    ),
    "prep.err.goal_scope": (
        "ukjent «{found}»: forventet faglig eller personlig",
        "unknown “{found}”: expected professional or personal",
    ),
    "prep.md.goal.scope": ("Faglig/personlig", "Professional/personal"),
    "prep.md.rating.category": ("Kategori", "Category"),
    # -- warnings (stop an import unless --force) ---------------------------------------------
    "prep.err.daily": (
        "dette er en daglig refleksjon, ikke en forberedelse til en samtale",
        "this is a daily reflection, not a preparation for a conversation",
    ),
    "prep.err.unknown_template": (
        "ukjent samtalemal «{template}»: delene kan bare kjennes igjen på overskriftene i "
        "front matter",
        "unknown conversation template “{template}”: its sections are known only by the "
        "front matter's headings",
    ),
    "prep.err.only_front_matter": (
        "filen har bare front matter og ingen deler (##): er det riktig fil?",
        "the file holds front matter only and no ## sections: is it the right file?",
    ),
    "prep.err.other_person": (
        "filen er fra {found}, men du importerer for {wanted}",
        "the file is from {found}, but you are importing for {wanted}",
    ),
    "prep.cli.import.force": (
        "importer selv om filen gir advarsler",
        "import even though the file gives warnings",
    ),
    "prep.cli.import.warning": ("advarsel: {text}", "warning: {text}"),
    "prep.cli.import.stopped": (
        "Ingenting er importert: se advarslene over, eller bruk --force for å importere "
        "likevel.",
        "Nothing was imported: see the warnings above, or use --force to import anyway.",
    ),
}

MESSAGES.update({
    "prep.import.anyway": ("Importere likevel?", "Import anyway?"),
})

MESSAGES.update({
    "prep.live.more": ("mer ▼ (Tab, piltaster)", "more ▼ (Tab, arrow keys)"),
})

MESSAGES.update({
    # -- the review of a summary --------------------------------------------------------------
    "review.confirmed": ("Bekreftet av medarbeider {date}", "Confirmed by the employee on {date}"),
    "review.remarks": ("Medarbeideren har merknader ({date})",
                       "The employee has remarks ({date})"),
    "review.md.title": ("Gjennomgang: {title}", "Review: {title}"),
    "review.md.on_whole": ("Kommentar til hele oppsummeringen", "Comment on the whole summary"),
    "review.md.on_agreement": ("Kommentar til avtalen: {about}",
                               "Comment on the agreement: {about}"),
    "review.md.on_action": ("Kommentar til tiltaket: {about}",
                            "Comment on the action item: {about}"),
    "review.md.comment_line": ("Medarbeiderens kommentar", "The employee's comment"),
    "review.file.suffix": ("gjennomgang", "review"),
    "review.err.utf8": ("filen er ikke gyldig UTF-8", "the file is not valid UTF-8"),
    "review.err.no_front_matter": (
        "forventet front matter (en blokk mellom to linjer med ---) helt øverst",
        "expected front matter (a block between two --- lines) at the very top",
    ),
    "review.err.unclosed_front_matter": (
        "front matter er ikke avsluttet: forventet en linje med --- etter den",
        "the front matter is not closed: expected a --- line after it",
    ),
    "review.err.yaml": ("front matter er ikke gyldig YAML: {reason}",
                        "the front matter is not valid YAML: {reason}"),
    "review.err.not_review": (
        "dette er ikke en gjennomgang fra coach: forventet coach_review: 1",
        "this is not a coach review: expected coach_review: 1",
    ),
    "review.err.version": (
        "ukjent formatversjon {found}: denne versjonen av coach leser versjon {expected}",
        "unknown format version {found}: this version of coach reads version {expected}",
    ),
    "review.err.conversation_id": ("forventet conversation_id: med samtalens id",
                                   "expected conversation_id: with the conversation's id"),
    "review.err.digest": ("forventet digest: som sha256:<64 heksadesimale tegn>",
                          "expected digest: as sha256:<64 hexadecimal digits>"),
    "review.err.decision": ("forventet decision: confirmed eller remarks (fant {found})",
                            "expected decision: confirmed or remarks (found {found})"),
    "review.err.date": ("forventet date: som en dato (ÅÅÅÅ-MM-DD)",
                        "expected date: as a date (YYYY-MM-DD)"),
    "review.err.language": ("forventet language: nb eller en (fant {found})",
                            "expected language: nb or en (found {found})"),
    "review.err.check_missing": ("forventet check: som sha256:<64 heksadesimale tegn>",
                                 "expected check: as sha256:<64 hexadecimal digits>"),
    "review.err.tampered": (
        "filen er endret etter at coach skrev den (check: stemmer ikke med innholdet)",
        "the file was changed after coach wrote it (check: does not match its content)",
    ),
    "review.err.unknown_heading": (
        "ukjent overskrift «{title}»: forventet en kommentar til hele oppsummeringen, en "
        "avtale eller et tiltak",
        "unknown heading “{title}”: expected a comment on the whole summary, an agreement or "
        "an action item",
    ),
    "review.err.extra_title": ("bare én overskrift på øverste nivå (#) er tillatt",
                               "only one top-level (#) heading is allowed"),
    "review.err.unknown_conversation": (
        "samtalen {id} finnes ikke her: gjennomgangen hører til en annen samtale eller en "
        "annen leders data",
        "there is no conversation {id} here: the review belongs to another conversation or "
        "another leader's data",
    ),
    "review.err.other_version": (
        "gjennomgangen gjelder en annen versjon av oppsummeringen (digest stemmer ikke): "
        "eksporter oppsummeringen på nytt og be om en ny gjennomgang",
        "the review is of another version of the summary (the digest differs): export the "
        "summary again and ask for a new review",
    ),
    "review.err.summary_not_shared": (
        "dette er ikke en delt oppsummering fra coach: forventet contents: shared og digest:",
        "this is not a shared summary from coach: expected contents: shared and digest:",
    ),
    "review.err.summary_goals": (
        "forventet goals: som en liste med målene (tekst)",
        "expected goals: as a list of the goals (text)",
    ),
    "review.err.summary_changed": (
        "oppsummeringen er endret etter eksporten (innholdet stemmer ikke med digest:)",
        "the summary was changed after it was exported (its content does not match digest:)",
    ),
})

MESSAGES.update({
    "review.earlier_version": (
        "Gjennomgangen gjelder en tidligere versjon av denne oppsummeringen.",
        "The review is of an earlier version of this summary.",
    ),
})

MESSAGES.update({
    "review.cli.import.help": (
        "importer medarbeiderens gjennomgang av en oppsummering (Markdown-fil)",
        "import the employee's review of a summary (a Markdown file)",
    ),
    "review.cli.import.file": ("gjennomgangsfilen", "the review file"),
    "review.cli.reflect.not_kept": (
        "Målene i oppsummeringen ble ikke lagret til neste forberedelse: {reason}",
        "The summary's goals were not kept for your next preparation: {reason}",
    ),
    "review.cli.import.done": (
        "Importerte gjennomgangen fra {path} for {name}: {decision}; {count} kommentarer.",
        "Imported the review from {path} for {name}: {decision}; {count} comments.",
    ),
    "review.cli.import.done.one": (
        "Importerte gjennomgangen fra {path} for {name}: {decision}; {count} kommentar.",
        "Imported the review from {path} for {name}: {decision}; {count} comment.",
    ),
    "review.cli.reflect.review": (
        "les en delt oppsummering fra lederen, kommenter og bekreft den (eller si at du har "
        "merknader)",
        "read a shared summary from your leader, comment and confirm it (or say you have "
        "remarks)",
    ),
    "review.cli.reflect.confirm": ("bekreft oppsummeringen uten å åpne skjermen",
                                   "confirm the summary without opening the screen"),
    "review.cli.reflect.remarks": ("si at du har merknader, uten å åpne skjermen",
                                   "say you have remarks, without opening the screen"),
    "review.cli.reflect.comment": ("en kommentar til hele oppsummeringen",
                                   "a comment on the whole summary"),
    "review.cli.reflect.written": ("Skrev gjennomgangen til {path}: {decision}. Gi filen til "
                                   "lederen din.",
                                   "Wrote the review to {path}: {decision}. Hand the file to "
                                   "your leader."),
    "review.cli.reflect.needs_review": ("--confirm, --remarks og --comment hører til --review",
                                        "--confirm, --remarks and --comment go with --review"),
})

MESSAGES.update({
    "review.tui.title": ("Gjennomgå oppsummeringen", "Review the summary"),
    "review.key.confirm": ("Bekreft", "Confirm"),
    "review.key.remarks": ("Har merknader", "Remarks"),
    "review.target.whole": ("Hele oppsummeringen", "The whole summary"),
    "review.target.agreement": ("Avtale: {about}", "Agreement: {about}"),
    "review.target.action": ("Tiltak: {about}", "Action item: {about}"),
    "review.comment.on": ("Din kommentar til: {what}", "Your comment on: {what}"),
    "review.remarks.empty": (
        "Skriv merknadene dine først (til hele oppsummeringen eller et punkt), så F3.",
        "Write your remarks first (on the whole summary or an item), then F3.",
    ),
    "review.comment.placeholder": (
        "Skriv en kommentar (valgfritt). F2 bekrefter, F3 sier at du har merknader.",
        "Write a comment (optional). F2 confirms, F3 says you have remarks.",
    ),
})

MESSAGES.update({
    "review.person.heading": ("Medarbeiderens gjennomgang av oppsummeringer",
                              "The employee's reviews of summaries"),
    "review.person.comments": ("({count} kommentarer)", "({count} comments)"),
    "review.person.comments.one": ("({count} kommentar)", "({count} comment)"),
    "review.key.import": ("Importer gjennomgang", "Import review"),
    "review.import.title": ("Importer medarbeiderens gjennomgang (fil)",
                            "Import the employee's review (file)"),
    "review.import.failed": ("Gjennomgangen ble ikke importert", "The review was not imported"),
    "review.imported": ("Importerte gjennomgangen: {decision}", "Imported the review: {decision}"),
})

MESSAGES.update({
    # -- the employee's side ------------------------------------------------------------------
    "prep.rating.title": ("Din egen vurdering av et kompetanseområde",
                          "Your own rating of a competence area"),
    "prep.rating.level": ("Ditt eget nivå (din vurdering, ikke et avtalt nivå)",
                          "Your own level (your rating, not an agreed level)"),
    "prep.rating.comment": ("Hva du bygger vurderingen på (valgfritt)",
                            "What your rating rests on (optional)"),
})

MESSAGES.update({
    "prep.cli.reflect.picked": (
        "Forberedelsen til {title} ({date}), {answered} av {total} deler besvart.",
        "The preparation for {title} ({date}), {answered} of {total} parts answered.",
    ),
    "prep.cli.reflect.leaders_dir": (
        "{path} er en leders datamappe (den har andre personer eller samtaler): refleksjonene "
        "dine hører hjemme i en egen mappe. Ingenting er endret.",
        "{path} is a leader's data directory (it holds other people or conversations): your "
        "reflections belong in a folder of their own. Nothing was changed.",
    ),
    "prep.name.title": ("Hva heter du?", "What is your name?"),
    "prep.name.hint": (
        "Navnet står i filen du gir lederen din, så lederen ser at forberedelsen er din. "
        "Du blir bare spurt én gang.",
        "Your name goes into the file you hand your leader, so they can tell it is yours. "
        "You are asked only once.",
    ),
})

MESSAGES.update({
    "review.prepare.heading": ("Medarbeiderens gjennomgang av forrige oppsummering ({title})",
                               "The employee's review of the last summary ({title})"),
})

MESSAGES.update({
    "prep.proposal.progress": ("Framdrift på «{text}»: {status} ({comment})",
                               "Progress on “{text}”: {status} ({comment})"),
    "prep.key.progress": ("Meld framdrift", "Report progress"),
    "prep.progress.none": (
        "Ingen mål å melde framdrift på ennå: målene står her når du har åpnet den siste "
        "oppsummeringen fra lederen din med coach reflect --review FIL.",
        "No goals to report progress on yet: your goals are listed here once you have "
        "opened your leader's last summary with coach reflect --review FILE.",
    ),
    "prep.progress.pick": ("Hvilket mål?", "Which goal?"),
})
