"""Whether a widget's size depends on its content, so that an update may skip the layout.

A Static's ``update`` re-arranges the whole screen by default (every widget repainted), which
the live screen's clock and agenda would do every second. Their CSS gives them a fixed size;
when it does, the new text is painted in place.
"""

from __future__ import annotations

from textual.widget import Widget


def size_is_fixed(widget: Widget) -> bool:
    """True when neither the width nor the height is ``auto`` (a width left unset fills the
    container; an unset height is treated as content-dependent)."""
    width, height = widget.styles.width, widget.styles.height
    return height is not None and not height.is_auto and (width is None or not width.is_auto)
