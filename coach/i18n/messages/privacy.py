"""A person's whole history as Markdown, forgetting a person, and the retention review."""

MESSAGES = {
    # The history export (Markdown)
    "history.title.all": ("Alt som er lagret om {person}", "Everything stored about {person}"),
    "history.title.since": ("{person}: historikk fra {since}", "{person}: history since {since}"),
    "history.meta": (
        "Eksportert {at} med coach {version}.",
        "Exported {at} by coach {version}.",
    ),
    "history.person": ("Personen", "The person"),
    "history.col.field": ("Felt", "Field"),
    "history.col.value": ("Verdi", "Value"),
    "history.person.name": ("Navn", "Name"),
    "history.person.role": ("Rolle", "Role"),
    "history.person.email": ("E-post", "Email"),
    "history.person.cadence": ("Oppfølging", "Follow-up"),
    "history.person.cadence_days": ("hver {days}. dag", "every {days} days"),
    "history.person.archived": ("Arkivert", "Archived"),
    "history.person.added": ("Lagt til", "Added"),
    "history.person.id": ("Id", "Id"),
    "history.yes": ("ja", "yes"),
    "history.no": ("nei", "no"),
    "history.goal_log": ("Logg for målene", "Goal log"),
    "history.goal.revised": ("endret (var {status}):", "revised (was {status}):"),
    "history.actions": ("Alle tiltak", "All action items"),
    "history.actions.none": ("Ingen tiltak.", "No action items."),
    "history.action.raised": ("fra {date}", "raised {date}"),
    "history.action.done": ("gjort {date}", "done {date}"),
    "history.conversations": ("Samtaler", "Conversations"),
    "history.conversations.none": (
        "Ingen samtaler i perioden.",
        "No conversations in this period.",
    ),
    "history.col.date": ("Dato", "Date"),
    "history.col.conversation": ("Samtale", "Conversation"),
    "history.col.status": ("Status", "Status"),
    "history.col.minutes": ("Minutter", "Minutes"),
    # coach export: the history options
    "privacy.export.since": (
        "alt om personen fra og med DATO (ÅÅÅÅ-MM-DD): mål, kompetanse, tiltak og samtalene",
        "everything about the person from DATE (YYYY-MM-DD) on: goals, competence, action "
        "items and the conversations",
    ),
    "privacy.export.all": (
        "alt som er lagret om personen (for en forespørsel om innsyn)",
        "everything stored about the person (for a data access request)",
    ),
    "privacy.bad_date": (
        "«{value}» er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, for eksempel 2025-01-31.",
        "'{value}' is not a date. Write it as YYYY-MM-DD, for example 2025-01-31.",
    ),
    # coach forget
    "privacy.forget.help": (
        "slett alt som er lagret om en person, etter at du har skrevet navnet for å bekrefte",
        "remove everything stored about a person, after you type their name to confirm",
    ),
    "privacy.forget.confirm_opt": (
        "bekreft uten spørsmål ved å gi hele navnet (for skript)",
        "confirm without asking by giving the full name (for scripts)",
    ),
    "privacy.forget.export_opt": (
        "skriv først en full eksport (med private notater) til FIL, lesbar bare for deg",
        "first write a full export (with private notes) to FILE, readable by you alone",
    ),
    "privacy.forget.purge_opt": (
        "skriv også om sikkerhetskopiene uten personen (ellers forsvinner de ved rotasjon)",
        "also rewrite the backups without the person (else they go as backups rotate out)",
    ),
    "privacy.forget.plan": (
        "Dette sletter alt coach har lagret om {name}, og det kan ikke angres:",
        "This removes everything coach has stored about {name}, and it cannot be undone:",
    ),
    "privacy.forget.offer_export": (
        "Vil du skrive en full eksport først ({file})? [j/N]",
        "Write a full export first ({file})? [y/N]",
    ),
    "privacy.forget.export_where": (
        "Filnavn (Enter for {file}):",
        "File name (Enter for {file}):",
    ),
    "privacy.forget.exported": (
        "Skrev full eksport til {path} (lesbar bare for deg).",
        "Wrote the full export to {path} (readable by you alone).",
    ),
    "privacy.forget.export_failed": (
        "Kunne ikke skrive {path}: {reason}",
        "Could not write {path}: {reason}",
    ),
    "privacy.forget.type_name": (
        "Skriv hele navnet ({name}) for å slette:",
        "Type the full name ({name}) to remove:",
    ),
    "privacy.forget.mismatch": (
        "Navnet stemmer ikke med {name}.",
        "The name does not match {name}.",
    ),
    "privacy.forget.needs_terminal": (
        "Sletting må bekreftes: kjør kommandoen i en terminal, eller legg til "
        "--yes-i-am-sure \"{name}\".",
        "Removing must be confirmed: run the command in a terminal, or add "
        "--yes-i-am-sure \"{name}\".",
    ),
    "privacy.forget.nothing_deleted": ("Ingenting er slettet.", "Nothing was removed."),
    "privacy.forget.done": (
        "{name} er slettet fra filene til coach.",
        "{name} is removed from coach's files.",
    ),
    "privacy.forget.exports_hint": (
        "coach holder ikke oversikt over filer du har eksportert tidligere; slett dem selv.",
        "coach does not keep track of files you exported earlier: delete those yourself.",
    ),
    # What remains in backups
    "privacy.backups.none": (
        "Ingen sikkerhetskopi inneholder {name}.",
        "No backup holds {name}.",
    ),
    "privacy.backups.head": (
        "Disse sikkerhetskopiene inneholder fortsatt {name} ({count}):",
        "These backups still hold {name} ({count}):",
    ),
    "privacy.backups.daily": (
        "  {path}: slettes etter {count} nye daglige kopier, tidligst {date} "
        "(hvis coach brukes hver dag)",
        "  {path}: deleted after {count} more daily backups, {date} at the earliest "
        "(if coach is used every day)",
    ),
    "privacy.backups.pre_restore": (
        "  {path}: kopi fra før en gjenoppretting; slettes ikke av seg selv",
        "  {path}: a copy from before a restore; never deleted by itself",
    ),
    "privacy.backups.other": (
        "  {path}: slettes ikke av seg selv",
        "  {path}: never deleted by itself",
    ),
    "privacy.backups.how": (
        "For å fjerne personen fra dem nå: coach forget {id} --purge-backups "
        "(eller slett filene: rm {paths})",
        "To remove the person from them now: coach forget {id} --purge-backups "
        "(or delete the files: rm {paths})",
    ),
    "privacy.purge.done": (
        "Skrev om {path} uten {name}.",
        "Rewrote {path} without {name}.",
    ),
    "privacy.purge.failed": (
        "Kunne ikke skrive om {path} ({reason}); den er urørt. Slett den selv hvis den ikke "
        "trengs.",
        "Could not rewrite {path} ({reason}); it is untouched. Delete it yourself if it is "
        "not needed.",
    ),
    "privacy.purge.type_id": (
        "Skriv id-en ({id}) for å fjerne personen fra sikkerhetskopiene:",
        "Type the id ({id}) to remove the person from the backups:",
    ),
    "privacy.purge.id_mismatch": (
        "Id-en stemmer ikke med {id}; ingenting er endret.",
        "The id does not match {id}; nothing was changed.",
    ),
    # coach retention
    "privacy.retention.help": (
        "vis samtaler som er eldre enn lagringstiden (retention_months i config.yaml)",
        "list conversations older than the retention period (retention_months in "
        "config.yaml)",
    ),
    "privacy.retention.delete": (
        "slett de samtalene etter at du har bekreftet antallet",
        "delete those conversations after you confirm how many",
    ),
    "privacy.retention.confirm_opt": (
        "bekreft slettingen uten spørsmål ved å gi antallet samtaler (for skript)",
        "confirm the deletion without asking by giving the number of conversations "
        "(for scripts)",
    ),
    "privacy.retention.off": (
        "Ingen lagringstid er satt, så ingen samtaler er listet. Sett for eksempel "
        "«retention_months: 36» i {path}.",
        "No retention period is set, so no conversations are listed. Set for example "
        "'retention_months: 36' in {path}.",
    ),
    "privacy.retention.none": (
        "Ingen samtaler er eldre enn {months} måneder (fra før {cutoff}).",
        "No conversation is older than {months} months (from before {cutoff}).",
    ),
    "privacy.retention.head.one": (
        "{count} samtale er eldre enn {months} måneder (fra før {cutoff}):",
        "{count} conversation is older than {months} months (from before {cutoff}):",
    ),
    "privacy.retention.head": (
        "{count} samtaler er eldre enn {months} måneder (fra før {cutoff}):",
        "{count} conversations are older than {months} months (from before {cutoff}):",
    ),
    "privacy.retention.row": (
        "  {date}  {name}  {kind} ({status})  {id}",
        "  {date}  {name}  {kind} ({status})  {id}",
    ),
    "privacy.retention.hint": (
        "Gå gjennom dem: coach export PERSON --all -o FIL tar vare på alt om en person; "
        "coach forget PERSON sletter en person helt; coach retention --delete sletter "
        "samtalene over.",
        "Review them: coach export PERSON --all -o FILE keeps everything about a person; "
        "coach forget PERSON removes a person entirely; coach retention --delete deletes "
        "the conversations above.",
    ),
    "privacy.retention.type_count": (
        "Skriv antallet ({count}) for å slette disse samtalene:",
        "Type the number ({count}) to delete these conversations:",
    ),
    "privacy.retention.needs_terminal": (
        "Sletting må bekreftes: kjør kommandoen i en terminal, eller legg til "
        "--yes-i-am-sure {count}.",
        "Deleting must be confirmed: run the command in a terminal, or add "
        "--yes-i-am-sure {count}.",
    ),
    "privacy.retention.mismatch": (
        "Antallet stemmer ikke ({count}); ingenting er slettet.",
        "The number does not match ({count}); nothing was deleted.",
    ),
    "privacy.retention.deleted.one": (
        "Slettet {count} samtale. Sikkerhetskopiene har den til de roteres ut.",
        "Deleted {count} conversation. Backups hold it until they rotate out.",
    ),
    "privacy.retention.deleted": (
        "Slettet {count} samtaler. Sikkerhetskopiene har dem til de roteres ut.",
        "Deleted {count} conversations. Backups hold them until they rotate out.",
    ),
    # The TUI (person screen)
    "privacy.tui.key.forget": ("Glem…", "Forget…"),
    "privacy.tui.title": ("Glem {name}", "Forget {name}"),
    "privacy.tui.export_first": (
        "Skriv en full eksport (med private notater) først, til:",
        "Write a full export (with private notes) first, to:",
    ),
    "privacy.tui.forget": ("Slett alt", "Remove everything"),
    "privacy.tui.backups.one": (
        "{count} sikkerhetskopi har fortsatt personen til den roteres ut; "
        "coach forget {id} --purge-backups fjerner den nå.",
        "{count} backup still holds the person until it rotates out; "
        "coach forget {id} --purge-backups removes it now.",
    ),
    "privacy.tui.backups": (
        "{count} sikkerhetskopier har fortsatt personen til de roteres ut; "
        "coach forget {id} --purge-backups fjerner dem nå.",
        "{count} backups still hold the person until they rotate out; "
        "coach forget {id} --purge-backups removes them now.",
    ),
}
