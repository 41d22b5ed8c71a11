"""Unsaved work: the mark on screen, the question on quitting, the file written elsewhere."""

MESSAGES = {
    "rescue.unsaved_mark": ("⚠ ikke lagret", "⚠ not saved"),
    "rescue.private_mark": ("(privat)", "(private)"),
    "rescue.head": (
        "Notater med {person}, skrevet {when} fordi coach ikke fikk lagret dem i datamappen. "
        "Legg dem inn igjen når coach kan lagre.",
        "Notes with {person}, written {when} because coach could not save them in its data "
        "directory. Add them again once coach can save.",
    ),
    "rescue.draft": ("Teksten som sto i notatfeltet", "The text in the note editor"),
    "rescue.entries_unsaved.one": (
        "{count} notat er ikke lagret ennå; coach prøver igjen.",
        "{count} note not saved yet; coach keeps trying.",
    ),
    "rescue.entries_unsaved": (
        "{count} notater er ikke lagret ennå; coach prøver igjen.",
        "{count} notes not saved yet; coach keeps trying.",
    ),
    "rescue.saved_again": ("Alt er lagret igjen.", "Everything is saved again."),
    "rescue.quit.title": ("Noe er ikke lagret", "Some of your work is not saved"),
    "rescue.quit.question": (
        "{reason}\n\nHvis du avslutter nå, mister du det som ikke er lagret.",
        "{reason}\n\nIf you quit now, what is not saved is lost.",
    ),
    "rescue.quit.retry": ("Prøv igjen", "Try again"),
    "rescue.quit.write": ("Skriv til en fil …", "Write to a file…"),
    "rescue.quit.discard": ("Avslutt uten å lagre", "Quit without saving"),
    "rescue.quit.stay": ("Bli", "Stay"),
    "rescue.quit.file_title": (
        "Skriv notatene til en fil et annet sted (en annen disk om denne er full)",
        "Write the notes to a file elsewhere (another disk if this one is full)",
    ),
    "rescue.quit.written": (
        "Notatene som ikke ble lagret, er skrevet til {path}.",
        "The notes that were not saved are in {path}.",
    ),
    "rescue.quit.write_failed": (
        "Kunne ikke skrive {path}: {error}",
        "Could not write {path}: {error}",
    ),
    "rescue.quit.discarded": (
        "coach ble avsluttet uten å lagre alt: {reason}",
        "coach quit without saving everything: {reason}",
    ),
}
