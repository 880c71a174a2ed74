"""The panel's refusal texts -> the reasons a customer is told (issue 27, item 2)."""

from __future__ import annotations

import pytest

from bot.domain.refusals import Refusal, refusal_of


@pytest.mark.parametrize(
    ("panel_text", "reason"),
    [
        ("Link is private or does not exist", Refusal.LINK),
        ("Bad link  ", Refusal.LINK),
        ("neworder.error.link", Refusal.LINK),
        ("INCORRECT URL", Refusal.LINK),
        ("This account is private", Refusal.LINK),
        (
            "You have active order with this link. Please wait until order being completed.",
            Refusal.ACTIVE,
        ),
        ("neworder.error.link_duplicate", Refusal.ACTIVE),
        ("Quantity less than minimal 50", Refusal.QUANTITY),
        ("Quantity more than maximal 10000", Refusal.QUANTITY),
        ("neworder.error.min_quantity", Refusal.QUANTITY),
        ("Not enough funds on balance", Refusal.UNAVAILABLE),
        ("neworder.error.not_enough_funds", Refusal.UNAVAILABLE),
        ("Insufficient balance", Refusal.UNAVAILABLE),
        ("Incorrect service ID", Refusal.OTHER),
        ("", Refusal.OTHER),
    ],
)
def test_a_panel_text_gives_its_reason(panel_text: str, reason: Refusal) -> None:
    assert refusal_of(panel_text) is reason
