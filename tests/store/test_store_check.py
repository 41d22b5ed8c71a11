"""`coach check`: each kind of problem is found and named, a damaged backup never crashes it,
and `--repair` fixes what the files and the newest good backup allow."""

from __future__ import annotations

import json
import os
import random
import zipfile

import pytest

from coach.cli import main
from coach.store import BackupRefused, Store
from coach.store.backups import list_backups, make_backup, newest_good_backup
from coach.store.check import check
from coach.store.files import temp_path
from coach.store.layout import conversation_path, index_path, person_path
from coach.store.repair import repair


def _world(data_dir, make_world):
    with Store.open(data_dir, backup=False) as store:
        return make_world(store)


def _kinds(report):
    return sorted({f.kind for f in report.findings})


def test_a_fresh_store_is_clean_both_quick_and_full(data_dir, make_world):
    _world(data_dir, make_world)
    make_backup(data_dir)
    full = check(data_dir)
    assert full.clean, [f.explain("en") for f in full.findings]
    assert full.files_read == 3 and full.backups_checked == 1
    assert full.newest_good_backup is not None
    assert check(data_dir, quick=True).clean
    with Store.open(data_dir, backup=False) as store:
        assert store.quick_check().clean


def test_each_problem_is_found_and_named_in_both_languages(data_dir, make_world):
    world = _world(data_dir, make_world)
    conv = conversation_path(data_dir, world["conversation"].id)
    (data_dir / "conversations" / ".x.json.1.abcd.tmp").write_bytes(b"{")
    os.chmod(person_path(data_dir, world["person"].id), 0o644)
    index = json.loads(index_path(data_dir).read_text())
    row = next(iter(index["conversations"].values()))
    row["title"] = "endret"
    index["conversations"]["99"] = dict(row, id="11111111-1111-4111-8111-111111111111")
    index_path(data_dir).write_text(json.dumps(index, ensure_ascii=False))
    report = check(data_dir)
    assert _kinds(report) == ["missing_file", "mode", "row_mismatch", "stray_temp"]
    for finding in report.findings:
        assert finding.explain("nb") != finding.explain("en")
    conv.write_bytes(b'{"conversation": {"1": ')
    assert "damaged" in _kinds(check(data_dir))
    # the quick part sees the temp file, a folder's mode and the missing file, reading no
    # file but the index
    os.chmod(data_dir / "conversations", 0o755)
    assert {"stray_temp", "mode", "missing_file"} <= set(_kinds(check(data_dir, quick=True)))


