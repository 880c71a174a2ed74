"""The configured panels by number: 1 is PANEL_API_URL, 2 is PANEL_2_API_URL, and so on.

A number is a panel's identity in the database (services and orders remember it), so an order
always goes back to the panel that took it for its status, refill and cancel.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bot.panel.client import PanelClient
from bot.panel.errors import PanelUnavailable


@dataclass(frozen=True, slots=True)
class Panel:
    number: int
    name: str
    client: PanelClient


class UnknownPanel(PanelUnavailable):
    """A row names a panel that the settings no longer configure: nothing can reach it."""

    def __init__(self, number: int) -> None:
        super().__init__("any", f"panel {number} is not configured")
        self.number = number


class Panels:
    def __init__(self, panels: Sequence[Panel]) -> None:
        if not panels:
            raise ValueError("at least one panel")
        self._by_number = {panel.number: panel for panel in panels}
        if len(self._by_number) != len(panels):
            raise ValueError("two panels share a number")

    @classmethod
    def one(cls, client: PanelClient, name: str = "Panel 1") -> Panels:
        """A shop of one panel, number 1."""
        return cls([Panel(1, name, client)])

    def __iter__(self) -> Iterator[Panel]:
        return iter(sorted(self._by_number.values(), key=lambda panel: panel.number))

    def __len__(self) -> int:
        return len(self._by_number)

    def __contains__(self, number: object) -> bool:
        return number in self._by_number

    @property
    def first(self) -> Panel:
        return next(iter(self))

    def get(self, number: int) -> PanelClient:
        """The client of panel `number`; UnknownPanel (a PanelUnavailable) if not configured."""
        found = self._by_number.get(number)
        if found is None:
            raise UnknownPanel(number)
        return found.client

    def name(self, number: int) -> str:
        found = self._by_number.get(number)
        return f"Panel {number}" if found is None else found.name

    async def close(self) -> None:
        for panel in self:
            await panel.client.close()
