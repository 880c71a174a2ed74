"""What can go wrong when talking to a panel, split by what the caller must do about it.

- PanelRefused: the panel read the request and said no. Safe to refund, never worth retrying.
- PanelUnavailable: no usable answer. Reads may be retried later; nothing is known to have
  changed on the panel.
- PanelOutcomeUnknown: `add` was (maybe) sent but no usable answer came back. The order may
  exist: hold the funds and let an admin decide.

No exception text ever carries the API key or a request body; the client redacts panel texts
that echo the key before they get here.
"""

from __future__ import annotations

# Lower-case fragments that mark an error about the operator's account rather than the order:
# "Not enough funds on balance", "neworder.error.not_enough_funds", "Invalid API key", ...
_ACCOUNT_PROBLEM_MARKERS = ("fund", "balance", "key", "insufficient")


class PanelError(Exception):
    """Base of every panel failure. `action` is the API action that failed."""

    def __init__(self, action: str, detail: str) -> None:
        self.action = action
        self.detail = detail
        super().__init__(f"{action}: {detail}")


class PanelRefused(PanelError):
    """The panel answered with an explicit error, e.g. {"error": "Incorrect order ID"}."""

    def __init__(self, action: str, message: str) -> None:
        self.message = message.strip()
        super().__init__(action, f"panel refused: {self.message}")

    @property
    def is_funds_or_key_problem(self) -> bool:
        """True when the operator must act (top up the panel, fix the key), not the customer."""
        text = self.message.lower()
        return any(marker in text for marker in _ACCOUNT_PROBLEM_MARKERS)


class PanelUnavailable(PanelError):
    """No usable answer: unreachable, timeout, HTTP 5xx, HTML page, broken or odd JSON."""


class PanelOutcomeUnknown(PanelError):
    """`add` may or may not have created an order: it must not be retried automatically."""


class PanelClosed(PanelUnavailable):
    """The client was closed (the bot is stopping): nothing was sent to the panel."""
