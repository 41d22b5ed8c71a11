"""The T-shaped competence picture as plain text."""

from hypothesis import given
from hypothesis import strategies as st

from coach.domain.competence import CompetenceArea
from coach.domain.profile_chart import (
    AGREED,
    COLUMN,
    SELF,
    abbreviations,
    columns_per_band,
    t_shape,
)


def area(name, depth, self_rating=None):
    return CompetenceArea("p", name, depth=depth, self_rating=self_rating)


def test_depth_down_breadth_across():
    lines = t_shape([area("SQL", 3), area("Forvaltningsrett", 5), area("Python", 1)])
    assert lines[0] == "  SQL   Forva Pytho"
    assert len(lines) == 6  # names, then levels 1..5
    assert lines[1] == "1 █████ █████ █████"
    assert lines[3] == "3 █████ █████   ·"
    assert lines[5] == "5   ·   █████   ·"
    column = [line[2:7] for line in lines[1:]]  # SQL's column
    assert column == [AGREED * 5] * 3 + ["  ·  "] * 2


def test_self_rating_deeper_than_agreed_is_shaded():
    lines = t_shape([area("SQL", 2, self_rating=4), area("Excel", 3, self_rating=1)])
    sql = [line[2:7] for line in lines[1:]]
    assert sql == [AGREED * 5, AGREED * 5, SELF * 5, SELF * 5, "  ·  "]
    excel = [line[8:13] for line in lines[1:]]
    assert excel == [AGREED * 5] * 3 + ["  ·", "  ·"]


def test_empty_profile_draws_nothing():
    assert t_shape([]) == []


def test_many_areas_wrap_into_bands_within_80_columns():
    areas = [area(f"Area {i:02d}", 1 + i % 5) for i in range(30)]
    lines = t_shape(areas, width=80)
    assert max(len(line) for line in lines) <= 80
    bands = "\n".join(lines).split("\n\n")
    per_band = columns_per_band(80)
    assert per_band == 13
    assert len(bands) == 3  # 13 + 13 + 4
    assert all(len(band.splitlines()) == 6 for band in bands)
    assert bands[2].splitlines()[0].split() == ["Are27", "Are28", "Are29", "Are30"]


def test_abbreviations_are_distinct():
    names = abbreviations(["Prosjektledelse", "Prosjektøkonomi", "Prosjekt", "SQL"])
    assert names == ["Pros1", "Pros2", "Pros3", "SQL"]
    assert len(set(names)) == len(names)


@given(st.lists(st.tuples(st.text(min_size=1, max_size=30), st.integers(1, 5)), max_size=40),
       st.integers(8, 200))
def test_any_profile_fits_the_width(spec, width):
    areas = [area(name, depth) for name, depth in spec]
    lines = t_shape(areas, width=width)
    assert all(len(line) <= width for line in lines)
    blocks = sum(line.count(AGREED) for line in lines)
    assert blocks == sum(depth for _, depth in spec) * (COLUMN - 1)
