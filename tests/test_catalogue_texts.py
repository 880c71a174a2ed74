"""The shop's own names and descriptions per language (issue 23): /rename, /describe, the
admin's service card, and what customers read, through the real Dispatcher."""

from __future__ import annotations

from typing import Any

from aiogram.methods import AnswerCallbackQuery

from bot.ui.keyboards.callbacks import (
    AdminServiceCb,
    CategoryCb,
    MenuCb,
    OrderServiceCb,
    PlatformCb,
    ServiceCb,
)
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.telegram import html_to_plain
from tests.sql import rows
from tests.test_admin_i18n import speaks

RU, TR = 3001, 3002


async def say(shop: Shop, text: str, user: int = ADMIN_ID) -> str:
    await shop.harness.send(user, text)
    return html_to_plain(shop.harness.last_text(user))


async def texts(shop: Shop) -> list[tuple[Any, ...]]:
    return await rows(
        shop.db,
        "SELECT 's', service_id, lang, name, description FROM service_texts"
        " UNION ALL SELECT 'c', category_id, lang, name, NULL FROM category_texts ORDER BY 1, 2, 3",
    )


async def service_list(shop: Shop, user: int, category_id: int) -> list[str]:
    """The buttons of a category's services as the customer reads them."""
    await shop.harness.send(user, "/start")
    await shop.harness.press(user, CategoryCb(id=category_id).pack())
    return [text for text, _ in shop.harness.buttons(user)]


async def category_of(shop: Shop, service_id: int) -> int:
    [(category_id,)] = await rows(
        shop.db, "SELECT category_id FROM services WHERE id = ?", (service_id,)
    )
    return int(category_id)


async def test_customers_read_the_shop_name_in_their_language(shop: Shop) -> None:
    await speaks(shop, RU, "ru")
    await speaks(shop, TR, "tr")
    category = await category_of(shop, 2)
    assert any("Instagram Likes" in b for b in await service_list(shop, RU, category))
    done = await say(shop, "/rename service 2 ru Лайки <быстрые>")
    assert done.startswith("✅") and "Лайки <быстрые>" in done
    await say(shop, "/rename service 2 en Fast likes")
    assert any("Лайки <быстрые>" in b for b in await service_list(shop, RU, category))
    # Turkish has no name of the shop's: the English one, not the panel's.
    assert any("Fast likes" in b for b in await service_list(shop, TR, category))
    assert not any("Instagram Likes" in b for b in await service_list(shop, TR, category))
    # The service card, in the customer's language, the name escaped.
    await shop.harness.press(RU, ServiceCb(id=2).pack())
    card = shop.harness.session.calls[-1].method
    assert "Лайки &lt;быстрые&gt;" in card.text  # type: ignore[attr-defined]
    # `-` removes the Russian name: the English one shows again.
    assert (await say(shop, "/rename service 2 ru -")).startswith("✅")
    assert any("Fast likes" in b for b in await service_list(shop, RU, category))
    await say(shop, "/rename service 2 en -")
    assert any("Instagram Likes" in b for b in await service_list(shop, RU, category))
    assert await texts(shop) == []


async def test_a_category_renamed_and_a_description_written(shop: Shop) -> None:
    await speaks(shop, RU, "ru")
    category = await category_of(shop, 1)
    await say(shop, f"/rename category {category} ru Подписчики в Инстаграм")
    await shop.harness.send(RU, "/start")
    await shop.harness.press(RU, MenuCb(to="new").pack())
    await shop.harness.press(RU, PlatformCb(key="instagram").pack())
    assert any("Подписчики в Инстаграм" in b for b, _ in shop.harness.buttons(RU))
    text = await say(shop, "/describe service 1 ru Живые подписчики.\nСтарт: 1 час")
    assert text.startswith("✅")
    await shop.harness.press(RU, ServiceCb(id=1).pack())
    shown = html_to_plain(shop.harness.last_text(RU))
    assert "Живые подписчики.\nСтарт: 1 час" in shown
    assert "Подписчики в Инстаграм" in shown
    assert "Real-looking followers" not in shown


