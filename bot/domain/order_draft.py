"""The one shape of an order's inputs, from the form to the ledger.

The form keeps the answers in the conversation state, the ordering service quotes and places
them, and the orders repository stores them. Which answers a service type takes, and how each
is read, is its description's business (bot/domain/service_types.py): here they are just
values by key. (The panel client builds its own `add` request: the panel package imports
nothing of ours.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Answer = int | str


@dataclass(frozen=True, slots=True, init=False)
class OrderDraft:
    """What the customer has entered so far for one service: answers by key (link, quantity,
    runs, interval, comments, username, answer_number, ... as the type asks)."""

    service_id: int
    answers: Mapping[str, Answer] = field(default_factory=dict)

    def __init__(self, service_id: int, **answers: Answer | None) -> None:
        object.__setattr__(self, "service_id", service_id)
        given = {key: value for key, value in answers.items() if value is not None}
        object.__setattr__(self, "answers", given)

    @classmethod
    def from_state(cls, data: Mapping[str, Any], keys: Iterable[str]) -> OrderDraft:
        """The draft inside a conversation's data (which also holds other keys)."""
        return cls(int(data["service_id"]), **{key: data.get(key) for key in keys})

    @property
    def link(self) -> str | None:
        link = self.answers.get("link")
        return None if link is None else str(link)

    def __getattr__(self, key: str) -> Answer | None:
        """An answer by name (`draft.quantity`); None when not given."""
        if key.startswith("__"):
            raise AttributeError(key)
        return self.answers.get(key)
