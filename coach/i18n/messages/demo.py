"""The words of `coach demo`."""

MESSAGES = {
    "demo.help": (
        "fyll datamappen med et eksempelteam, så du kan prøve coach",
        "fill the data directory with a sample team, to try coach out",
    ),
    "demo.opt.people": ("antall personer (standard: {default})",
                        "number of people (default: {default})"),
    "demo.opt.years": ("antall år med historikk (standard: {default})",
                       "years of history (default: {default})"),
    "demo.opt.force": (
        "erstatt dataene som allerede ligger i datamappen",
        "replace the data already in the data directory",
    ),
    "demo.opt.seed": (
        "startverdi for tilfeldighetene, for å få de samme dataene igjen",
        "random seed, to get the same data again",
    ),
    "demo.err.positive": ("må være et positivt heltall: {value}",
                          "must be a positive whole number: {value}"),
    "demo.err.too_large": ("høyst {limit}: {value}", "at most {limit}: {value}"),
    "demo.not_empty": (
        "{dir} inneholder allerede data, og coach demo lar dem være i fred.\n"
        "Vil du erstatte dem med eksempeldata, kjør kommandoen på nytt med --force,\n"
        "eller velg en annen mappe med --data-dir.",
        "{dir} already holds data, and coach demo leaves it alone.\n"
        "To replace it with sample data, run the command again with --force,\n"
        "or choose another directory with --data-dir.",
    ),
    "demo.replaced": (
        "Fjernet de tidligere dataene i {dir} ({people}).",
        "Removed the previous data in {dir} ({people}).",
    ),
    "demo.backup": (
        "De tidligere dataene ligger i sikkerhetskopien {backup} (coach restore {backup}).",
        "The previous data is kept in the backup {backup} (coach restore {backup}).",
    ),
    "demo.done": (
        "Eksempelteamet er klart: {people}, {conversations}, {entries} ({seconds}).",
        "The sample team is ready: {people}, {conversations}, {entries} ({seconds}).",
    ),
    # Counted words (a KEY.one for one of them, by the language's plural rule).
    "demo.count.people": ("{count} personer", "{count} people"),
    "demo.count.people.one": ("{count} person", "{count} person"),
    "demo.count.conversations": ("{count} samtaler", "{count} conversations"),
    "demo.count.conversations.one": ("{count} samtale", "{count} conversation"),
    "demo.count.entries": ("{count} notater", "{count} entries"),
    "demo.count.entries.one": ("{count} notat", "{count} entry"),
    "demo.start": ("Start med: {command}", "Start with: {command}"),
}
