"""The live screen's section line: title, place in the agenda, the section's own question
with what the employee prepared, its purpose and (unfolded with F11) the leader's guidance."""

from __future__ import annotations

from rich.text import Text

from coach.i18n import Translator
from coach.services.session import LiveSession


def section_info(session: LiveSession, full_guidance: bool, _: Translator) -> Text:
    current = session.clock.current
    template = session.template
    purpose = guidance = ""
    if template is not None:
        try:
            section = template.section(current.section_id)
            purpose, guidance = section.purpose, section.guidance
        except KeyError:
            pass
    info = Text()
    info.append(current.title, style="bold")
    info.append("  " + _("live.section.of", n=session.clock.index + 1,
                            total=len(session.clock.sections)), style="dim")
    if guidance and not full_guidance and not session.conversation.employee_led:
        # Guidance is folded away so the questions are never cut; F11 shows it.
        info.append("  " + _("live.guidance.more"), style="dim")
    anchor = session.anchor()
    prepare = ""
    if template is not None and anchor is not None:
        try:
            prepare = template.section(current.section_id).prepare
        except KeyError:
            prepare = ""
    if anchor is not None:
        # The section's own question (the article's), every time, outside the rotation,
        # with what the employee prepared for it; the purpose joins the guidance (F11).
        info.append("\n» " + anchor.text, style="bold")
        if prepare:
            first = " ".join(prepare.split("\n\n")[0].split())
            info.append("\n" + _("live.anchor.prepares", text=first), style="dim")
        if full_guidance and purpose:
            info.append("\n" + purpose, style="italic")
    elif purpose:
        info.append("\n" + purpose, style="italic")
    if guidance and full_guidance:
        info.append("\n" + guidance, style="dim")
    return info
