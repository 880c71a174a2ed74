"""Issue 27, item 3: a customer reads an order's status in their own language on every screen
(the card, the card after Refresh), never the panel's raw text ("Pending", "On Hold"); the raw
text is shown only on the admin's /order card."""

from __future__ import annotations

import pytest

from bot.domain.order_draft import OrderDraft
from bot.i18n import I18n, Translator
from bot.ui.keyboards.callbacks import OrderActionCb, OrderCardCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop
from tests.test_i18n_orders import speaks
from tests.test_tracking import funded, order, place

__all__ = ["funded"]  # the fixture, imported for these tests


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


def status_line(t: Translator, order_id: int, icon: str, state: str) -> str:
    """The card's first line as the customer's language words it for `state`."""
    blank = dict.fromkeys(
        ("service", "link", "details", "price", "refunded", "progress", "created", "panel"), ""
    )
    card = t("order-card", id=order_id, icon=icon, status=t(state), **blank)
    return card.split("\n", 1)[0]


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


@pytest.mark.parametrize("lang", ["ru", "ar"])
async def test_a_running_orders_card_says_its_status_in_the_customers_language(
    funded: Shop, i18n: I18n, lang: str
) -> None:
    shop, h = funded, funded.harness
    t = i18n.get(lang)
    await speaks(shop, CUSTOMER, lang)
    placed = await place(shop, OrderDraft(service_id=1, link="https://t.me/st", quantity=100))
    assert placed.panel_order_id
    await shop.services.status_sync.sync()  # the panel answers "Pending"
    assert (await order(shop, placed.id)).status_raw == "Pending"

    await h.press(CUSTOMER, OrderCardCb(id=placed.id).pack())
    card = h.last_text(CUSTOMER)
    assert first_line(card) == status_line(t, placed.id, "⏳", "state-pending")
    assert "Pending" not in card

    # Refresh: the panel now says "In progress"; the edited card says it in the same words.
    shop.panel.set_status(placed.panel_order_id, "In progress", start_count=5, remains=50)
    await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="refresh").pack())
    card = h.last_text(CUSTOMER)
    (line,) = [x for x in card.split("\n") if "📦" in x]
    assert line == status_line(t, placed.id, "🔄", "state-in-progress")
    assert "In progress" not in card


async def test_a_status_the_shop_does_not_know_reads_as_the_state_it_keeps(
    funded: Shop, i18n: I18n
) -> None:
    shop, h = funded, funded.harness
    ru = i18n.get("ru")
    await speaks(shop, CUSTOMER, "ru")
    placed = await place(shop, OrderDraft(service_id=1, link="https://t.me/oh", quantity=100))
    assert placed.panel_order_id
    shop.panel.set_status(placed.panel_order_id, "On Hold")
    await shop.services.status_sync.sync()
    current = await order(shop, placed.id)
    assert (current.state, current.status_raw) == ("pending", "On Hold")
    await h.press(CUSTOMER, OrderCardCb(id=placed.id).pack())
    card = h.last_text(CUSTOMER)
    assert first_line(card) == status_line(ru, placed.id, "⏳", "state-pending")
    assert "On Hold" not in card


async def test_the_admins_order_card_still_shows_the_panels_own_word(
    funded: Shop, i18n: I18n
) -> None:
    shop, h = funded, funded.harness
    ru = i18n.get("ru")
    await speaks(shop, ADMIN_ID, "ru")
    placed = await place(shop, OrderDraft(service_id=1, link="https://t.me/ad", quantity=100))
    assert placed.panel_order_id
    shop.panel.set_status(placed.panel_order_id, "In progress", start_count=5, remains=50)
    await shop.services.status_sync.sync()
    await h.send(ADMIN_ID, f"/order {placed.id}")
    card = h.last_text(ADMIN_ID)
    raw = ru("admin-order-status-raw", status="In progress")
    assert f"{ru('state-in-progress')}{raw}" in first_line(card)
