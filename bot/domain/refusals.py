"""Why a panel refused an order, in words a customer can be told: its error text -> a reason.

Panels word their refusals in English, or as raw keys ("neworder.error.link_duplicate"); the
customer reads one of a few reasons in their own language, the admins the panel's own text.
The first row whose fragment the text contains (ignoring case) decides, so the more specific
rows come first ("You have active order with this link" is about the order, not the link).
"""

from __future__ import annotations

from enum import StrEnum


class Refusal(StrEnum):
    LINK = "link"  # private, wrong or missing
    ACTIVE = "active"  # an order for this link is still running
    QUANTITY = "quantity"  # below the minimum or above the maximum
    UNAVAILABLE = "unavailable"  # the provider's side cannot take it now (its funds, its key)
    OTHER = "other"


_TABLE: tuple[tuple[str, Refusal], ...] = (
    ("active order", Refusal.ACTIVE),
    ("link_duplicate", Refusal.ACTIVE),
    ("wait until order", Refusal.ACTIVE),
    ("fund", Refusal.UNAVAILABLE),
    ("insufficient", Refusal.UNAVAILABLE),
    ("quantity", Refusal.QUANTITY),
    ("minimal", Refusal.QUANTITY),
    ("maximal", Refusal.QUANTITY),
    ("link", Refusal.LINK),
    ("private", Refusal.LINK),
    ("does not exist", Refusal.LINK),
    ("url", Refusal.LINK),
)


def refusal_of(panel_text: str) -> Refusal:
    """The reason a customer is told for a panel's refusal text."""
    text = panel_text.casefold()
    for fragment, reason in _TABLE:
        if fragment in text:
            return reason
    return Refusal.OTHER
