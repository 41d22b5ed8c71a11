"""The nouns and rules of coach: plain Python, no Textual, no TinyDB, no I/O."""