def _flip_one_byte(path, rng):
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.infolist()[0]
    # inside the first member's compressed data (after its local header: 30 bytes, the
    # name and the local extra field, whose lengths the header holds)
    name_len = int.from_bytes(raw[info.header_offset + 26:info.header_offset + 28], "little")
    extra_len = int.from_bytes(raw[info.header_offset + 28:info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    # (not its last bytes: the deflate stream's padding bits there change nothing)
    pos = rng.randrange(start, start + max(info.compress_size - 2, 1))
    raw[pos] ^= 0xFF
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("seed", range(20))
def test_a_flipped_byte_in_the_newest_backup_is_reported_never_a_crash(
        data_dir, make_world, seed):
    _world(data_dir, make_world)
    older = make_backup(data_dir, day=__import__("datetime").date(2026, 1, 1))
    newest = make_backup(data_dir)
    os.utime(older.path, (1, 1))
    _flip_one_byte(newest.path, random.Random(seed))
    report = check(data_dir)
    assert [f.kind for f in report.findings] == ["backup_damaged"]
    assert report.newest_good_backup == older.name
    assert newest_good_backup(data_dir) == older.name
    # the damaged-file message names the good one
    index_path(data_dir).write_bytes(b"{oops")
    from coach.store import StoreCorrupt

    with pytest.raises(StoreCorrupt) as err:
        Store.open(data_dir, backup=False)
    assert err.value.backup == older.name and older.name in err.value.explain("en")


def test_backup_refuses_a_store_that_fails_the_check(data_dir, make_world):
    world = _world(data_dir, make_world)
    good = make_backup(data_dir)
    before = good.path.read_bytes()
    conversation_path(data_dir, world["conversation"].id).unlink()
    with pytest.raises(BackupRefused) as err:
        make_backup(data_dir)
    assert "coach check" in err.value.explain("en")
    assert good.path.read_bytes() == before


def test_repair_fixes_rows_modes_temps_and_damage_from_the_newest_good_backup(
        data_dir, make_world):
    world = _world(data_dir, make_world)
    make_backup(data_dir)
    conv = conversation_path(data_dir, world["conversation"].id)
    good_conv = conv.read_bytes()
    conv.write_bytes(b"garbage")
    (data_dir / ".coach.json.1.ab.tmp").write_bytes(b"x")
    os.chmod(person_path(data_dir, world["person"].id), 0o644)
    result = repair(data_dir)
    assert result.after.clean, [f.explain("en") for f in result.after.findings]
    assert conv.read_bytes() == good_conv
    kept = [p for p in (data_dir / "backups").iterdir() if p.name.startswith("damaged-")]
    assert [p.read_bytes() for p in kept] == [b"garbage"]
    keys = {f.key for f in result.fixed}
    assert {"check.r.from_backup", "check.r.removed", "check.r.chmod"} <= keys
    with Store.open(data_dir, backup=False) as store:
        assert store.entries(world["conversation"].id) == world["entries"]


def test_repair_adopts_an_orphan_conversation_and_lists_what_it_cannot_fix(
        data_dir, make_world):
    world = _world(data_dir, make_world)
    index = json.loads(index_path(data_dir).read_text())
    index["conversations"] = {}
    index_path(data_dir).write_text(json.dumps(index, ensure_ascii=False))
    stray_person = person_path(data_dir, "22222222-2222-4222-8222-222222222222")
    stray_person.write_text('{"actions": {}, "goals": {}, "competence": {}, '
                            '"preparations": {}}')
    stray_person.chmod(0o600)
    assert {"orphan_file"} == set(_kinds(check(data_dir)))
    result = repair(data_dir)
    assert [f.kind for f in result.after.findings] == ["orphan_file"]
    assert result.after.findings[0].path == stray_person
    with Store.open(data_dir, backup=False) as store:
        assert [s.id for s in store.conversation_summaries()] == [world["conversation"].id]


def test_the_check_command_exits_1_with_problems_and_0_when_clean(
        data_dir, make_world, capsys):
    world = _world(data_dir, make_world)
    assert main(["--data-dir", str(data_dir), "--lang", "en", "check"]) == 0
    assert "All is well" in capsys.readouterr().out
    conversation_path(data_dir, world["conversation"].id).write_bytes(b"{")
    assert main(["--data-dir", str(data_dir), "--lang", "nb", "check"]) == 1
    out = capsys.readouterr().out
    assert "er skadet" in out and "coach check --repair" in out
    assert main(["--data-dir", str(data_dir), "--lang", "en", "check", "--repair"]) == 1
    out = capsys.readouterr().out
    assert "Could not be fixed" in out


def test_backups_are_listed_newest_first_and_damaged_ones_named(data_dir, make_world):
    _world(data_dir, make_world)
    info = make_backup(data_dir)
    info.path.write_bytes(info.path.read_bytes()[:40])
    report = check(data_dir)
    assert [f.kind for f in report.findings] == ["backup_damaged"]
    assert report.newest_good_backup is None
    assert len(list_backups(data_dir)) == 1


def test_check_of_a_missing_folder_says_so(tmp_path, capsys):
    missing = tmp_path / "nope"
    for extra in ([], ["--repair"]):
        assert main(["--data-dir", str(missing), "--lang", "en", "check", *extra]) == 1
        assert "does not exist" in capsys.readouterr().err
    assert not missing.exists()
    assert repair(missing).after.clean


def test_a_save_this_process_is_making_is_not_a_leftover(data_dir, make_world):
    # Found in CI: the app checks its folder after the first paint while its search worker
    # makes the index through a temp file; the check named that file "left by an
    # interrupted save". Another process's temp file (pid 1 here) still is one.
    _world(data_dir, make_world)
    ours = temp_path(data_dir / "search-index.sqlite3")
    ours.write_bytes(b"")
    theirs = data_dir / ".coach.json.1.abcd1234.tmp"
    theirs.write_bytes(b"")
    for quick in (True, False):
        found = [f.path.name for f in check(data_dir, quick=quick).of_kind("stray_temp")]
        assert found == [theirs.name]
    repair(data_dir, "en")
    assert ours.exists() and not theirs.exists()
