"""Every button press reaches a handler through the real Dispatcher: the shop's own callback
data, data of another screen, and data no button of the shop carries."""

from __future__ import annotations

import pytest

from tests.conftest import CUSTOMER, Shop


@pytest.mark.parametrize("data", ["m:new", "c:1:0:0", "o:1", "zz:1", "garbage"])
async def test_every_press_is_still_answered_through_the_dispatcher(shop: Shop, data: str) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    calls = await h.press(CUSTOMER, data)
    assert any(c.name == "answerCallbackQuery" for c in calls)  # no silent button
