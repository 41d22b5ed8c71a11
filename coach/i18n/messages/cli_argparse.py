"""argparse's own words (usage:, options:, its error messages), in both languages. The
English is argparse's own text (its gettext msgid), so English output is unchanged."""

MESSAGES: dict[str, tuple[str, str]] = {
    "argparse.usage: ": ("bruk: ", "usage: "),
    "argparse.options": ("valg", "options"),
    "argparse.positional arguments": ("argumenter", "positional arguments"),
    "argparse.show this help message and exit": (
        "vis denne hjelpen og avslutt", "show this help message and exit"),
    "argparse.show program's version number and exit": (
        "vis versjonsnummeret og avslutt", "show program's version number and exit"),
    "argparse.%(prog)s: error: %(message)s\n": (
        "%(prog)s: feil: %(message)s\n", "%(prog)s: error: %(message)s\n"),
    "argparse.argument %(argument_name)s: %(message)s": (
        "argumentet %(argument_name)s: %(message)s",
        "argument %(argument_name)s: %(message)s"),
    "argparse.unrecognized arguments: %s": (
        "ukjente argumenter: %s", "unrecognized arguments: %s"),
    "argparse.the following arguments are required: %s": (
        "disse argumentene mangler: %s", "the following arguments are required: %s"),
    "argparse.one of the arguments %s is required": (
        "ett av argumentene %s må være med", "one of the arguments %s is required"),
    "argparse.expected one argument": ("ventet ett argument", "expected one argument"),
    "argparse.expected at most one argument": (
        "ventet høyst ett argument", "expected at most one argument"),
    "argparse.expected at least one argument": (
        "ventet minst ett argument", "expected at least one argument"),
    "argparse.invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldig valg: %(value)r (velg blant %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)"),
    "argparse.invalid %(type)s value: %(value)r": (
        "ugyldig %(type)s-verdi: %(value)r", "invalid %(type)s value: %(value)r"),
    "argparse.ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig valg: %(option)s kan bety %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s"),
    "argparse.not allowed with argument %s": (
        "kan ikke brukes sammen med %s", "not allowed with argument %s"),
    "argparse.ignored explicit argument %r": (
        "overså argumentet %r", "ignored explicit argument %r"),
    "argparse.can't open '%(filename)s': %(error)s": (
        "kan ikke åpne «%(filename)s»: %(error)s", "can't open '%(filename)s': %(error)s"),
}
