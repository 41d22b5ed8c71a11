"""The store's words: locks, damaged files, schema, backups and restore."""

MESSAGES = {
    "store.locked": (
        "Datamappen {dir} er i bruk av en annen coach (prosess {pid}, startet {since}).\n"
        "Bare én coach kan skrive til mappen om gangen. Avslutt den andre coach-en og prøv "
        "igjen. Låsen slippes av seg selv når den prosessen avsluttes.",
        "The data directory {dir} is in use by another coach (process {pid}, since {since}).\n"
        "Only one coach can write to it at a time. Close the other coach and try again; "
        "the lock is released by itself when that process ends.",
    ),
    "store.locked.unknown": (
        "Datamappen {dir} er i bruk av en annen coach. Avslutt den og prøv igjen.",
        "The data directory {dir} is in use by another coach. Close it and try again.",
    ),
    "store.read_only": (
        "Datamappen {dir} er åpnet skrivebeskyttet; endringer blir ikke lagret.",
        "The data directory {dir} is open read-only; changes are not saved.",
    ),
    "store.corrupt": (
        "Filen {path} er skadet ({reason}). Den er ikke endret, og coach stopper her for "
        "ikke å miste noe.",
        "The file {path} is damaged ({reason}). It has not been changed, and coach stops "
        "here so that nothing is lost.",
    ),
    "store.corrupt.restore": (
        "Nyeste gode sikkerhetskopi: {backup}\nGjenopprett den med:\n  {command}",
        "Newest good backup: {backup}\nRestore it with:\n  {command}",
    ),
    "store.corrupt.no_backup": (
        "Det finnes ingen sikkerhetskopi ennå. Ta en kopi av mappen, og rett eller flytt "
        "den skadde filen før du starter coach igjen.",
        "There is no backup yet. Copy the directory somewhere safe, then repair or move the "
        "damaged file before starting coach again.",
    ),
    "store.schema.newer": (
        "{path} er skrevet av en nyere coach (skjemaversjon {found}; denne versjonen kjenner "
        "til {known}). Oppgrader coach for å åpne dataene.",
        "{path} was written by a newer coach (schema version {found}; this version knows "
        "{known}). Upgrade coach to open this data.",
    ),
    "store.schema.read_only": (
        "{path} har en eldre skjemaversjon ({found}) og må oppgraderes først. Åpne coach "
        "uten skrivebeskyttelse én gang.",
        "{path} uses an older schema version ({found}) and must be upgraded first. Open coach "
        "once without read-only.",
    ),
    "store.restore.interrupted": (
        "En gjenoppretting av {backup} ble avbrutt. Kjør den på nytt før du bruker coach:\n"
        "  {command}",
        "A restore of {backup} was interrupted. Run it again before using coach:\n"
        "  {command}",
    ),
    "backup.not_found": (
        "Fant ingen sikkerhetskopi som heter «{name}». Kjør «coach restore» for å se listen.",
        "No backup called '{name}'. Run 'coach restore' to see the list.",
    ),
    "backup.ambiguous": (
        "«{name}» passer til flere sikkerhetskopier: {matches}. Skriv mer av navnet.",
        "'{name}' matches several backups: {matches}. Type more of the name.",
    ),
    "backup.invalid": (
        "{name} er ikke en gyldig sikkerhetskopi fra coach: {reason}. Ingenting er endret.",
        "{name} is not a valid coach backup: {reason}. Nothing was changed.",
    ),
    "backup.unverified": (
        "Sikkerhetskopien ble ikke laget fordi {path} er skadet. Eldre sikkerhetskopier "
        "er beholdt.",
        "No backup was made because {path} is damaged. Older backups are kept.",
    ),
    "backup.cmd.help": (
        "lag en sikkerhetskopi av dataene nå",
        "make a backup of your data now",
    ),
    "backup.cmd.made": ("Sikkerhetskopi laget: {path}", "Backup made: {path}"),
    "restore.cmd.help": (
        "gjenopprett en sikkerhetskopi (uten navn: vis listen)",
        "restore a backup (without a name: list them)",
    ),
    "restore.cmd.arg": (
        "navnet på sikkerhetskopien (eller starten av det)",
        "the backup's name (or the start of it)",
    ),
    "restore.cmd.none": (
        "Det finnes ingen sikkerhetskopier i {dir} ennå. Lag en med «coach backup».",
        "There are no backups in {dir} yet. Make one with 'coach backup'.",
    ),
    "restore.cmd.list_head": (
        "Sikkerhetskopier i {dir} (nyeste først):",
        "Backups in {dir} (newest first):",
    ),
    "restore.cmd.list_row": ("  {name}  {date}  {size}", "  {name}  {date}  {size}"),
    "restore.cmd.list_hint": (
        "Gjenopprett med: coach restore NAVN",
        "Restore with: coach restore NAME",
    ),
    "restore.cmd.done": (
        "Gjenopprettet {name}. Dataene som lå der fra før, er tatt vare på i {kept}.",
        "Restored {name}. The data that was there before is kept in {kept}.",
    ),
}
