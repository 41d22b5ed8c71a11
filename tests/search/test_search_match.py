"""Normalising (case-insensitive, æøå kept) and snippets that show the match as typed; the
index itself is tested against the naive scan in test_search_agrees.py."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.search import normalise, snippet

LETTERS = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzæøåABCÆØÅßé ,.-:!?\n0123456789"))
TEXT = st.lists(LETTERS, min_size=1, max_size=200).map("".join)


def test_normalise_folds_case_and_space_but_keeps_letters():
    assert normalise("ÆRLIG  Øvre\nBØ") == "ærlig øvre bø"
    assert normalise("Straße") == "strasse"
    assert normalise("a\u030a") == "å"  # decomposed å is the same å
    assert normalise("å") != normalise("aa")


@settings(max_examples=200, deadline=None)
@given(TEXT, st.data())
def test_snippet_shows_the_match_as_typed(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    piece = normalise(text[start:end]).strip()
    if not piece:
        return
    shown, (a, b) = snippet(text, piece)
    assert len(shown) <= 70
    assert piece in normalise(shown[a:b]) or normalise(shown[a:b]) == piece


def test_snippet_is_cut_around_the_match_with_ellipses():
    text = "a" * 100 + " NØKKELORD " + "b" * 100
    shown, (a, b) = snippet(text, "nøkkelord")
    assert shown.startswith("…") and shown.endswith("…") and len(shown) == 70
    assert shown[a:b] == "NØKKELORD"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("abcXYZ \n\t.-")), min_size=1, max_size=60).map("".join),
       st.data())
def test_the_ascii_shortcut_finds_the_same_span_as_the_mapping(text, data):
    from coach.domain.search import _mapped, _span

    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    query = normalise(text[start:end]).strip()
    if not query:
        return
    normed, where = _mapped(text)
    at = normed.find(query)
    assert _span(text, query) == (where[at][0], where[at + len(query) - 1][1])