async def test_bad_arguments_are_refused_and_change_nothing(shop: Shop) -> None:
    await say(shop, "/rename service 1 en Kept")
    before = await texts(shop)
    lines = [
        "/rename",
        "/rename service",
        "/rename service x ru Name",
        "/rename thing 1 ru Name",
        "/rename service 1 xx Name",
        "/rename service 1 ru",
        "/rename service 1 ru " + "n" * 101,
        "/describe category 1 ru Text",
        "/describe service 1 ru " + "d" * 1001,
        "/describe service 1",
    ]
    for line in lines:
        text = await say(shop, line)
        assert text.startswith("❌ ") and "Usage" in text, (line, text)
    assert "en, ar, fa, ru, tr, uz" in await say(shop, "/rename service 1 xx Name")
    assert "100" in await say(shop, "/rename service 1 ru " + "n" * 101)
    assert (await say(shop, "/rename service 999 ru Name")).startswith("❌ There is no service 999")
    assert (await say(shop, "/rename category 999 ru N")).startswith("❌ There is no category 999")
    # A customer's /rename is no command at all.
    await shop.harness.send(CUSTOMER, "/rename service 1 ru Hacked")
    assert "✅" not in shop.harness.last_text(CUSTOMER)
    assert await texts(shop) == before


async def test_a_refresh_keeps_the_shop_names(shop: Shop) -> None:
    await say(shop, "/rename service 1 en Followers of the shop")
    await say(shop, "/describe service 1 en Ours.")
    shop.panel.catalogue = [dict(item) for item in shop.panel.catalogue]
    shop.panel.catalogue[0]["name"] = "IG Followers v2"
    shop.panel.catalogue[0]["desc"] = "Theirs."
    await shop.services.catalogue.refresh()
    service = await shop.services.catalogue.orderable(1, "ru")
    assert service is not None
    assert (service.name, service.description) == ("Followers of the shop", "Ours.")
    assert (service.panel_name, service.panel_description) == ("IG Followers v2", "Theirs.")
    assert await texts(shop) == [
        ("s", 1, "en", "Followers of the shop", "Ours."),
    ]


async def test_the_service_card_renames_with_buttons(shop: Shop) -> None:
    h = shop.harness
    await say(shop, "/rename service 1 tr Takipçi")
    card = await say(shop, "/service 1")
    for part in (
        "Service 1",
        "Panel 1 · its id 1",
        "Instagram Followers <HQ> & fast",
        "Category: Instagram Followers",
        "· tr: Takipçi",
        "Rate: 0.90 USD · customers pay 0.90 USD per 1000",
        "Min–max: 50–10000",
        "Markup: 0% (from its category or the global one)",
        "Hidden: no",
    ):
        assert part in card, part
    card_id = h.session.last_bot_message(ADMIN_ID).message_id  # type: ignore[union-attr]
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Rename"))
    assert "which language" in h.last_text(ADMIN_ID)
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Русский"))
    assert "Send the name of service 1 in Русский" in h.last_text(ADMIN_ID)
    assert h.session.last_bot_message(ADMIN_ID).message_id == card_id  # type: ignore[union-attr]
    await h.send(ADMIN_ID, "n" * 101)  # too long: said, still asked
    assert "longer than 100" in h.last_text(ADMIN_ID)
    await h.send(ADMIN_ID, "  Подписчики   HQ ")
    shown = html_to_plain(h.last_text(ADMIN_ID))
    assert shown.startswith("✅") and "· ru: Подписчики HQ" in shown
    # Describe, then Cancel at the prompt: nothing written, the card again.
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Describe"))
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "English"))
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Cancel"))
    assert "Service 1" in h.last_text(ADMIN_ID)
    await h.send(ADMIN_ID, "not a description")  # the prompt is closed: no longer read
    assert await texts(shop) == [
        ("s", 1, "ru", "Подписчики HQ", None),
        ("s", 1, "tr", "Takipçi", None),
    ]
    answers = [c for c in h.session.calls if isinstance(c.method, AnswerCallbackQuery)]
    assert len(answers) == 5


