"""Labels in the Markdown export of a conversation."""

MESSAGES = {
    "export.private_banner": (
        "Denne filen inneholder private notater.",
        "This file contains private notes.",
    ),
    "export.private_hint": (
        "Del den bare hvis dere begge er enige; del ellers sammendraget uten private notater.",
        "Share it only if you both agree; otherwise share the summary without private notes.",
    ),
    "export.title": ("{template}: {person}", "{template}: {person}"),
    "export.meta": (
        "{date} · {kind} · brukt {actual} av planlagt {planned}",
        "{date} · {kind} · took {actual} of {planned} planned",
    ),
    "export.agreements": ("Avtaler", "Agreements"),
    "export.action_items": ("Tiltak", "Action items"),
    "export.followed_up": ("Tiltak fra tidligere samtaler", "Action items from earlier"),
    "export.support_needs": ("Støttebehov", "Support needs"),
    "export.mastery": ("Mestringsopplevelser", "Mastery moments"),
    "export.learning": ("Læring", "Learning"),
    "export.goals": ("Mål som ble fulgt opp", "Goals followed up"),
    "export.notes": ("Notater per del", "Notes by section"),
    "export.other_notes": ("Andre notater", "Other notes"),
    "export.time": ("Tid per del", "Time per section"),
    "export.col.section": ("Del", "Section"),
    "export.col.planned": ("Planlagt", "Planned"),
    "export.col.actual": ("Brukt", "Actual"),
    "export.total": ("Totalt", "Total"),
    "export.skipped": ("hoppet over", "skipped"),
    "export.private": ("Private notater", "Private notes"),
    "export.due": ("frist {date}", "due {date}"),
    "export.carried": ("tatt med videre", "carried forward"),
    "export.minutes": ("{minutes} min", "{minutes} min"),
    "export.nothing": (
        "Ingen notater fra denne samtalen.",
        "No notes from this conversation.",
    ),
}
