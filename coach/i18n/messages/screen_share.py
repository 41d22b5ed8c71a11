"""Screen-share mode: the key, the indicator, the placeholders of hidden entries, the
reveal dialog and the blind editor."""

MESSAGES = {
    # keys and palette ---------------------------------------------------------------------
    "share.key.toggle": ("Skjermdeling", "Screen share"),
    "share.key.toggle.tip": ("Skjul alt privat på alle skjermer (av/på)",
                             "Hide every private text on every screen (on/off)"),
    "share.key.reveal": ("Vis ett privat", "Reveal one private"),
    "share.palette.toggle.help": (
        "Skjul private notater, tiltak og merknader på alle skjermer, eller vis dem igjen",
        "Hide private notes, action items and remarks on every screen, or show them again",
    ),
    "share.palette.reveal.help": (
        "Vis ett skjult privat innslag på denne skjermen, bare mens det er valgt",
        "Show one hidden private entry on this screen, only while it is selected",
    ),
    # the indicator and its notices --------------------------------------------------------
    "share.badge": ("Skjermdeling", "Screen share"),
    "share.on": (
        "Skjermdeling er på: alt privat er skjult. ctrl+y viser ett, ctrl+j slår av.",
        "Screen share is on: everything private is hidden. ctrl+y reveals one, "
        "ctrl+j turns it off.",
    ),
    "share.off": ("Skjermdeling er av: private notater vises igjen.",
                  "Screen share is off: private notes are shown again."),
    # placeholders (one per kind of entry) -------------------------------------------------
    "share.hidden.note": ("privat notat – skjult", "private note – hidden"),
    "share.hidden.agreement": ("privat avtale – skjult", "private agreement – hidden"),
    "share.hidden.action-item": ("privat tiltak – skjult", "private action item – hidden"),
    "share.hidden.support-need": ("privat støttebehov – skjult",
                                  "private support need – hidden"),
    "share.hidden.mastery-moment": ("privat mestringsopplevelse – skjult",
                                    "private mastery moment – hidden"),
    "share.hidden.learning": ("privat læring – skjult", "private learning – hidden"),
    "share.hidden.progress": ("privat framdrift – skjult", "private progress – hidden"),
    "share.hidden.answer": ("privat svar – skjult", "private answer – hidden"),
    "share.hidden.hit": ("privat treff – skjult", "private hit – hidden"),
    "share.hidden.count.one": ("{count} privat skjult", "{count} private entry hidden"),
    "share.hidden.count": ("{count} private skjult", "{count} private entries hidden"),
    "share.hidden.summary": (
        "Skjermdeling: bare den delte oppsummeringen vises",
        "Screen share: only the shared summary is shown",
    ),
    # the reveal dialog --------------------------------------------------------------------
    "share.reveal.title": ("Vis ett privat innslag", "Reveal one private entry"),
    "share.reveal.hint": (
        "Bare det valgte vises, og bare mens det er valgt. Esc lukker og skjuler det igjen.",
        "Only the selected one is shown, and only while it is selected. "
        "Esc closes and hides it again.",
    ),
    "share.reveal.none": ("Ingenting privat er skjult på denne skjermen.",
                          "Nothing private is hidden on this screen."),
    "share.reveal.off": ("Skjermdeling er av: ingenting er skjult.",
                         "Screen share is off: nothing is hidden."),
    # the blind editor ---------------------------------------------------------------------
    "share.blind.started": (
        "Skriv det private notatet: teksten vises ikke. ctrl+r lagrer det.",
        "Type the private note: the text is not shown. ctrl+r saves it.",
    ),
    "share.blind.no_dialog": (
        "Skjermdeling er på: et privat tiltak rettes etter at den er slått av.",
        "Screen share is on: correct a private action item once it is off.",
    ),
}
