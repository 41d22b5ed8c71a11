"""The Textual terminal app: app shell, screens, dialogs and widgets."""
