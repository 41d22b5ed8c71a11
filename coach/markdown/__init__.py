"""Markdown out and in: escaping user text, exporting conversations. No Textual here."""
