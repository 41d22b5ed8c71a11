"""Where coach keeps its data and configuration."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "coach"
ENV_DATA_DIR = "COACH_DATA_DIR"
ENV_CONFIG_DIR = "COACH_CONFIG_DIR"


def data_dir(explicit: str | os.PathLike | None = None,
             environ: Mapping[str, str] | None = None) -> Path:
    """The data directory: ``--data-dir``, else ``$COACH_DATA_DIR``, else platformdirs."""
    env = os.environ if environ is None else environ
    if explicit:
        return Path(explicit).expanduser()
    if env.get(ENV_DATA_DIR):
        return Path(env[ENV_DATA_DIR]).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def reflect_dir(explicit: str | os.PathLike | None = None,
                environ: Mapping[str, str] | None = None) -> Path:
    """The employee's own reflections: a separate directory from a leader's notes."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ if environ is None else environ
    if env.get("COACH_REFLECT_DIR"):
        return Path(env["COACH_REFLECT_DIR"]).expanduser()
    return Path(platformdirs.user_data_dir(f"{APP_NAME}-reflect", appauthor=False))


def config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """User configuration and content overrides: ``$COACH_CONFIG_DIR`` else platformdirs."""
    env = os.environ if environ is None else environ
    if env.get(ENV_CONFIG_DIR):
        return Path(env[ENV_CONFIG_DIR]).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_content_dir(environ: Mapping[str, str] | None = None) -> Path:
    """User templates and questions that extend or override the built-ins."""
    return config_dir(environ) / "content"


def builtin_content_dir() -> Path:
    """The content shipped with coach: inside the wheel, or the checkout's top-level folder."""
    here = Path(__file__).resolve().parent
    packaged = here / "_content"
    if packaged.is_dir():
        return packaged
    return here.parent / "content"
