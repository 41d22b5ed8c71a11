"""Sample content files for the loader tests: valid, small, in both languages."""

QUESTIONS = {
    "en": """---
type: questions
language: en
---

# Questions

## Mastery (mastery)

### proud

What are you pleased with?

- depth: opening
- reason: Naming a success builds belief in one's ability.
- source: Locke & Latham

## The leader's support (leader-support)

### succeed

What can I do so that you succeed?

- depth: opening
- reason: The leader's standing question.
- source: Alfsen
""",
    "nb": """---
type: questions
language: nb
---

# Spørsmål

## Mestring (mastery)

### proud

Hva er du fornøyd med?

- dybde: åpning
- hvorfor: Å sette ord på det som gikk bra, styrker troen på egen mestring.
- kilde: Locke & Latham

## Lederens støtte (leader-support)

### succeed

Hva kan jeg gjøre for at du skal lykkes?

- dybde: åpning
- hvorfor: Lederens faste spørsmål.
- kilde: Alfsen
""",
}

TEMPLATES = {
    "en": """---
id: check-in
kind: check-in
language: en
title: Short check-in
total_minutes: 10
description: A short one.
---

# Short check-in

## Since last time

- id: since-last-time
- minutes: 6
- purpose: Hear what has happened.

### Guidance for the leader

Listen first.

### The employee prepares

One thing that went well.

### Questions

- `proud` – What are you pleased with?

## Support

- id: support
- minutes: 4
- purpose: Ask what the leader can do.

### Questions

- succeed
""",
    "nb": """---
id: check-in
kind: check-in
language: nb
title: Kort innsjekk
total_minutes: 10
---

# Kort innsjekk

## Siden sist

- id: since-last-time
- minutter: 6
- formål: Høre hva som har skjedd.

### Veiledning for lederen

Lytt først.

### Spørsmål

- proud

## Støtte

- id: support
- minutter: 4
- formål: Spørre hva lederen kan gjøre.

### Spørsmål

- succeed
""",
}
