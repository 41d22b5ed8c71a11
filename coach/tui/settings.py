"""The user's settings (config.yaml) applied to the app: theme, bell, default template.

``run_app`` calls ``apply_settings`` on the app before it runs; screens read
``app_settings(app)`` (the defaults when the app was made without any, as in tests).
"""

from __future__ import annotations

from coach.config import Settings
from coach.tui.shell import ShellApp


def app_settings(app: ShellApp) -> Settings:
    return app.services.settings


def apply_settings(app: ShellApp, settings: Settings) -> None:
    """Keep ``settings`` in the app's services and switch to its theme; an unknown theme is
    named in a warning once the app runs, and the default theme stays."""
    app.services.settings = settings
    if not settings.theme:
        return
    if settings.theme in app.available_themes:
        app.theme = settings.theme
        return
    message = app._("settings.bad_theme", theme=settings.theme,
                    themes=", ".join(sorted(app.available_themes)))
    app.call_later(app.notify, message, severity="warning", markup=False, timeout=15)
