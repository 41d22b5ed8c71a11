"""Issue 15, item 7: files a person hands coach are refused above 1 MB before they are read,
and YAML nesting is bounded (config in test_cli_messages; templates here)."""

from __future__ import annotations

import pytest

from coach.cli import main
from coach.limits import MAX_BYTES, TooLarge, read_limited


def test_read_limited_refuses_a_large_file_and_a_device_without_a_size(tmp_path):
    small = tmp_path / "small.md"
    small.write_bytes(b"x" * MAX_BYTES)
    assert len(read_limited(small)) == MAX_BYTES
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * (MAX_BYTES + 1))
    with pytest.raises(TooLarge) as exc:
        read_limited(big)
    assert "larger than 1 MB" in exc.value.explain("en")
    assert "større enn 1 MB" in exc.value.explain("nb")
    with pytest.raises(TooLarge):  # st_size is 0: the bytes read decide
        read_limited("/dev/zero")


def test_templates_check_refuses_a_large_template_and_deep_front_matter(tmp_path, capsys):
    big = tmp_path / "big.md"
    big.write_text("---\nid: big\n---\n" + "x" * (MAX_BYTES + 10), encoding="utf-8")
    deep = tmp_path / "deep.md"
    deep.write_text("---\nid: " + "[" * 5000 + "]" * 5000 + "\n---\n# T\n", encoding="utf-8")
    code = main(["--lang", "en", "templates", "check", str(big), str(deep)])
    out, err = capsys.readouterr()
    assert code != 0
    assert "Traceback" not in out + err
    text = out + err
    assert f"{big}: the file is larger than 1 MB" in text
    assert f"{deep}:2: " in text and "nested more than 50 levels" in text


def test_import_prep_of_dev_zero_is_refused_before_reading(tmp_path, capsys):
    data = tmp_path / "data"
    code = main(["--lang", "en", "--data-dir", str(data), "import-prep", "/dev/zero",
                 "--person", "kari"])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    assert err.strip() == ("/dev/zero is larger than 1 MB, more than coach reads from such "
                           "a file. Nothing was read or changed.")


def test_a_review_file_over_the_limit(tmp_path):
    from coach.markdown.review import read_review

    big = tmp_path / "review.md"
    big.write_bytes(b"x" * (MAX_BYTES + 1))
    with pytest.raises(OSError) as exc:  # TooLarge is an OSError for every reader
        read_review(big)
    assert isinstance(exc.value, TooLarge)
