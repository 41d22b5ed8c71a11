"""Saving demo records through the store's repository API, in one batch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.demo.generator import DemoData

if TYPE_CHECKING:
    from coach.store import Store


def write_demo(store: Store, data: DemoData) -> None:
    """Save every record; conversations before their entries, people before the rest."""
    with store.batch():
        for objective in data.objectives:
            store.save_objective(objective)
        for person in data.people:
            store.save_person(person)
        for conversation in data.conversations:
            store.save_conversation(conversation)
        for entry in data.entries:
            store.save_entry(entry)
        for action in data.actions:
            store.save_action(action)
        for goal in data.goals:
            store.save_goal(goal)
        for area in data.competence:
            store.save_competence(area)
