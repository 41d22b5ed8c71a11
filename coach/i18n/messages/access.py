"""Access and forgetting, complete: what forgetting counts, the person's name in other
people's notes, and the imported preparations and reviews in a data access export."""

MESSAGES = {
    # What forgetting removes, per kind
    "privacy.forget.count.conversations": ("samtaler", "conversations"),
    "privacy.forget.count.entries": (
        "notater, avtaler og andre oppføringer i samtalene",
        "notes, agreements and other entries in the conversations",
    ),
    "privacy.forget.count.private": ("(av dem {count} private)", "({count} of them private)"),
    "privacy.forget.count.actions": ("tiltak", "action items"),
    "privacy.forget.count.goals": ("mål", "goals"),
    "privacy.forget.count.progress": ("framdriftsoppføringer på mål", "goal progress entries"),
    "privacy.forget.count.competence": ("kompetanseområder", "competence areas"),
    "privacy.forget.count.preparations": ("importerte forberedelser", "imported preparations"),
    "privacy.forget.count.reviews": (
        "medarbeiderens gjennomganger av oppsummeringer",
        "the employee's reviews of summaries",
    ),
    "privacy.forget.count.other": ("oppføringer i tabellen {table}", "records in table {table}"),
    "privacy.forget.count.none": ("ingen oppføringer utenom personen selv.",
                                  "no records besides the person's own."),
    # The name in other people's notes
    "privacy.mentions.head": (
        "Navnet {name} står fortsatt {places} i notater om andre (private er med, og "
        "merket):",
        "The name {name} still stands in {places} in notes about others (private ones "
        "included, and marked):",
    ),
    "privacy.mentions.none": (
        "Navnet {name} står ikke i notater om andre.",
        "The name {name} does not stand in notes about others.",
    ),
    "privacy.mentions.row": ("{where}: «{line}»", "{where}: \"{line}\""),
    "privacy.mentions.place": ("sted", "place"),
    "privacy.mentions.places": ("steder", "places"),
    "privacy.mentions.objectives": ("enhetens mål", "the unit's objectives"),
    "privacy.mentions.marker": ("[navn fjernet]", "[name removed]"),
    "privacy.mentions.ask": (
        "Erstatte navnet med «{marker}» her? [j/N/a=alle]",
        "Replace the name with \"{marker}\" here? [y/N/a=all]",
    ),
    "privacy.mentions.chosen": (
        "Navnet erstattes {places} når personen slettes.",
        "The name is replaced in {places} when the person is removed.",
    ),
    "privacy.mentions.kept": (
        "Uten --redact-mentions står navnet der fortsatt; rediger notatene selv, eller kjør "
        "på nytt med --redact-mentions.",
        "Without --redact-mentions the name stays there; edit those notes yourself, or run "
        "again with --redact-mentions.",
    ),
    "privacy.mentions.done": (
        "Navnet er erstattet med «{marker}» {places}.",
        "The name is replaced by \"{marker}\" in {places}.",
    ),
    "privacy.forget.redact_opt": (
        "erstatt personens navn med en nøytral markør overalt det står i notater om andre "
        "(ellers spør coach for hvert sted i en terminal)",
        "replace the person's name with a neutral marker wherever it stands in notes about "
        "others (otherwise coach asks for each place at a terminal)",
    ),
    "privacy.forget.keep_opt": (
        "la navnet stå i notater om andre, uten å spørre (stedene listes fortsatt)",
        "leave the name in notes about others without asking (the places are still listed)",
    ),
    "privacy.tui.mentions": (
        "Navnet {name} står fortsatt {places} i notater om andre.",
        "The name {name} still stands in {places} in notes about others.",
    ),
    "privacy.tui.redact_count": (
        "Bytt ut navnet i andres notater ({places})",
        "Replace the name in others' notes ({places})",
    ),
    "privacy.tui.redact_none": (
        "Navnet står ikke i notater om andre",
        "The name is not in notes about others",
    ),
    "privacy.tui.redact": (
        "Bytt ut navnet i notater om andre",
        "Replace the name in notes about others",
    ),
    # The data access export: imported preparations and the employee's reviews
    "history.preparations": ("Importerte forberedelser", "Imported preparations"),
    "history.preparations.none": ("Ingen importerte forberedelser.", "No imported preparations."),
    "history.prep.title": ("Forberedelse: {title} {date}", "Preparation: {title} {date}"),
    "history.prep.meta": ("Importert {date} fra {source}.", "Imported {date} from {source}."),
    "history.prep.meta_nosource": ("Importert {date}.", "Imported {date}."),
    "history.prep.private_left_out": (
        "{count} private svar er utelatt (bare med --include-private).",
        "{count} private answers left out (only with --include-private).",
    ),
    "history.reviews": ("Medarbeiderens gjennomganger", "The employee's reviews"),
    "history.reviews.none": ("Ingen gjennomganger.", "No reviews."),
    "history.review.title": ("Gjennomgang av {what}", "Review of {what}"),
    "history.review.meta": ("Importert {date} fra {source}.", "Imported {date} from {source}."),
    "history.review.unknown": ("en samtale som ikke lenger er lagret",
                               "a conversation no longer stored"),
    # The goals screen's progress dialog
    "goals.tui.private": (
        "Privat (kommer aldri med i det som deles)",
        "Private (never in anything shared)",
    ),
    "goals.tui.private_key": ("Privat", "Private"),
}
