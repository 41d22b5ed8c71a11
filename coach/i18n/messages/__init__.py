"""Message catalogues, one module per part of the app."""
