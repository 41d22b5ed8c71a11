"""coach: a terminal coaching assistant for the medarbeidersamtale."""

__version__ = "0.1.0"
