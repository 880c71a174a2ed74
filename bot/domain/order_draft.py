"""The one shape of an order's inputs, from the form to the ledger.

The form keeps it in the conversation state, the ordering service quotes and places it, and
the orders repository stores it. (The panel client builds its own `add` request from it: the
panel package imports nothing of ours.)
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Draft:
    """What the customer has entered so far."""

    service_id: int
    link: str | None = None
    quantity: int | None = None
    runs: int | None = None
    interval: int | None = None
    comments: str | None = None
    username: str | None = None
    answer_number: int | None = None

    @classmethod
    def from_state(cls, data: dict[str, Any]) -> Draft:
        """The draft inside a conversation's data (which also holds other keys)."""
        return cls(**{f.name: data[f.name] for f in fields(cls) if f.name in data})
