from hypothesis import given
from hypothesis import strategies as st

from coach.domain.matching import match_person
from coach.domain.people import Person

TEAM = [Person("Åse Øvrebø"), Person("Ola Nordmann"), Person("Ola Olsen"), Person("Kari Lie")]


def test_exact_name_case_insensitive():
    assert match_person(TEAM, "åSE øVREBØ").person.name == "Åse Øvrebø"


def test_unique_prefix():
    assert match_person(TEAM, "kar").person.name == "Kari Lie"
    assert match_person(TEAM, "ola n").person.name == "Ola Nordmann"


def test_ambiguous_lists_matches():
    found = match_person(TEAM, "ola")
    assert found.ambiguous and found.person is None
    assert {p.name for p in found.found} == {"Ola Nordmann", "Ola Olsen"}


def test_word_prefix_and_unknown():
    assert match_person(TEAM, "nord").person.name == "Ola Nordmann"
    unknown = match_person(TEAM, "Per")
    assert unknown.found == [] and not unknown.ambiguous
    assert match_person(TEAM, "  ").found == []


def test_exact_beats_prefix():
    team = [Person("Ola"), Person("Ola Nordmann")]
    assert match_person(team, "ola").person.name == "Ola"


@given(st.text(min_size=1))
def test_any_name_finds_itself(name):
    try:
        person = Person(name)
    except ValueError:
        return
    assert person in match_person([person, Person("Zz Other")], name.swapcase().swapcase()).found
