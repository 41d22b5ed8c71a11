"""Words of `coach start` and `coach export`."""

MESSAGES = {
    "cli.arg.person": (
        "navn på personen (uten hensyn til store/små bokstaver; starten av navnet holder)",
        "the person's name (case-insensitive; a unique start of the name will do)",
    ),
    "cli.person.ambiguous": (
        "«{query}» passer på flere personer. Skriv mer av navnet:",
        "“{query}” matches more than one person. Type more of the name:",
    ),
    "cli.person.unknown": (
        "Fant ingen som heter «{query}». Se hvem du har med `coach`.",
        "No one called “{query}”. See who you have with `coach`.",
    ),
    "cli.start.help": (
        "start en samtale med en person (åpner forberedelsen)",
        "start a conversation with a person (opens the preparation view)",
    ),
    "cli.start.template": (
        "samtalemal (standard: månedlig oppfølging); se `coach templates list`",
        "conversation template (default: monthly follow-up); see `coach templates list`",
    ),
    "cli.start.no_template": (
        "Fant ingen mal «{template}». Se `coach templates list`.",
        "No template “{template}”. See `coach templates list`.",
    ),
    "cli.start.offer_add": (
        "Fant ingen som heter «{name}». Legge til {name} som ny person? [j/N]",
        "No one called “{name}”. Add {name} as a new person? [y/N]",
    ),
    "cli.start.unknown_hint": (
        "Fant ingen som heter «{query}». Legg til personen i `coach` (tast a), eller kjør "
        "kommandoen i en terminal og svar ja.",
        "No one called “{query}”. Add the person in `coach` (press a), or run the command "
        "in a terminal and answer yes.",
    ),
    "cli.start.added": ("La til {name}.", "Added {name}."),
    "cli.export.help": (
        "skriv ut en samtale som Markdown (den siste hvis ingen er valgt)",
        "print a conversation as Markdown (the latest when none is named)",
    ),
    "cli.export.conversation": (
        "samtalens id (eller starten av den)",
        "the conversation's id (or its start)",
    ),
    "cli.export.include_private": (
        "ta med private notater (filen sier det øverst)",
        "include private notes (the file says so at the top)",
    ),
    "cli.export.output": (
        "skriv til FIL (0600) i stedet for til skjermen",
        "write to FILE (0600) instead of the screen",
    ),
    "cli.export.no_conversation": (
        "{name} har ingen samtale med id «{id}».",
        "{name} has no conversation with id “{id}”.",
    ),
    "cli.export.unfinished": (
        "Merk: samtalen er ikke fullført ({status}); eksporterer det som er skrevet så langt.",
        "Note: the conversation is not finished ({status}); exporting what is written so far.",
    ),
    "cli.person.blank": ("Skriv navnet på en person.", "Give a person's name."),
    "cli.export.none": ("{name} har ingen samtaler ennå.", "{name} has no conversations yet."),
    "cli.export.written": ("Skrev {path}", "Wrote {path}"),
}
