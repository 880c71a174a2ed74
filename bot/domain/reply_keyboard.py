"""When the reply keyboard's message is sent again.

The keyboard under the typing field stays there once sent: a /start sends it again only when its
words would differ from the last one sent (the language, the Admin button) or when that was more
than RESEND_AFTER ago (a customer back after a while may have cleared the chat or moved device).
"""

from __future__ import annotations

RESEND_AFTER = 30 * 24 * 3600  # seconds


def variant(language: str, is_admin: bool) -> str:
    """What the keyboard says, as stored: its language, and whether it has the Admin button."""
    return f"{language}+admin" if is_admin else language


def due(sent: str | None, sent_at: int, wanted: str, moment: int) -> bool:
    """True when the keyboard `wanted` should be sent now, given the one last `sent` (None:
    never recorded) at `sent_at`."""
    return sent != wanted or moment - sent_at > RESEND_AFTER
