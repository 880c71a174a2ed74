"""Text that came from a customer or a panel, made safe for an HTML message."""

from __future__ import annotations

import html


def short(text: str, limit: int) -> str:
    """At most `limit` characters of a single line, with an ellipsis when cut; not escaped."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def esc(text: str, limit: int) -> str:
    return html.escape(short(text, limit), quote=False)
