"""Faults: a full disk, a read-only file system, a folder in a file's place, a crash."""

MESSAGES = {
    "fault.disk_full": (
        "Disken er full: {path} kunne ikke skrives. Ingenting er endret; frigjør plass og "
        "prøv igjen.",
        "The disk is full: {path} could not be written. Nothing was changed; free some "
        "space and try again.",
    ),
    "fault.read_only_fs": (
        "{path} ligger på et skrivebeskyttet filsystem; coach kan ikke skrive der.",
        "{path} is on a read-only file system; coach cannot write there.",
    ),
    "fault.no_permission": (
        "Du har ikke tilgang til å skrive {path} (mappen eller filen er skrivebeskyttet).",
        "You may not write {path} (the folder or the file is read-only).",
    ),
    "fault.is_folder": (
        "{path} er en mappe der coach venter en fil. Flytt mappen bort (eller, for en fil du "
        "skriver, velg et annet navn).",
        "{path} is a folder where coach expects a file. Move the folder away (or, for a file "
        "you write, choose another name).",
    ),
    "fault.not_folder": (
        "{path}: en del av stien er en fil, ikke en mappe.",
        "{path}: part of the path is a file, not a folder.",
    ),
    "fault.missing": (
        "{path} finnes ikke (sjekk at mappen finnes).",
        "{path} does not exist (check that the folder exists).",
    ),
    "fault.symlink": (
        "{path} er en symbolsk lenke (eller en løkke av lenker); coach følger den ikke. "
        "Fjern lenken og prøv igjen.",
        "{path} is a symbolic link (or a loop of links); coach does not follow it. Remove "
        "the link and try again.",
    ),
    "fault.io": (
        "Lese- eller skrivefeil på {path} (disken meldte en I/O-feil). Ingenting er endret.",
        "Read or write error on {path} (the disk reported an I/O error). Nothing was changed.",
    ),
    "fault.os_other": (
        "{path}: {reason}",
        "{path}: {reason}",
    ),
    "fault.control": (
        "{field} kan ikke inneholde kontrolltegn: «{value}». Skriv det uten dem.",
        "The {field} cannot hold control characters: “{value}”. Type it without them.",
    ),
    "fault.field.name": ("Navnet", "name"),
    "fault.field.role": ("Rollen", "role"),
    "fault.crash": (
        "coach stoppet på grunn av en uventet feil. Det som var lagret, er trygt.",
        "coach stopped because of an unexpected error. What was saved is safe.",
    ),
    "fault.crash.log": (
        "Detaljene er skrevet til {path} (bare du kan lese filen).",
        "The details are in {path} (readable by you alone).",
    ),
    "fault.crash.no_log": (
        "Detaljene kunne ikke skrives til en loggfil.",
        "The details could not be written to a log file.",
    ),
    "limits.too_large": (
        "{path} er større enn {limit}, mer enn coach leser fra en slik fil. Ingenting er "
        "lest eller endret.",
        "{path} is larger than {limit}, more than coach reads from such a file. Nothing "
        "was read or changed.",
    ),
    "config.too_large": (
        "filen er større enn {limit}; coach leser ikke så store innstillingsfiler",
        "the file is larger than {limit}; coach does not read settings files that large",
    ),
    "config.too_deep": (
        "innstillingene er nestet for dypt (mer enn {depth} nivåer)",
        "the settings are nested too deeply (more than {depth} levels)",
    ),
    "fault.app.read_only_badge": ("skrivebeskyttet", "read-only"),
    "fault.app.read_only_title": ("Åpnet bare for lesing", "Open for reading only"),
    "fault.app.check_title": (
        "Noe i datamappen må ses på",
        "Something in the data directory needs a look",
    ),
    "fault.app.check_more": ("… og {count} til", "… and {count} more"),
    "fault.app.check_hint": (
        "Kjør «coach --data-dir {dir} check» for alt, og «check --repair» for å rette det som "
        "kan rettes.",
        "Run 'coach --data-dir {dir} check' for all of it, and 'check --repair' to fix what "
        "can be fixed.",
    ),
}
