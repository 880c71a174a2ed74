"""Issue 27 item 8: prices that read well. A service ordered a few at a time is priced per
one, quick picks show their totals (what the summary then charges), and Order again shows
the service and the link before asking how many. In English and Russian."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal

import pytest

from bot.domain.order_draft import OrderDraft
from bot.services.pricing import price_each
from bot.ui.keyboards.callbacks import CategoryCb, OrderActionCb, OrderServiceCb
from tests.browsing import open_category
from tests.conftest import CUSTOMER, Shop, assert_ledger_balances
from tests.sql import rows
from tests.test_tracking import place

VOTES = {
    "service": 1, "name": "Poll Votes", "type": "Poll", "category": "Telegram",
    "rate": "10.4", "min": "10", "max": "500",
}  # fmt: skip
VIEWS = {
    "service": 2, "name": "Post Views", "type": "Default", "category": "Telegram",
    "rate": "1.5", "min": "100", "max": "100000",
}  # fmt: skip
LINK = "https://t.me/channel/5"
# language: (the card's per one, per 1000; the list's per one; the summary's total; Order
# again's link line)
WORDS = {
    "en": ("<b>0.0104 USD</b> each", "<b>1.50 USD</b> per 1000", "0.0104 USD each", "Total:"),
    "ru": ("<b>0,0104 USD</b> за 1 шт.", "<b>1,50 USD</b> за 1000", "0,0104 USD за шт.", "Итого:"),
}


@pytest.fixture
async def small_and_big(make_shop: Callable[..., Awaitable[Shop]]) -> Shop:
    shop = await make_shop(refresh=False)
    shop.panel.catalogue = [VOTES, VIEWS]
    await shop.services.catalogue.refresh()
    await shop.credit(CUSTOMER, "200")
    return shop


async def speaking(shop: Shop, lang: str) -> None:
    await shop.harness.send(CUSTOMER, "/start")
    async with shop.db.transaction() as repos:
        await repos.users.set_language(CUSTOMER, lang)


@pytest.mark.parametrize("lang", ["en", "ru"])
async def test_a_small_max_service_is_priced_per_one_a_big_one_per_1000(
    small_and_big: Shop, lang: str
) -> None:
    shop, h = small_and_big, small_and_big.harness
    each_card, per_1000_card, each_list, _ = WORDS[lang]
    await speaking(shop, lang)
    await open_category(shop, CUSTOMER, "Telegram")
    ((category_id,),) = await rows(shop.db, "SELECT id FROM categories")
    category = CategoryCb(id=category_id).pack()
    assert h.find_button(CUSTOMER, f"Poll Votes · {each_list}")  # 10.4 / 1000 per vote
    assert h.find_button(CUSTOMER, f"Post Views · {'1,50' if lang == 'ru' else '1.50'} USD")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Poll Votes"))
    assert each_card in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, CategoryCb.unpack(category).pack())
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Post Views"))
    assert per_1000_card in h.last_text(CUSTOMER)


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("service", [1, 2])
async def test_each_quick_pick_shows_the_total_the_summary_charges(
    small_and_big: Shop, lang: str, service: int
) -> None:
    shop, h = small_and_big, small_and_big.harness
    total_word = WORDS[lang][3]
    await speaking(shop, lang)
    await h.press(CUSTOMER, OrderServiceCb(id=service).pack())
    await h.send(CUSTOMER, LINK)
    picks = [(text, data) for text, data in h.buttons(CUSTOMER) if data.startswith("dq:")]
    assert len(picks) >= 3
    for label, data in picks:
        quantity, total = label.split(" · ")
        assert int(quantity.replace(" ", "")) == int(data.split(":")[1])
        assert total.endswith(" USD")
        await h.press(CUSTOMER, OrderServiceCb(id=service).pack())
        await h.send(CUSTOMER, LINK)
        await h.press(CUSTOMER, data)
        if service == 1:
            await h.send(CUSTOMER, "1")  # the poll's answer number
        assert f"{total_word} <b>{total}</b>" in h.last_text(CUSTOMER)
    # The last pick's total is what is taken from the balance.
    before = await shop.balance(CUSTOMER)
    await h.press(CUSTOMER, next(d for _, d in h.buttons(CUSTOMER) if d.startswith("ok:")))
    assert len(shop.adds()) == 1
    charged = Decimal(before - await shop.balance(CUSTOMER)).scaleb(-5)
    shown = f"{charged.quantize(Decimal('0.01'))}"
    assert (
        f"{shown.replace('.', ',') if lang == 'ru' else shown} USD" == picks[-1][0].split(" · ")[1]
    )
    await assert_ledger_balances(shop.db)


@pytest.mark.parametrize(("lang", "link_word"), [("en", "Link:"), ("ru", "Ссылка:")])
async def test_order_again_first_shows_the_service_and_the_link(
    small_and_big: Shop, lang: str, link_word: str
) -> None:
    shop, h = small_and_big, small_and_big.harness
    placed = await place(shop, OrderDraft(service_id=2, link=LINK, quantity=1000))
    await speaking(shop, lang)
    await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="again").pack())
    text = h.last_text(CUSTOMER)
    assert "🔁 <b>Post Views</b>" in text
    assert f"🔗 {link_word} {LINK}" in text
    assert text.index(LINK) < text.index("100000")  # then how many (100 to 100000)
    assert [d for _, d in h.buttons(CUSTOMER) if d.startswith("dq:")]
    await assert_ledger_balances(shop.db)


@pytest.mark.parametrize(
    ("per_1000", "decimals", "shown"),
    [
        ("10.4", 2, "0.0104"),
        ("10", 2, "0.01"),  # trimmed down to PRICE_DECIMALS, not under
        ("0.031", 2, "0.000031"),  # never reads as 0
        ("0.03111", 2, "0.000032"),  # rounded up past PRICE_DECIMALS + 4: never less
        ("1.23456", 0, "0.0013"),
    ],
)
def test_the_price_of_one_is_rounded_up_with_four_more_decimals(
    per_1000: str, decimals: int, shown: str
) -> None:
    assert f"{price_each(Decimal(per_1000), decimals):f}" == shown


@pytest.mark.parametrize(
    ("lang", "asked", "so_far", "summary"),
    [
        ("en", "<b>0.0104 USD</b> each", "🧾 So far: 20 × 0.0104 USD = ", "Price: 0.0104 USD each"),
        (
            "ru",
            "<b>0,0104 USD</b> за 1 шт.",
            "🧾 Предварительно: 20 × 0,0104 USD = ",
            "Цена: 0,0104 USD за 1 шт.",
        ),
    ],
)
async def test_the_form_of_a_few_at_a_time_service_says_each_not_per_1000(
    small_and_big: Shop, lang: str, asked: str, so_far: str, summary: str
) -> None:
    """The quantity's question, the running total and the summary of Poll Votes (max 500)
    price one vote, as its card and list do."""
    shop, h = small_and_big, small_and_big.harness
    await speaking(shop, lang)
    await h.press(CUSTOMER, OrderServiceCb(id=1).pack())
    await h.send(CUSTOMER, LINK)
    assert asked in h.last_text(CUSTOMER) and "1000" not in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "20")
    assert so_far in h.last_text(CUSTOMER)  # asking the poll's answer
    await h.send(CUSTOMER, "1")
    text = h.last_text(CUSTOMER)
    assert summary in text and "1000" not in text
    await h.press(CUSTOMER, next(d for _, d in h.buttons(CUSTOMER) if d.startswith("ok:")))
    assert len(shop.adds()) == 1
    await assert_ledger_balances(shop.db)
