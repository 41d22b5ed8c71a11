"""The user's settings: a small YAML file in the config directory, every key optional.

```yaml
# ~/.config/coach/config.yaml
language: nb             # nb or en; else the locale decides
theme: textual-dark      # any Textual theme name (ctrl+p -> theme to browse them)
default_template: follow-up   # what `coach start` and the template picker offer first
bell: false              # ring the terminal bell when a section's time box runs out
retention_months: 36     # conversations older than this are listed for review (0: off)
backups_keep: 14         # how many daily backups to keep
screen_share: false      # start in screen-share mode: private text hidden on every screen
```

A broken file never stops coach from starting silently wrong: ``load`` raises ConfigError with
the file, the line and what was expected, and the CLI prints it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from coach.errors import Explained
from coach.i18n import LANGS, t
from coach.limits import TooLarge, load_yaml, read_text_limited, too_deep_error
from coach.paths import config_dir

FILE_NAME = "config.yaml"


class ConfigError(Explained):
    def __init__(self, path: Path, line: int | None, message: str, **fields: object) -> None:
        super().__init__(message)
        self.path, self.line, self.key, self.fields = path, line, message, fields

    def explain(self, lang: str = "en") -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {t(self.key, lang, **self.fields)}"


@dataclass(frozen=True)
class Settings:
    language: str | None = None
    theme: str | None = None
    default_template: str = "follow-up"
    bell: bool = False
    retention_months: int = 0
    backups_keep: int = 14
    screen_share: bool = False


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    return config_dir(environ) / FILE_NAME


def _line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.split("#", 1)[0].strip().startswith(f"{key}:"):
            return number
    return None


def _check(path: Path, text: str, data: dict[str, Any]) -> Settings:
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        line = _line_of(text, str(key))
        if key not in known:
            raise ConfigError(path, line, "config.unknown_key", key=key,
                              expected=", ".join(sorted(known)))
        if key == "language" and value not in (*LANGS, None):
            raise ConfigError(path, line, "config.bad_value", key=key, expected="nb, en")
        if key in ("theme", "default_template") and not isinstance(value, str | None):
            raise ConfigError(path, line, "config.bad_value", key=key, expected="text")
        if key in ("bell", "screen_share") and not isinstance(value, bool):
            raise ConfigError(path, line, "config.bad_value", key=key, expected="true, false")
        if key in ("retention_months", "backups_keep") and (
            isinstance(value, bool) or not isinstance(value, int) or value < 0
        ):
            raise ConfigError(path, line, "config.bad_value", key=key, expected="0, 1, 2, …")
        values[key] = value
    if values.get("backups_keep") == 0:
        raise ConfigError(path, _line_of(text, "backups_keep"), "config.bad_value",
                          key="backups_keep", expected="1, 2, 3, …")
    return Settings(**values)


def load(path: Path | None = None) -> Settings:
    """The settings in ``path`` (default: the config directory's file); defaults if absent."""
    path = config_path() if path is None else path
    try:
        text = read_text_limited(path)
    except FileNotFoundError:
        return Settings()
    except TooLarge as exc:
        raise ConfigError(path, None, "config.too_large",
                          limit=f"{exc.limit // (1024 * 1024)} MB") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, None, "config.unreadable", reason=str(exc)) from exc
    import yaml  # lazy: start-up (only when there is a file to read: yaml is slow to import)

    try:
        data = load_yaml(text, dates=False)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        if isinstance(exc, too_deep_error()):
            raise ConfigError(path, line, "config.too_deep",
                              depth=exc.depth) from None  # type: ignore[attr-defined]
        raise ConfigError(path, line, "config.bad_yaml") from None
    if data is None:
        return Settings()
    if not isinstance(data, dict):
        raise ConfigError(path, 1, "config.not_mapping")
    return _check(path, text, data)


def as_dict(settings: Settings) -> dict[str, Any]:
    return asdict(settings)
