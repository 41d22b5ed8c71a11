"""The goals and competence profile Markdown: content, escaping, both languages."""

from coach.domain.competence import CompetenceArea
from coach.domain.goals import Goal, Progress, ProgressEntry
from coach.domain.people import Person, UnitObjective
from coach.markdown.profile import goals_markdown, profile_markdown
from tests.goals.records import HOSTILE, kari_records
from tests.markdown.mdparse import parser


def _goals(lang):
    kari, objectives, goals, _ = kari_records()
    return goals_markdown(kari, goals, objectives, lang)


def _profile(lang):
    kari, _, _, areas = kari_records()
    return profile_markdown(kari, areas, lang)


def test_goals_tables_by_status_en():
    text = _goals("en")
    assert text.startswith("# Goals: Kari Lie\n")
    active, achieved, dropped = (text.index(f"## {h}") for h in
                                 ("Active goals", "Achieved goals", "Dropped goals"))
    assert active < achieved < dropped
    block = text[active:achieved]
    row = next(line for line in block.splitlines() if "archive migration" in line)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells == ["Lead the archive migration", "Work goal, professional",
                     "Raskere saksbehandling", "All cases moved by June", "2025-06-30",
                     "at risk (55\u00a0%), 2025-03-01: vendor late", "updates: 2, revisions: 0"]
    sql = next(line for line in block.splitlines() if "Learn SQL" in line)
    assert "personal goal" in sql and "none yet" in sql
    assert "Chatbot pilot" in text[achieved:dropped]
    assert "Digital førstelinje" in text[achieved:dropped]  # inactive objective still named
    assert "Write a handbook" in text[dropped:]
    assert "*not linked*" in text[dropped:]
    assert "Halvere ventetiden innen 2026" in text  # the objective's description


def test_goals_in_bokmal():
    text = _goals("nb")
    assert text.startswith("# Mål: Kari Lie\n")
    assert "## Aktive mål" in text and "## Nådde mål" in text
    assert "i fare (55\u00a0%)" in text and "Arbeidsmål, faglig" in text
    assert "Active goals" not in text
    # dates read the Norwegian way in the tables: the target and the latest progress
    assert "| 30.06.2025 |" in text and "i fare (55\u00a0%), 01.03.2025" in text
    assert "2025-06-30" not in text and "2025-03-01" not in text


def test_goals_none():
    assert "No goals recorded yet." in goals_markdown(Person("Per"), [], [], "en")


def test_goals_table_parses_as_one_table_per_status():
    tokens = parser().parse(_goals("en"))
    tables = [tok for tok in tokens if tok.type == "table_open"]
    assert len(tables) == 3


def test_hostile_goal_text_stays_text():
    person = Person(HOSTILE)
    objective = UnitObjective(HOSTILE, HOSTILE)
    goal = Goal(person.id, HOSTILE, objective_id=objective.id, measure=HOSTILE)
    goal.record_progress(ProgressEntry(Progress.ON_TRACK, HOSTILE))
    text = goals_markdown(person, [goal], [objective], "en")
    tokens = parser().parse(text)
    assert [tok.tag for tok in tokens if tok.type == "heading_open"] == ["h1", "h2", "h2"]
    assert not [tok for tok in tokens if tok.type in ("html_block", "bullet_list_open")
                and tok.level > 0]
    inline = [child for tok in tokens if tok.children for child in tok.children]
    assert not [c for c in inline if c.type in ("link_open", "html_inline", "em_open")]
    table = [tok for tok in tokens if tok.type == "tr_open"]
    assert len(table) == 2  # header and one row: the pipes did not split cells
    cells = sum(1 for tok in tokens if tok.type == "td_open")
    assert cells == 7


def test_profile_table_and_history_en():
    text = _profile("en")
    assert text.startswith("# Competence profile: Kari Lie\n")
    assert "Breadth: 2 areas." in text
    row = next(line for line in text.splitlines() if line.startswith("| SQL"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells == ["SQL", "Data", "3 – Competent", "2 – Advanced beginner", "Course"]
    law = next(line for line in text.splitlines() if line.startswith("| Forvaltningsrett"))
    assert "4 – Proficient" in law
    history = text[text.index("### SQL"):text.index("### Forvaltningsrett")]
    lines = [line for line in history.splitlines() if line.startswith("- ")]
    assert lines == [
        "- 2025-01-01: start → 1 – Novice: Starting out",
        "- 2025-04-01: start → 2 – Advanced beginner *(self-rating)*",
        "- 2025-05-01: 1 – Novice → 3 – Competent: Wrote the migration queries",
    ]
    assert "No changes recorded." in text[text.index("### Forvaltningsrett"):]


def test_profile_in_bokmal():
    text = _profile("nb")
    assert text.startswith("# Kompetanseprofil: Kari Lie\n")
    assert "3 – Kompetent" in text and "*(egenvurdering)*" in text
    assert "Bredde: 2 områder." in text and "Competent" not in text
    assert "- 01.05.2025: 1 – Nybegynner → 3 – Kompetent" in text
    assert "2025-05-01" not in text


def test_profile_empty():
    assert "No competence areas" in profile_markdown(Person("Per"), [], "en")


def test_hostile_area_text_stays_text():
    person = Person("Per")
    area = CompetenceArea(person.id, HOSTILE, category=HOSTILE, evidence=HOSTILE)
    area.set_depth(2, reason=HOSTILE)
    tokens = parser().parse(profile_markdown(person, [area], "en"))
    assert [tok.tag for tok in tokens if tok.type == "heading_open"] == ["h1", "h2", "h3"]
    inline = [child for tok in tokens if tok.children for child in tok.children]
    assert not [c for c in inline if c.type in ("link_open", "html_inline", "em_open")]
    assert sum(1 for tok in tokens if tok.type == "td_open") == 5
    lists = [tok for tok in tokens if tok.type == "bullet_list_open"]
    assert len(lists) == 1  # the history; the reason did not start another list
