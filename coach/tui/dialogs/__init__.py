"""Small modal screens, one per module."""
