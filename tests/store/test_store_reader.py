"""The store's reader (orjson, then the standard library for what orjson refuses) reads every
file exactly as ``json.loads`` does, and words a damaged one the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.store import StoreCorrupt
from coach.store.storage import encode, parse

PATH = Path("coach.json")
#: Integers coach (or any JSON writer but a hand) puts in a file: within 64 bits.
INTS = st.integers(min_value=-(2**63), max_value=2**64 - 1)
VALUES = st.recursive(
    st.none() | st.booleans() | INTS | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
DOCS = st.dictionaries(st.text(), VALUES, max_size=4).map(lambda d: {**d, "id": "x"})
FILES = st.dictionaries(
    st.sampled_from(["people", "conversations", "entries", "extra table"]),
    st.dictionaries(st.integers(1, 10**6).map(str), DOCS, max_size=3),
    max_size=3,
)


@given(FILES)
def test_a_file_reads_as_the_standard_library_reads_it(data):
    raw = encode(data)
    assert parse(raw, PATH, ()) == json.loads(raw.decode("utf-8"))


@given(st.lists(st.text(), max_size=3))
def test_what_orjson_refuses_but_json_reads_is_still_read(texts):
    # NaN, Infinity and a lone surrogate: the standard library reads them, so coach does.
    doc = {"id": "x", "score": float("nan"), "big": float("inf"), "odd": "\ud800", "t": texts}
    raw = json.dumps({"people": {"1": doc}}, ensure_ascii=True).encode("ascii")
    got = parse(raw, PATH, ())["people"]["1"]
    assert got["odd"] == "\ud800" and got["t"] == texts
    assert got["score"] != got["score"] and got["big"] == float("inf")


@pytest.mark.parametrize(("raw", "said"), [
    (b'{"people": {"1": {"id": "x"}', "not valid JSON: Expecting"),
    (b"\xff\xfe{}", "not valid UTF-8"),
    (b'\xef\xbb\xbf{"people": {}}', "not valid JSON: Unexpected UTF-8 BOM"),
])
def test_a_damaged_file_is_worded_as_before(raw, said):
    with pytest.raises(StoreCorrupt) as caught:
        parse(raw, PATH, ())
    assert said in str(caught.value)
