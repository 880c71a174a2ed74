"""A panel's refusal keeps the form and says why in the customer's language (issue 27, item 2).

The panel's own English goes to the admins (the order's card), never to the customer; the
customer gets Edit link, Try again (the summary again, to confirm anew: `add` is never sent
again by itself) and Cancel. Money: a refused order is refunded at once, as before."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal

import pytest
from aiogram.methods import AnswerCallbackQuery

from bot.domain.money import to_minor
from bot.i18n import Translator
from bot.ui.keyboards.callbacks import DraftCb, LanguageCb
from tests.browsing import open_category
from tests.conftest import CUSTOMER, Shop, assert_ledger_balances
from tests.test_languages import labels

LINK = "https://instagram.com/shop_owner"
NEW_LINK = "https://instagram.com/the_real_shop"


async def to_summary(shop: Shop, lang: str) -> Translator:
    """In `lang`: credited, then New order → Followers → the link → 1000: the summary."""
    t = shop.services.i18n.get(lang)
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, LanguageCb(lang=lang).pack())
    await open_category(shop, CUSTOMER, "Instagram Followers")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Followers <HQ>"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-order")))
    await h.send(CUSTOMER, LINK)
    await h.send(CUSTOMER, "1000")
    assert t("btn-confirm") in labels(h.last_markup(CUSTOMER))
    return t


async def refused(shop: Shop, t: Translator, panel_text: str) -> str:
    """Confirms the summary; the panel answers `add` with `panel_text`."""
    shop.panel.inject_fault("add", f"error:{panel_text}")
    h = shop.harness
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-confirm")))
    return h.last_text(CUSTOMER)


async def assert_refunded(shop: Shop, panel_text: str) -> None:
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    async with shop.db.read() as repos:
        orders = await repos.orders.list_for_user(CUSTOMER, 0, 10)
    refused = [o for o in orders if o.state == "failed"]
    assert len(refused) == 1 and refused[0].refunded == refused[0].price
    assert refused[0].error == panel_text  # the admin's card of the order shows it
    await assert_ledger_balances(shop.db)


async def test_a_refusal_in_russian_names_the_reason_and_edit_link_places_the_new_link(
    shop: Shop,
) -> None:
    t = await to_summary(shop, "ru")
    h = shop.harness
    text = await refused(shop, t, "Link is private or does not exist")
    assert text == t("order-not-taken", reason=t("refusal-link"))
    assert "ссылка закрыта" in text and "private" not in text and "Link" not in text
    assert labels(h.last_markup(CUSTOMER)) == [
        t("btn-edit-link"),
        t("btn-try-again"),
        t("btn-cancel"),
    ]
    await assert_refunded(shop, "Link is private or does not exist")

    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-edit-link")))
    assert t("btn-confirm") not in labels(h.last_markup(CUSTOMER))  # the link step
    await h.send(CUSTOMER, NEW_LINK)
    summary = h.last_text(CUSTOMER)  # straight back to the summary, the rest kept
    assert NEW_LINK in summary and "1000" in summary
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-confirm")))
    assert shop.adds()[-1] == {"service": "1", "link": NEW_LINK, "quantity": "1000"}
    assert len(shop.adds()) == 2
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9.10"))
    await assert_ledger_balances(shop.db)


@pytest.mark.parametrize(
    ("panel_text", "reason"),
    [
        (
            "You have active order with this link. Please wait until order being completed.",
            "refusal-active",
        ),
        ("Quantity more than maximal 500", "refusal-quantity"),
        ("Incorrect service ID", "refusal-other"),
    ],
)
async def test_the_common_reasons_are_said_in_russian(
    shop: Shop, panel_text: str, reason: str
) -> None:
    t = await to_summary(shop, "ru")
    text = await refused(shop, t, panel_text)
    assert text == t("order-not-taken", reason=t(reason))
    assert panel_text.split()[0] not in text
    await assert_refunded(shop, panel_text)


async def test_not_enough_funds_on_the_panel_says_the_service_is_unavailable(shop: Shop) -> None:
    t = await to_summary(shop, "ru")
    text = await refused(shop, t, "neworder.error.not_enough_funds")
    assert text == t("order-not-taken", reason=t("refusal-unavailable"))
    assert "сейчас недоступна" in text and "funds" not in text
    assert t("btn-try-again") in labels(shop.harness.last_markup(CUSTOMER))
    await assert_refunded(shop, "neworder.error.not_enough_funds")


async def test_try_again_shows_the_summary_to_confirm_again_and_cancel_clears(
    shop: Shop,
) -> None:
    t = await to_summary(shop, "en")
    h = shop.harness
    text = await refused(shop, t, "Bad link")
    assert text == t("order-not-taken", reason=t("refusal-link"))
    assert "Bad link" not in text
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-try-again")))
    summary = h.last_text(CUSTOMER)
    assert LINK in summary and "Total: <b>0.90 USD</b>" in summary
    assert t("btn-confirm") in labels(h.last_markup(CUSTOMER))
    assert len(shop.adds()) == 1  # shown again to confirm, never sent again by itself
    await assert_refunded(shop, "Bad link")

    await refused(shop, t, "Bad link")  # confirmed again, refused again
    assert len(shop.adds()) == 2
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-cancel")))
    assert h.last_text(CUSTOMER) == t("cancelled")
    calls = await h.press(CUSTOMER, DraftCb(act="retry").pack())  # the form is gone
    (answer,) = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answer.text == t("draft-expired")
    assert len(shop.adds()) == 2
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    await assert_ledger_balances(shop.db)


async def test_an_unknown_outcome_offers_no_try_again(
    make_shop: Callable[..., Awaitable[Shop]],
) -> None:
    shop = await make_shop(panel_timeout_seconds=0.5)
    t = await to_summary(shop, "ru")
    h = shop.harness
    held = shop.panel.hold("add")  # answered too late: the outcome is unknown
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-confirm")))
    assert "проверяется" in h.last_text(CUSTOMER)
    assert t("btn-try-again") not in labels(h.last_markup(CUSTOMER))
    calls = await h.press(CUSTOMER, DraftCb(act="retry").pack())  # the form is not kept
    (answer,) = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answer.text == t("draft-expired")
    assert held.arrivals == 1 and len(shop.adds()) == 1
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9.10"))
    shop.panel.release("add")
    await assert_ledger_balances(shop.db)
