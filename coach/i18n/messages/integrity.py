"""The store's integrity: read-only reasons, the lock, `coach check`, the journal, sync."""

MESSAGES = {
    # why a store is read-only (ReadOnlyReason.kind) --------------------------------------
    "store.read_only.requested": (
        "Datamappen {dir} er åpnet skrivebeskyttet; endringer blir ikke lagret.",
        "The data directory {dir} is open read-only; changes are not saved.",
    ),
    "store.read_only.other_machine": (
        "Datamappen {dir} er i bruk av coach på maskinen {host} (siden {since}), så den er "
        "åpnet skrivebeskyttet her. Avslutt coach der og vent til mappen er synkronisert. "
        "Kjører ikke coach der lenger, slett {dir}/coach.lock.json.",
        "The data directory {dir} is in use by coach on the machine {host} (since {since}), "
        "so it is open read-only here. Close coach there and let the folder sync. If coach "
        "no longer runs there, delete {dir}/coach.lock.json.",
    ),
    "store.read_only.folder": (
        "Datamappen {dir} er skrivebeskyttet (du har tatt bort skrivetilgangen), så den er "
        "åpnet bare for lesing. Gi mappen skrivetilgang igjen (chmod 700) for å lagre.",
        "The data directory {dir} is read-only (its write permission is off), so it is open "
        "for reading only. Make it writable again (chmod 700) to save.",
    ),
    "store.read_only.filesystem": (
        "Datamappen {dir} ligger på et skrivebeskyttet filsystem, så den er åpnet bare for "
        "lesing; endringer blir ikke lagret.",
        "The data directory {dir} is on a read-only file system, so it is open for reading "
        "only; changes are not saved.",
    ),
    "store.read_only.lock_lost": (
        "Låsfilen i {dir} er borte eller byttet ut mens coach holdt den; coach har sluttet "
        "å skrive for ikke å overskrive en annen coach sine endringer.",
        "The lock file in {dir} vanished or was replaced while coach held it; coach has "
        "stopped writing so as not to overwrite another coach's changes.",
    ),
    "store.read_only.unfinished": (
        "En endring av flere filer i {dir} stanset halvveis og kunne ikke fullføres nå; "
        "coach har sluttet å skrive. Start coach på nytt, så fullføres den.",
        "A change of several files in {dir} stopped half-way and could not be finished now; "
        "coach has stopped writing. Start coach again and it is finished.",
    ),
    "store.lock_lost.vanished": (
        "Låsfilen {dir}/coach.lock ble slettet mens coach holdt den. Coach har sluttet å "
        "skrive, for en annen coach kan ha åpnet mappen. Avslutt alle coach-vinduer, kjør "
        "«coach check» og start igjen.",
        "The lock file {dir}/coach.lock was deleted while coach held it. Coach has stopped "
        "writing, as another coach may have opened the folder. Close every coach, run "
        "'coach check' and start again.",
    ),
    "store.lock_lost.replaced": (
        "Låsfilen {dir}/coach.lock ble byttet ut mens coach holdt den. Coach har sluttet å "
        "skrive, for en annen coach kan ha åpnet mappen. Avslutt alle coach-vinduer, kjør "
        "«coach check» og start igjen.",
        "The lock file {dir}/coach.lock was replaced while coach held it. Coach has stopped "
        "writing, as another coach may have opened the folder. Close every coach, run "
        "'coach check' and start again.",
    ),
    "store.lock.symlink": (
        "{path} er en symbolsk lenke. Coach tar ikke lås gjennom en lenke; slett lenken og "
        "prøv igjen.",
        "{path} is a symbolic link. Coach does not lock through a link; delete the link and "
        "try again.",
    ),
    "store.folder.foreign": (
        "Mappen {path} tilhører brukeren {owner}, ikke deg. Coach bruker den ikke; velg en "
        "egen mappe (--data-dir) eller gi mappen til deg selv.",
        "The folder {path} belongs to the user {owner}, not to you. Coach will not use it; "
        "choose a folder of your own (--data-dir) or take ownership of it.",
    ),
    "store.backup.refused": (
        "Sikkerhetskopien ble ikke laget: kontrollen fant feil i dataene ({count}), og en "
        "god sikkerhetskopi skal ikke byttes ut med skadde data. Kjør «coach check».",
        "No backup was made: the check found problems in the data ({count}), and a good "
        "backup must not be replaced by damaged data. Run 'coach check'.",
    ),
    "content.err.cache_foreign": (
        "mellomlagermappen tilhører brukeren {owner}, ikke deg; coach bruker den ikke. Velg "
        "en egen mappe med COACH_CACHE_DIR, eller slett den",
        "the cache folder belongs to the user {owner}, not to you; coach will not use it. "
        "Choose a folder of your own with COACH_CACHE_DIR, or delete it",
    ),
    # the journal ---------------------------------------------------------------------------
    "journal.finished": (
        "En avbrutt {op} ({started}) er fullført nå: alle endringene er på plass.",
        "An interrupted {op} ({started}) has now been finished: every change is in place.",
    ),
    "journal.undone": (
        "En avbrutt {op} ({started}) er angret: dataene er som før den begynte.",
        "An interrupted {op} ({started}) has been undone: the data is as it was before.",
    ),
    "journal.op.demo": ("utfylling med eksempeldata", "fill with demo data"),
    "journal.op.restore": ("gjenoppretting", "restore"),
    "journal.op.forget": ("sletting av en person", "forgetting of a person"),
    "journal.op.retention": ("sletting av gamle samtaler", "deletion of old conversations"),
    "journal.op.migration": ("oppgradering av dataformatet", "upgrade of the data format"),
    "journal.op.repair": ("reparasjon", "repair"),
    "journal.op.other": ("endring av flere filer", "change of several files"),
    # coach check ---------------------------------------------------------------------------
    "check.cmd.help": (
        "kontroller at dataene er hele (som git fsck); --repair retter det som kan rettes",
        "check that the data is whole (like git fsck); --repair fixes what can be fixed",
    ),
    "check.cmd.repair": (
        "rett det som kan rettes, fra filene selv og nyeste gode sikkerhetskopi",
        "fix what can be fixed, from the files themselves and the newest good backup",
    ),
    "check.cmd.quick": (
        "bare den raske delen (den coach kjører ved oppstart)",
        "only the quick part (the one coach runs at start-up)",
    ),
    "check.no_dir": (
        "Datamappen {dir} finnes ikke; det er ingenting å kontrollere.",
        "The data directory {dir} does not exist; there is nothing to check.",
    ),
    "check.clean": (
        "Alt i orden i {dir}: {files} filer lest, {backups} sikkerhetskopier kontrollert.",
        "All is well in {dir}: {files} files read, {backups} backups checked.",
    ),
    "check.problems.one": ("{count} problem i {dir}:", "{count} problem in {dir}:"),
    "check.problems": (
        "{count} problemer i {dir}:",
        "{count} problems in {dir}:",
    ),
    "check.row": ("  - {text}", "  - {text}"),
    "check.repair_hint": (
        "Kjør «coach check --repair» for å rette det som kan rettes.",
        "Run 'coach check --repair' to fix what can be fixed.",
    ),
    "check.repaired_head": ("Rettet:", "Fixed:"),
    "check.unrepaired_head": (
        "Kunne ikke rettes (se over hver enkelt):",
        "Could not be fixed (look at each):",
    ),
    "check.newest_good": (
        "Nyeste gode sikkerhetskopi: {backup}",
        "Newest good backup: {backup}",
    ),
    "check.no_good_backup": (
        "Ingen god sikkerhetskopi finnes.",
        "There is no good backup.",
    ),
    # findings (Finding.kind) ---------------------------------------------------------------
    "check.f.damaged": ("{path} er skadet: {detail}", "{path} is damaged: {detail}"),
    "check.f.missing_file": (
        "{path} mangler (samtalen står i oversikten)",
        "{path} is missing (the conversation is listed in the index)",
    ),
    "check.f.orphan_file": (
        "{path} står ikke i oversikten",
        "{path} is not in the index",
    ),
    "check.f.row_mismatch": (
        "oversiktens rad for {path} stemmer ikke med filen ({detail})",
        "the index row for {path} does not match the file ({detail})",
    ),
    "check.f.dangling": (
        "{path}: {detail} viser til noe som ikke finnes",
        "{path}: {detail} refers to something that does not exist",
    ),
    "check.f.stray_temp": (
        "{path} er en midlertidig fil fra en avbrutt lagring",
        "{path} is a temp file left by an interrupted save",
    ),
    "check.f.conflict": (
        "{path} er en konfliktkopi fra {detail}; endringene i den vises ikke før den er "
        "flettet inn",
        "{path} is a conflict copy made by {detail}; its changes are not shown until it is "
        "merged in",
    ),
    "check.f.merge_markers": (
        "{path} har flettemerker fra git (<<<<<<<)",
        "{path} has git merge markers (<<<<<<<)",
    ),
    "check.f.mode": (
        "{path} har tilgangen {detail}; den skal være privat",
        "{path} has mode {detail}; it should be private",
    ),
    "check.f.backup_damaged": (
        "sikkerhetskopien {path} er skadet: {detail}",
        "the backup {path} is damaged: {detail}",
    ),
    "check.f.journal": (
        "{path}: en endring av flere filer ble avbrutt og er ikke fullført",
        "{path}: a change of several files was interrupted and is not finished",
    ),
    "check.f.not_a_file": (
        "{path} er en mappe der en fil skal være",
        "{path} is a folder where a file should be",
    ),
    # what repair did -------------------------------------------------------------------------
    "check.r.removed": ("{path} slettet", "{path} deleted"),
    "check.r.chmod": ("{path} gjort privat", "{path} made private"),
    "check.r.merged": (
        "{path} flettet inn i {target} ({added} nye, {updated} nyere, {kept_both} beholdt "
        "begge) og slettet",
        "{path} merged into {target} ({added} new, {updated} newer, {kept_both} both kept) "
        "and deleted",
    ),
    "check.r.row_rebuilt": (
        "oversiktens rad for {path} bygget på nytt fra filen",
        "the index row for {path} rebuilt from the file",
    ),
    "check.r.adopted": (
        "{path} lagt inn i oversikten igjen",
        "{path} added back to the index",
    ),
    "check.r.from_backup": (
        "{path} hentet fra sikkerhetskopien {backup}",
        "{path} taken from the backup {backup}",
    ),
    "check.r.row_dropped": (
        "raden for {path} fjernet fra oversikten (filen finnes ikke, heller ikke i noen god "
        "sikkerhetskopi)",
        "the row for {path} removed from the index (the file is gone, and in no good backup)",
    ),
    "check.r.journal": ("{path}: {detail}", "{path}: {detail}"),
    # synced folders (the home screen's line) -----------------------------------------------
    "sync.conflicts": (
        "{count} konfliktkopi(er) fra synkronisering: {names}. Kjør «coach check --repair» "
        "for å flette dem inn.",
        "{count} conflict copy(ies) from syncing: {names}. Run 'coach check --repair' to "
        "merge them in.",
    ),
}
