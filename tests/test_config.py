"""The settings file: defaults, every key, and precise errors."""

import pytest

from coach.config import ConfigError, Settings, load


def write(tmp_path, text):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_gives_defaults(tmp_path):
    assert load(tmp_path / "none.yaml") == Settings()
    assert load(write(tmp_path, "")) == Settings()


def test_every_key(tmp_path):
    s = load(write(tmp_path, "language: nb\ntheme: nord\ndefault_template: check-in\n"
                             "bell: true\nretention_months: 36\nbackups_keep: 30\n"))
    assert s == Settings("nb", "nord", "check-in", True, 36, 30)


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ("bell: true\nbel: false\n", 2, "config.unknown_key"),
        ("language: de\n", 1, "config.bad_value"),
        ("bell: yes please\n", 1, "config.bad_value"),
        ("retention_months: -1\n", 1, "config.bad_value"),
        ("backups_keep: 0\n", 1, "config.bad_value"),
        ("bell: [\n", 2, "config.bad_yaml"),
        ("- a\n- b\n", 1, "config.not_mapping"),
    ],
)
def test_errors_name_file_and_line(tmp_path, text, line, key):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as exc:
        load(path)
    assert exc.value.key == key
    assert exc.value.line == line
    assert exc.value.explain("nb").startswith(f"{path}:{line}: ")


def test_cli_reads_language_from_config_and_reports_a_broken_file(tmp_path, monkeypatch, capsys):
    from coach.cli import main

    config = tmp_path / "cfg"
    config.mkdir()
    monkeypatch.setenv("COACH_CONFIG_DIR", str(config))
    (config / "config.yaml").write_text("language: nb\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "kommandoer" in capsys.readouterr().out
    (config / "config.yaml").write_text("language: nb\nbell: maybe\n", encoding="utf-8")
    assert main(["templates", "list"]) == 1
    err = capsys.readouterr().err
    assert "config.yaml:2:" in err and "bell" in err
