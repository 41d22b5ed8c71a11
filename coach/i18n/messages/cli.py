"""The command line's own words."""

MESSAGES = {
    "cli.description": (
        "coach: en samtalepartner i terminalen for medarbeidersamtalen.\n"
        "Uten kommando åpnes oversikten over medarbeiderne dine.",
        "coach: a terminal coaching assistant for the medarbeidersamtale\n"
        "(employee development conversation). With no command it opens your team.",
    ),
    "cli.opt.data_dir": (
        "datamappe (ellers $COACH_DATA_DIR eller standardmappen)",
        "data directory (else $COACH_DATA_DIR or the default)",
    ),
    "cli.opt.lang": ("språk: nb (bokmål) eller en (engelsk)", "language: nb (bokmål) or en"),
    "cli.opt.version": ("vis versjonsnummeret og avslutt", "show the version number and exit"),
    "cli.commands": ("kommandoer", "commands"),
}
