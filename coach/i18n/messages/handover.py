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