async def test_forged_and_stale_card_buttons_are_answered(shop: Shop) -> None:
    h = shop.harness
    before = await texts(shop)
    for data in (
        AdminServiceCb(act="name", id=999).pack(),
        AdminServiceCb(act="ask", id=999, lang="ru", field="n").pack(),
        AdminServiceCb(act="ask", id=1, lang="ru", field="x").pack(),
        AdminServiceCb(act="card", id=999).pack(),
        "asv:ask:1:xx:n",  # a language the shop does not speak
    ):
        calls = await h.press(ADMIN_ID, data)
        answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
        assert len(answers) == 1, data
    # A customer's press of an admin button changes nothing either.
    await h.press(CUSTOMER, AdminServiceCb(act="ask", id=1, lang="ru", field="n").pack())
    await h.send(CUSTOMER, "Hacked")
    assert await texts(shop) == before


async def test_the_order_form_summary_and_my_orders_name_the_service_in_russian(
    shop: Shop,
) -> None:
    h, t = shop.harness, shop.services.i18n.get("ru")
    await speaks(shop, RU, "ru")
    await shop.credit(RU, "10")
    await say(shop, "/rename service 1 ru Быстрые лайки")
    await say(shop, "/rename service 1 en Quick likes")
    await h.send(RU, "/start")
    await h.press(RU, OrderServiceCb(id=1).pack())
    assert "Быстрые лайки" in html_to_plain(h.last_text(RU))  # the form's first step
    await h.send(RU, "https://instagram.com/p/abc")
    await h.send(RU, "100")
    summary = html_to_plain(h.last_text(RU))
    assert "Быстрые лайки" in summary and "Instagram Followers" not in summary
    await h.press(RU, h.find_button(RU, t("btn-confirm")))
    # The order keeps the name the customer ordered under.
    assert await rows(shop.db, "SELECT service_name FROM orders") == [("Быстрые лайки",)]
    # Renamed later: My orders and the order's card say the shop's name of now.
    await say(shop, "/rename service 1 ru Лайки")
    await h.send(RU, "/orders")
    assert "Лайки" in html_to_plain(h.last_text(RU))
    assert "Быстрые лайки" not in html_to_plain(h.last_text(RU))
    await h.press(RU, h.find_button(RU, "1"))
    assert "Лайки" in html_to_plain(h.last_text(RU))
    # The Russian name removed: the English one of the shop, not the old snapshot.
    await say(shop, "/rename service 1 ru -")
    await h.send(RU, "/orders")
    assert "Quick likes" in html_to_plain(h.last_text(RU))
    await assert_ledger_balances(shop.db)


async def test_admin_lists_the_catalogue_commands(shop: Shop) -> None:
    lines = (await say(shop, "/admin")).splitlines()
    for command in ("/service", "/rename", "/describe", "/export catalogue"):
        assert any(line.startswith(command) for line in lines), command


async def test_a_handle_is_read_by_the_panels_words_whatever_the_shops_name(shop: Shop) -> None:
    """An Arabic customer of a service renamed in Arabic types @handle: it is still read as an
    Instagram account, as the panel's English name says, not refused for want of a platform."""
    arabic = 3003
    await speaks(shop, arabic, "ar")
    category = await category_of(shop, 1)
    await say(shop, "/rename service 1 ar متابعين سريعون")
    await say(shop, f"/rename category {category} ar متابعين")
    await shop.credit(arabic, "10")
    h = shop.harness
    await h.send(arabic, "/start")
    await h.press(arabic, OrderServiceCb(id=1).pack())
    await h.send(arabic, "@shop_owner")
    assert "10000" in h.last_text(arabic)  # the quantity step, not the link's again
    await h.send(arabic, "100")
    confirm = next(data for _, data in h.buttons(arabic) if data.startswith("ok:"))
    await h.press(arabic, confirm)
    assert shop.adds()[-1]["link"] == "https://instagram.com/shop_owner"
    await assert_ledger_balances(shop.db)
