"""Key bindings in the user's language.

Textual bindings are class-level and English. Ours are written with message keys as their
descriptions (``Binding("a", "add", "tui.key.add")``); ``translate_bindings`` swaps those for
the user's language on one node, together with the few English labels Textual adds itself.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from coach.i18n import CATALOG, Translator

#: Labels Textual puts in the footer on its own, and the message keys that replace them.
_TEXTUAL_LABELS = {"Quit": "tui.key.quit", "palette": "tui.key.palette"}
_TEXTUAL_TIPS = {"quit": "tui.key.quit.tip", "command_palette": "tui.key.palette.tip"}


def _translated(binding: Binding, _: Translator) -> Binding:
    desc = binding.description
    key = desc if desc in CATALOG else _TEXTUAL_LABELS.get(desc)
    tip_key = binding.tooltip if binding.tooltip in CATALOG else _TEXTUAL_TIPS.get(binding.action)
    if not key and not tip_key:
        return binding
    return replace(binding, description=_(key) if key else binding.description,
                   tooltip=_(tip_key) if tip_key else binding.tooltip)


def translate_bindings(node: DOMNode, _: Translator) -> None:
    """Replace message-key descriptions on ``node``'s bindings with translated text."""
    bindings = node._bindings.key_to_bindings
    for key, items in bindings.items():
        bindings[key] = [_translated(b, _) for b in items]
