"""The demo team's default size: here, so that ``coach --help`` need not load the generator."""

DEFAULT_PEOPLE = 6
DEFAULT_YEARS = 1
