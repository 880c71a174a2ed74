"""Text inputs take what real keyboards send (ZWJ emoji, Persian ZWNJ, LRM/RLM marks) and
refuse only control characters and bidi overrides, embeddings and isolates (issue 10, item 11).
"""

from __future__ import annotations

import pytest

from bot.handlers.states import OrderFlow
from tests.conftest import CUSTOMER, Shop
from tests.test_commands_leave_steps import order_form, state_of
from tests.test_order_flow import confirm

FAMILY = "👨\u200d👩\u200d👧 love this"  # one emoji made of three, joined by ZWJ
PERSIAN = "می\u200cخواهم بیشتر"  # the ZWNJ inside a Persian word
ARABIC_MARKED = "\u200fرائع جدا\u200f"  # RLM marks an Arabic keyboard inserted


async def test_comments_with_zwj_zwnj_and_marks_are_ordered_as_typed(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    await order_form(
        shop, 4, "https://instagram.com/p/POST/", f"{FAMILY}\n{PERSIAN}\n{ARABIC_MARKED}"
    )
    assert await state_of(shop, CUSTOMER) == OrderFlow.confirm.state
    assert "Comments (3)" in shop.harness.last_text(CUSTOMER)
    await confirm(shop, CUSTOMER)
    (add,) = shop.adds()
    assert add["comments"] == f"{FAMILY}\n{PERSIAN}\n{ARABIC_MARKED}"


async def test_a_link_and_numbers_wrapped_in_direction_marks(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    await order_form(
        shop, 5, "\u200fhttps://instagram.com/p/X/\u200e", "\u200f100", "\u200e@someone\u200f"
    )
    assert await state_of(shop, CUSTOMER) == OrderFlow.confirm.state
    await confirm(shop, CUSTOMER)
    (add,) = shop.adds()
    assert add["link"] == "https://instagram.com/p/X/"
    assert (add["quantity"], add["username"]) == ("100", "someone")


@pytest.mark.parametrize(
    "bad",
    [
        "\u202egnp.live",
        "fine\u202a",
        "x\u202bx",
        "x\u202cx",
        "x\u202dx",
        "\u2066x\u2069",
        "x\u2067",
        "x\u2068",
        "a\x07b",
    ],
)
async def test_bidi_overrides_embeddings_isolates_and_controls_are_refused(
    shop: Shop, bad: str
) -> None:
    await order_form(shop, 4, "https://instagram.com/p/POST/", f"first comment\n{bad}")
    assert "control characters or text-direction overrides" in shop.harness.last_text(CUSTOMER)
    assert await state_of(shop, CUSTOMER) == OrderFlow.comments.state


async def test_invisible_characters_inside_a_link_are_refused(shop: Shop) -> None:
    await order_form(shop, 1, "https://insta\u200bgram.com/p/X/")
    assert "invisible characters" in shop.harness.last_text(CUSTOMER)
    assert await state_of(shop, CUSTOMER) == OrderFlow.link.state
