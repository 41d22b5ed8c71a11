"""Messages about the settings file."""

MESSAGES = {
    "config.unknown_key": (
        "ukjent innstilling «{key}»; kjente innstillinger er {expected}",
        "unknown setting “{key}”; known settings are {expected}",
    ),
    "config.bad_value": (
        "ugyldig verdi for «{key}»; forventet {expected}",
        "bad value for “{key}”; expected {expected}",
    ),
    "config.bad_yaml": (
        "filen er ikke gyldig YAML (se linjen)",
        "the file is not valid YAML (see the line)",
    ),
    "config.not_mapping": (
        "forventet innstillinger som «nøkkel: verdi», én per linje",
        "expected settings as “key: value”, one per line",
    ),
    "config.unreadable": ("kan ikke lese filen: {reason}", "cannot read the file: {reason}"),
}
