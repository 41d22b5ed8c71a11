"""Words of the content loader and of ``coach templates``."""

MESSAGES = {
    # Problems in content files: what was found, and what was expected.
    "content.err.read": ("kan ikke lese fila ({reason})", "cannot read the file ({reason})"),
    "content.err.too_large": (
        "fila er større enn {limit}; coach leser ikke så store maler",
        "the file is larger than {limit}; coach does not read templates that large",
    ),
    "content.err.utf8": (
        "fila er ikke gyldig UTF-8; lagre den som UTF-8",
        "the file is not valid UTF-8; save it as UTF-8",
    ),
    "content.err.not_found": ("finnes ikke", "no such file or directory"),
    "content.err.no_front_matter": (
        "forventet metadata (front matter) øverst: en linje med ---, feltene, og en linje med ---",
        "expected front matter at the top: a line with ---, the fields, then a line with ---",
    ),
    "content.err.unclosed_front_matter": (
        "metadata-blokken som starter med --- blir aldri avsluttet; "
        "forventet en linje med bare --- etter feltene",
        "the front matter that starts with --- is never closed; "
        "expected a line with only --- after the fields",
    ),
    "content.err.yaml": (
        "metadataene er ikke gyldig YAML: {reason}",
        "the front matter is not valid YAML: {reason}",
    ),
    "content.err.meta_not_mapping": (
        "metadataene må være felt på formen «navn: verdi»",
        "the front matter must be fields of the form 'name: value'",
    ),
    "content.err.meta_missing": (
        "metadatafeltet «{field}» mangler",
        "the front matter field '{field}' is missing",
    ),
    "content.err.meta_text": (
        "metadatafeltet «{field}» skal være tekst",
        "the front matter field '{field}' should be text",
    ),
    "content.err.bad_language": (
        "ukjent språk «{value}»; forventet ett av: {expected}",
        "unknown language '{value}'; expected one of: {expected}",
    ),
    "content.err.bad_kind": (
        "ukjent samtaletype «{value}»; forventet en av: {expected}",
        "unknown conversation kind '{value}'; expected one of: {expected}",
    ),
    "content.err.bad_id": (
        "ugyldig id «{value}»; bruk små bokstaver a–z, sifre og bindestrek, f.eks. siden-sist",
        "invalid id '{value}'; use lower-case letters a-z, digits and hyphens, "
        "e.g. since-last-time",
    ),
    "content.err.total_not_number": (
        "total_minutes skal være et helt antall minutter større enn 0, ikke «{value}»",
        "total_minutes should be a whole number of minutes above 0, not '{value}'",
    ),
    "content.err.total_mismatch": (
        "delene summerer seg til {sum} minutter, men total_minutes sier {total}",
        "the sections add up to {sum} minutes, but total_minutes says {total}",
    ),
    "content.err.no_sections": (
        "malen har ingen deler; forventet minst én overskrift på formen «## Tittel»",
        "the template has no sections; expected at least one heading like '## Title'",
    ),
    "content.err.empty_title": ("overskriften mangler tekst", "the heading has no text"),
    "content.err.unexpected_heading": (
        "overskriften «{title}» er ikke ventet her",
        "the heading '{title}' is not expected here",
    ),
    "content.err.unknown_subheading": (
        "ukjent underoverskrift «{title}»; forventet en av: {expected}",
        "unknown sub-heading '{title}'; expected one of: {expected}",
    ),
    "content.err.expected_subheading": (
        "forventet en underoverskrift (### …) her: {expected}",
        "expected a sub-heading (### …) here: {expected}",
    ),
    "content.err.field_format": (
        "forventet et felt på formen «navn: verdi», fant «{text}»",
        "expected a field of the form 'name: value', found '{text}'",
    ),
    "content.err.unknown_field": (
        "ukjent felt «{field}»; forventet ett av: {expected}",
        "unknown field '{field}'; expected one of: {expected}",
    ),
    "content.err.minutes_missing": (
        "delen mangler tidsramme; forventet et felt som «- minutter: 5»",
        "the section has no time box; expected a field like '- minutes: 5'",
    ),
    "content.err.minutes_not_number": (
        "tidsrammen skal være et helt antall minutter større enn 0, ikke «{value}»",
        "the time box should be a whole number of minutes above 0, not '{value}'",
    ),
    "content.err.section_missing": (
        "delen mangler feltet «{field}»",
        "the section is missing the field '{field}'",
    ),
    "content.err.duplicate_section": (
        "delen «{id}» finnes allerede i malen (linje {first})",
        "the section '{id}' already exists in this template (line {first})",
    ),
    "content.err.no_questions": (
        "delen har ingen spørsmål; forventet «### Spørsmål» med en liste av spørsmåls-id-er",
        "the section has no questions; expected '### Questions' with a list of question ids",
    ),
    "content.err.questions_list": (
        "forventet en punktliste med spørsmåls-id-er under spørsmålsoverskriften",
        "expected a bulleted list of question ids under the questions heading",
    ),
    "content.err.empty_item": ("tomt listepunkt", "empty list item"),
    "content.err.unknown_question": (
        "ukjent spørsmål «{id}»: det finnes ikke i spørsmålsbanken for språket «{language}»",
        "unknown question '{id}': it is not in the question bank for language '{language}'",
    ),
    "content.err.duplicate_id": (
        "id-en «{id}» er brukt før (i {first})",
        "the id '{id}' is already used (in {first})",
    ),
    "content.err.missing_language": (
        "«{id}» ({what}) finnes ikke på språket «{language}»; alt innhold må finnes på "
        "både bokmål og engelsk",
        "'{id}' ({what}) is missing in language '{language}'; all content must exist in "
        "both bokmål and English",
    ),
    "content.err.sections_differ": (
        "malen «{id}» har andre deler enn {other}: [{mine}] mot [{theirs}]",
        "the template '{id}' has different sections from {other}: [{mine}] against [{theirs}]",
    ),
    "content.err.kind_differs": (
        "malen «{id}» har en annen samtaletype enn {other}",
        "the template '{id}' has a different kind from {other}",
    ),
    "content.err.theme_differs": (
        "spørsmålet «{id}» har et annet tema enn i {other}",
        "the question '{id}' has a different theme from {other}",
    ),
    "content.err.bad_theme": (
        "ukjent tema «{value}»; forventet «## Tittel (tema)» med et tema blant: {expected}",
        "unknown theme '{value}'; expected '## Title (theme)' with a theme among: {expected}",
    ),
    "content.err.question_outside_theme": (
        "spørsmålet står ikke under noe tema; forventet «## Tittel (tema)» først",
        "the question is not under a theme; expected '## Title (theme)' first",
    ),
    "content.err.question_extra": (
        "forventet bare spørsmålsteksten (ett avsnitt) og en liste med felt under spørsmålet",
        "expected only the question text (one paragraph) and a list of fields under the question",
    ),
    "content.err.question_no_text": (
        "spørsmålet «{id}» mangler tekst; forventet ett avsnitt under overskriften",
        "the question '{id}' has no text; expected one paragraph under the heading",
    ),
    "content.err.question_missing": (
        "spørsmålet «{id}» mangler feltet «{field}»",
        "the question '{id}' is missing the field '{field}'",
    ),
    "content.err.bad_depth": (
        "ukjent dybde «{value}»; forventet en av: {expected}",
        "unknown depth '{value}'; expected one of: {expected}",
    ),
    # coach templates
    "templates.help": ("vis og kontroller samtalemaler", "list and check conversation templates"),
    "templates.list.help": ("vis alle samtalemaler", "list every conversation template"),
    "templates.check.help": (
        "kontroller maler og spørsmål (de innebygde og dine egne når ingen sti er gitt)",
        "check templates and questions (the built-in and your own when no path is given)",
    ),
    "templates.check.paths": ("filer eller mapper å kontrollere", "files or folders to check"),
    "templates.list.header": (
        "{id:<14} {lang:<5} {kind:<13} {minutes:>4}  {title}",
        "{id:<14} {lang:<5} {kind:<13} {minutes:>4}  {title}",
    ),
    "templates.col.id": ("id", "id"),
    "templates.col.lang": ("språk", "lang"),
    "templates.col.kind": ("type", "kind"),
    "templates.col.minutes": ("min", "min"),
    "templates.col.title": ("tittel", "title"),
    "templates.check.ok": (
        "Alt i orden: {templates} maler og {questions} spørsmål, hver av dem på {languages} språk.",
        "All clean: {templates} templates and {questions} questions, each in {languages} "
        "languages.",
    ),
    "templates.check.failed": (
        "Feil funnet: {count}.",
        "Problems found: {count}.",
    ),
    "templates.broken": (
        "Innholdet har feil; kjør «coach templates check» for detaljer.",
        "The content has problems; run 'coach templates check' for details.",
    ),
}
