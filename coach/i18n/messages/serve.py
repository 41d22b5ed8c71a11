"""coach in a browser tab: `coach serve`, `coach reflect --serve` and the page they serve."""

MESSAGES = {
    # -- the command line ---------------------------------------------------------------------
    "serve.cli.help": (
        "åpne coach i nettleseren på denne maskinen (bare for deg)",
        "open coach in a browser on this machine (for you only)",
    ),
    "serve.cli.port": (
        "porten å lytte på (standard: en ledig port)",
        "the port to listen on (default: a free one)",
    ),
    "serve.cli.host": (
        "adressen å lytte på: bare 127.0.0.1, ::1 eller localhost er lov",
        "the address to listen on: only 127.0.0.1, ::1 or localhost are allowed",
    ),
    "serve.cli.open": ("åpne adressen i standardnettleseren",
                       "open the address in the default browser"),
    "prep.cli.reflect.serve": (
        "åpne forberedelsen i nettleseren på denne maskinen (bare for deg)",
        "open the preparation in a browser on this machine (for you only)",
    ),
    "serve.not_loopback": (
        "coach serve lytter bare på denne maskinens egen adresse (127.0.0.1, ::1 eller "
        "localhost), ikke på {host}: notatene er personopplysninger, og en adresse andre "
        "maskiner når, ville vist dem til alle som kan nå den og har lenken.",
        "coach serve listens only on this machine's own address (127.0.0.1, ::1 or "
        "localhost), not on {host}: the notes are personal data, and an address other "
        "machines can reach would show them to anyone who reaches it and has the link.",
    ),
    "serve.port_busy": (
        "Kan ikke lytte på {host}:{port}: {reason}. Velg en annen port med --port, eller "
        "la den være, så velges en ledig.",
        "Cannot listen on {host}:{port}: {reason}. Choose another port with --port, or "
        "leave it out to get a free one.",
    ),
    "serve.no_textual_serve": (
        "coach serve trenger pakken textual-serve, som ikke er installert: {reason}",
        "coach serve needs the package textual-serve, which is not installed: {reason}",
    ),
    "serve.url": (
        "Åpne denne adressen i nettleseren (den gjelder bare til coach stopper, og bare "
        "for deg: ikke del den):\n\n    {url}\n",
        "Open this address in your browser (it works only until coach stops, and only "
        "for you: do not share it):\n\n    {url}\n",
    ),
    "serve.opening": ("Åpner nettleseren …", "Opening the browser …"),
    "serve.stop": ("Trykk ctrl+c for å stoppe.", "Press ctrl+c to stop."),
    "serve.stopped": ("coach serve stoppet.", "coach serve stopped."),
    # -- the page -----------------------------------------------------------------------------
    "serve.page.title": ("coach", "coach"),
    "serve.page.reflect_title": ("coach: forberedelse", "coach: preparation"),
    "serve.page.starting": ("Starter coach …", "Starting coach …"),
    "serve.page.ended": (
        "Økten er avsluttet. Det du skrev, er lagret.",
        "The session has ended. What you typed is saved.",
    ),
    "serve.page.restart": ("Start på nytt", "Start again"),
    "serve.forbidden": (
        "403: denne adressen mangler nøkkelen coach skrev ut da den startet.",
        "403: this address lacks the key coach printed when it started.",
    ),
    # -- in the app ---------------------------------------------------------------------------
    "serve.notice.title": ("coach kan ikke åpnes", "coach cannot open"),
    "serve.notice.close": ("Lukk", "Close"),
    "serve.exported": (
        "Skrevet til {path}, og sendt til nettleseren som nedlasting.",
        "Written to {path}, and sent to the browser as a download.",
    ),
}
