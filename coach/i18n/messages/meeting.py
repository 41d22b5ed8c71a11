"""The live meeting as a leader holds it: anchor and key questions, due dates as people write
them, following up action items, quitting mid-meeting."""

MESSAGES: dict[str, tuple[str, str]] = {
    "content.err.anchors_differ": (
        "malen «{id}» har andre ankerspørsmål enn {other}",
        "the template '{id}' has different anchor questions from {other}",
    ),
    "live.anchor.prepares": (
        "Medarbeideren forbereder: {text}", "The employee prepares: {text}",
    ),
    "live.confirm.key_question": (
        "Du har ikke spurt: «{question}»", "You have not asked: “{question}”",
    ),
    "live.action.bad_date": (
        "«{found}» er ingen dato (ctrl+e retter)", "“{found}” is not a date (ctrl+e corrects)",
    ),
    "live.key.correct": ("Rett tiltaket", "Correct action item"),
    "live.correct.title": ("Rett tiltaket", "Correct the action item"),
    "live.correct.none": (
        "Ingen tiltak i denne delen ennå.", "No action item in this section yet.",
    ),
    "live.follow_up.carry.title": ("Ta med videre", "Carry forward"),
    "live.follow_up.carry.field": (
        "Ny frist (enter lagrer; tomt: ingen frist)", "New due date (enter saves; empty: none)",
    ),
    "live.follow_up.drop.title": ("Legg bort", "Drop"),
    "live.follow_up.drop.field": (
        "Hvorfor (valgfritt; enter lagrer)", "Why (optional; enter saves)",
    ),
    "live.key.drop": ("Legg bort", "Drop"),
    "live.key.back_to_note": ("Til notatet", "Back to the note"),
    "live.earlier.dropped": ("lagt bort", "dropped"),
    "live.agenda.next": ("neste", "next"),
    "export.file.person": ("samtale", "conversation"),
    "export.file.full": ("-alle-notater", "-full"),
    "export.file.kind.goal-setting": ("malsamtale", "goal-setting"),
    "export.file.kind.follow-up": ("manedlig-oppfolging", "follow-up"),
    "export.file.kind.evaluation": ("evaluering", "evaluation"),
    "export.file.kind.annual": ("medarbeidersamtale", "annual"),
    "export.file.kind.check-in": ("innsjekk", "check-in"),
    "live.confirm.quit": (
        "Samtalen med {name} pågår. Avslutte coach nå? Alt er lagret, også det du skriver, "
        "og du kan fortsette samtalen senere.",
        "The conversation with {name} is in progress. Quit coach now? Everything is saved, "
        "what you are typing too, and you can pick the conversation up later.",
    ),
    "live.prepare.support": ("Støttebehov sist", "Support needs last time"),
    "live.prepare.support.none": (
        "Ingen støttebehov ble skrevet ned sist.", "No support needs were written down last time.",
    ),
    "live.prepare.mastery": ("Mestringsopplevelser sist", "Mastery moments last time"),
    "live.prepare.mastery.none": (
        "Ingen mestringsopplevelser ble skrevet ned sist.",
        "No mastery moments were written down last time.",
    ),
}
