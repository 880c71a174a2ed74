"""Every step refuses bad input with a message naming what is expected, and changes nothing."""

from __future__ import annotations

import pytest

from bot.handlers.states import OrderFlow
from tests.browsing import open_category
from tests.conftest import CUSTOMER, Shop
from tests.test_order_flow import open_service

LONG_COMMENT = "x" * 1001

# (step, bad input, what the answer must say). The setups below bring the form to each step.
BAD_INPUTS: list[tuple[str, str, str]] = [
    ("link", "   ", "Please send a link"),
    ("link", "hello", "That is not a link. Send the link to the page or post"),
    ("link", "12345", "That is not a link. Send the link to the page or post"),
    ("link", "@shop!owner", "not an account name this network allows"),
    ("link", "ftp://example.com/file", "must start with http:// or https://"),
    ("link", "javascript:alert(1)", "must start with http:// or https://"),
    ("link", "https://", "no valid website"),
    ("link", "https://localhost/page", "no valid website"),
    ("link", "https://exa mple.com/x", "cannot contain spaces"),
    ("link", "https://a.com/x https://b.com/y", "cannot contain spaces"),
    ("link", "https://a.com/\u0000x", "cannot contain spaces or line breaks"),
    ("link", "https://a.com/\u202ex", "cannot contain spaces or line breaks"),
    ("link", "https://a.com/" + "p" * 2000, "too long: at most 2000 characters"),
    ("quantity", "abc", "whole number from 50 to 10000"),
    ("quantity", "49", "must be from 50 to 10000; you sent 49"),
    ("quantity", "10001", "must be from 50 to 10000; you sent 10001"),
    ("quantity", "0", "must be from 50 to 10000"),
    ("quantity", "-100", "whole number from 50 to 10000"),
    ("quantity", "150.5", "whole number from 50 to 10000"),
    ("quantity", "1e3", "whole number from 50 to 10000"),
    ("quantity", "99999999999999999999", "whole number from 50 to 10000"),
    ("quantity", "<b>100</b>", "whole number from 50 to 10000"),
    ("runs", "1", "from 2 to 50"),
    ("runs", "51", "from 2 to 50"),
    ("runs", "many", "whole number from 2 to 50"),
    ("interval", "0", "from 1 to 10080"),
    ("interval", "10081", "from 1 to 10080"),
    ("interval", "soon", "whole number from 1 to 10080"),
    ("comments", "only one comment", "from 2 to 50 comments, one per line; you sent 1"),
    ("comments", " \n \n", "one per line: from 2 to 50 lines"),
    ("comments", "\n".join(f"c{i}" for i in range(51)), "you sent 51"),
    ("comments", f"fine\n{LONG_COMMENT}", "at most 1000 characters"),
    ("username", "@", "username of the comment's author"),
    ("username", "two words", "username of the comment's author"),
    ("username", "<script>", "username of the comment's author"),
    ("answer", "0", "from 1 to 100"),
    ("answer", "first", "whole number from 1 to 100"),
    ("answer", "101", "from 1 to 100"),
]

SETUPS: dict[str, tuple[str, str, list[str]]] = {
    # step: (category button, service button, inputs that reach the step)
    "link": ("Instagram Followers", "Instagram Followers", []),
    "quantity": ("Instagram Followers", "Instagram Followers", ["https://instagram.com/a"]),
    "runs": ("Instagram Likes", "drip-feed", ["https://instagram.com/p/1", "100"]),
    "interval": ("Instagram Likes", "drip-feed", ["https://instagram.com/p/1", "100", "3"]),
    "comments": ("Instagram Comments", "Custom Comments", ["https://instagram.com/p/2"]),
    "username": ("Instagram Comments", "Comment Likes", ["https://instagram.com/p/3", "50"]),
    "answer": ("Telegram", "Poll Votes", ["https://t.me/c/5", "100"]),
}


@pytest.mark.parametrize(("step", "bad", "expected"), BAD_INPUTS)
async def test_bad_input_is_refused_and_changes_nothing(
    shop: Shop, step: str, bad: str, expected: str
) -> None:
    await shop.credit(CUSTOMER, "100")
    category, service, reach = SETUPS[step]
    await open_service(shop, CUSTOMER, category, service)
    h = shop.harness
    for text in reach:
        await h.send(CUSTOMER, text)
    fsm = h.dp.fsm.get_context(bot=h.bot, chat_id=CUSTOMER, user_id=CUSTOMER)
    state_before = await fsm.get_state()
    data_before = await fsm.get_data()
    assert state_before == getattr(OrderFlow, step).state
    async with shop.db.read() as repos:
        balance_before = (await repos.users.get(CUSTOMER)).balance  # type: ignore[union-attr]

    await h.send(CUSTOMER, bad)

    answer = h.last_text(CUSTOMER)
    assert expected in answer, answer
    assert answer.startswith("⚠️")
    assert await fsm.get_state() == state_before
    # Nothing entered changes; only the id of the newest prompt (the error, with the buttons).
    after = await fsm.get_data()
    assert {k: v for k, v in after.items() if k != "prompt"} == {
        k: v for k, v in data_before.items() if k != "prompt"
    }
    async with shop.db.read() as repos:
        assert (await repos.users.get(CUSTOMER)).balance == balance_before  # type: ignore[union-attr]
        assert await repos.orders.count_for_user(CUSTOMER) == 0


async def test_back_and_cancel_from_every_step(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "100")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Likes", "drip-feed")
    await h.send(CUSTOMER, "https://instagram.com/p/1")
    await h.send(CUSTOMER, "100")
    assert "Drip-feed" in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Back"))
    assert "How many?" in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Back"))
    assert "Send the link" in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Back"))
    assert "Price:" in h.last_text(CUSTOMER)  # the service card
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Order"))
    await h.send(CUSTOMER, "https://instagram.com/p/1")
    await h.send(CUSTOMER, "/cancel")
    assert "Cancelled" in h.last_text(CUSTOMER)
    fsm = h.dp.fsm.get_context(bot=h.bot, chat_id=CUSTOMER, user_id=CUSTOMER)
    assert await fsm.get_state() is None
    # After /cancel a number is not taken as a quantity: it is just a search.
    await h.send(CUSTOMER, "100")
    assert await fsm.get_state() is None
    assert "How many?" not in h.last_text(CUSTOMER)


async def test_edit_from_summary_and_cancel_button(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "100")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Followers", "Instagram Followers")
    await h.send(CUSTOMER, "https://instagram.com/first")
    await h.send(CUSTOMER, "100")
    old_confirm = h.find_button(CUSTOMER, "Confirm")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "✏️ Link"))
    assert "Send the link" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "https://instagram.com/second")
    assert "Check your order" in h.last_text(CUSTOMER)  # straight back: nothing retyped
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "✏️ Quantity"))
    await h.send(CUSTOMER, "200")
    # The summary shown before Edit can no longer be confirmed.
    await h.press(CUSTOMER, old_confirm)
    assert shop.adds() == []
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Confirm"))
    assert shop.adds() == [
        {"service": "1", "link": "https://instagram.com/second", "quantity": "200"}
    ]
    await h.send(CUSTOMER, "/start")
    await open_category(shop, CUSTOMER, "Telegram")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Package"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Order"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Cancel"))
    assert "Cancelled" in h.last_text(CUSTOMER)
