"""Browsing a big catalogue (issue 23): platforms first, then a platform's categories, then a
category's services cheapest first; Popular; the admin's /platform and /rank."""

from __future__ import annotations

from collections import deque
from typing import Any

import pytest

from bot.domain.clock import now
from bot.domain.order_draft import OrderDraft
from bot.domain.platforms import shelf_of
from bot.ui.keyboards.callbacks import CategoriesCb, CategoryCb, MenuCb, PlatformCb, ServiceCb
from tests.conftest import ADMIN_ID, CUSTOMER, EN, Shop, assert_ledger_balances
from tests.fakes.catalogues import BIGGEST, NETWORKS, platform_catalogue
from tests.sql import rows

BROWSING = ("m:new", "pf:", "c:")  # the buttons that lead towards a service


@pytest.fixture
async def big_shop(make_shop: Any) -> Shop:
    shop: Shop = await make_shop(refresh=False)
    shop.panel.catalogue = platform_catalogue(5000)
    report = await shop.services.catalogue.refresh()
    assert report.total == 5000
    return shop


async def taps_to_every_service(shop: Shop) -> dict[int, int]:
    """From the main menu, every browsing button pressed breadth first: the fewest taps after
    which each service's card is one more tap away, by service id."""
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    menu = h.buttons(CUSTOMER)
    queue = deque((data, 1) for _, data in menu if data == MenuCb(to="new").pack())
    seen = {data for data, _ in queue}
    taps: dict[int, int] = {}
    while queue:
        data, depth = queue.popleft()
        await h.press(CUSTOMER, data)
        for _, found in h.buttons(CUSTOMER):
            if found.startswith("s:"):
                taps.setdefault(ServiceCb.unpack(found).id, depth + 1)
            elif found.startswith(BROWSING) and found not in seen and depth < 3:
                seen.add(found)
                queue.append((found, depth + 1))
    return taps


async def test_any_of_5000_services_is_at_most_four_taps_from_the_main_menu(
    big_shop: Shop,
) -> None:
    taps = await taps_to_every_service(big_shop)
    listed = await rows(big_shop.db, "SELECT id FROM services WHERE present = 1 AND supported = 1")
    assert len(listed) == 5000
    assert set(taps) == {service_id for (service_id,) in listed}
    assert max(taps.values()) == 4
    # The worst cases open: the last (dearest) service of the biggest category, and of the
    # platform with the most categories its last category's.
    h = big_shop.harness
    await h.press(CUSTOMER, PlatformCb(key="instagram").pack())
    categories = [d for _, d in h.buttons(CUSTOMER) if d.startswith("c:")]
    assert len(categories) == dict(NETWORKS)["Instagram"]
    sizes = []
    for category in (categories[0], categories[-1]):
        await h.press(CUSTOMER, category)
        services = [d for _, d in h.buttons(CUSTOMER) if d.startswith("s:")]
        sizes.append(len(services))
        assert len(h.buttons(CUSTOMER)) <= 100  # Telegram's limit of buttons
        await h.press(CUSTOMER, services[-1])
        assert EN("btn-order") in [text for text, _ in h.buttons(CUSTOMER)]
    assert sizes[0] == BIGGEST


async def test_new_order_shows_the_platforms_with_icons_from_both_menus(big_shop: Shop) -> None:
    h = big_shop.harness
    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, MenuCb(to="new").pack())
    inline = h.buttons(CUSTOMER)
    assert h.last_text(CUSTOMER) == EN("platforms")
    platforms = [(text, data) for text, data in inline if data.startswith("pf:")]
    assert [PlatformCb.unpack(data).key for _, data in platforms] == [
        "instagram", "tiktok", "youtube", "telegram", "facebook", "x", "spotify", "twitch",
        "discord", "threads", "linkedin", "other",
    ]  # fmt: skip
    assert platforms[0][0].startswith("📸 Instagram (")
    assert (EN("btn-search"), MenuCb(to="search").pack()) in inline
    assert (EN("btn-home"), MenuCb(to="home").pack()) in inline
    await h.send(CUSTOMER, EN("kb-new-order"))  # the reply keyboard's button
    assert h.last_text(CUSTOMER) == EN("platforms")
    assert h.buttons(CUSTOMER) == inline


async def test_a_category_page_lists_its_services_cheapest_first_with_a_way_back(
    big_shop: Shop,
) -> None:
    h = big_shop.harness
    await h.press(CUSTOMER, PlatformCb(key="twitch").pack())
    assert "Twitch" in h.last_text(CUSTOMER)
    first = CategoryCb.unpack(next(d for _, d in h.buttons(CUSTOMER) if d.startswith("c:")))
    await h.press(CUSTOMER, first.pack())
    shown = [ServiceCb.unpack(d).id for _, d in h.buttons(CUSTOMER) if d.startswith("s:")]
    rates = dict(await rows(big_shop.db, "SELECT id, rate FROM services"))
    assert [rates[i] for i in shown] == sorted(rates[i] for i in shown)
    assert h.find_button(CUSTOMER, EN("btn-back")) == PlatformCb(key="twitch").pack()
    assert h.find_button(CUSTOMER, EN("btn-home")) == MenuCb(to="home").pack()


async def test_categories_are_put_on_the_platform_their_names_name(big_shop: Shop) -> None:
    placed = dict(await rows(big_shop.db, "SELECT name, platform FROM categories"))
    assert placed["Instagram Followers [متابعين حقيقيين] #1"] == "instagram"
    assert placed["X (Twitter) Likes [🔥 Best] #157"] == "x"
    assert placed["Website Traffic Followers [متابعين حقيقيين] #198"] == "other"
    assert sum(1 for key in placed.values() if key == "threads") == 5


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Instagram Followers", "instagram"),
        ("IG Likes | Real", "instagram"),
        ("TikTok Views", "tiktok"),
        ("Tik Tok Likes", "tiktok"),
        ("Youtube Subscribers", "youtube"),
        ("Telegram Post Views", "telegram"),
        ("Facebook Page Likes", "facebook"),
        ("Twitter Retweets", "x"),
        ("X Followers", "x"),
        ("Spotify Plays", "spotify"),
        ("Twitch Followers [متابعين]", "twitch"),
        ("Discord Members", "discord"),
        ("Threads Likes", "threads"),
        ("LinkedIn Connections", "linkedin"),
        ("متابعين انستقرام", "instagram"),
        ("Подписчики Телеграм", "telegram"),
        ("Website Traffic", "other"),
        ("10x Boost", "other"),
        ("Instagram / TikTok Combo", "instagram"),
    ],
)
def test_a_category_name_names_its_platform(name: str, key: str) -> None:
    assert shelf_of(name) == key


async def test_categories_on_no_platform_yet_show_under_other_until_the_refresh(
    shop: Shop,
) -> None:
    """A database from before platforms: its categories have none until the next refresh."""
    async with shop.db.transaction() as repos:
        await repos.conn.execute("UPDATE categories SET platform = NULL")
    h = shop.harness
    await h.press(CUSTOMER, MenuCb(to="new").pack())
    assert [d for _, d in h.buttons(CUSTOMER) if d.startswith("pf:")] == ["pf:other:0"]
    await h.press(CUSTOMER, "pf:other:0")
    assert h.find_button(CUSTOMER, "Instagram Followers")
    await shop.services.catalogue.refresh()
    await h.press(CUSTOMER, MenuCb(to="new").pack())
    assert [d for _, d in h.buttons(CUSTOMER) if d.startswith("pf:")] == [
        "pf:instagram:0",
        "pf:telegram:0",
    ]


async def test_stale_and_forged_platform_buttons_are_answered(shop: Shop) -> None:
    h = shop.harness
    calls = await h.press(CUSTOMER, CategoriesCb(page=3).pack())  # a button of before
    assert h.last_text(CUSTOMER) == EN("platforms")
    assert any(c.name == "answerCallbackQuery" for c in calls)
    calls = await h.press(CUSTOMER, PlatformCb(key="spotify").pack())  # nothing on it now
    alerts = [c.method for c in calls if c.name == "answerCallbackQuery"]
    assert len(alerts) == 1 and alerts[0].text == EN("category-gone")
    assert h.last_text(CUSTOMER) == EN("platforms")
    for forged in ("pf:myspace:0", "pf::0", "pf:instagram:x"):
        calls = await h.press(CUSTOMER, forged)
        assert [c.name for c in calls].count("answerCallbackQuery") == 1, forged


async def test_admin_moves_a_category_to_another_platform_and_refreshes_keep_it(
    shop: Shop,
) -> None:
    h = shop.harness
    (telegram_id,) = [i for (i,) in await rows(shop.db, "SELECT id FROM categories "
                                                "WHERE name = 'Telegram'")]  # fmt: skip
    for bad in ("", f"{telegram_id}", f"{telegram_id} myspace", "x tiktok", f"{telegram_id} a b"):
        await h.send(ADMIN_ID, f"/platform {bad}".strip())
        assert "Usage: /platform" in h.last_text(ADMIN_ID), bad
    await h.send(ADMIN_ID, "/platform 999 tiktok")
    assert h.last_text(ADMIN_ID) == EN("admin-platform-not-found", id=999)
    await h.send(CUSTOMER, f"/platform {telegram_id} tiktok")  # not an admin: nothing
    assert await rows(shop.db, "SELECT platform FROM categories WHERE id = ?", (telegram_id,)) == [
        ("telegram",)
    ]
    await h.send(ADMIN_ID, f"/platform {telegram_id} TikTok")
    assert "TikTok" in h.last_text(ADMIN_ID)
    await shop.services.catalogue.refresh()
    assert await rows(
        shop.db, "SELECT platform, platform_by_admin FROM categories WHERE id = ?", (telegram_id,)
    ) == [("tiktok", 1)]
    await h.press(CUSTOMER, PlatformCb(key="tiktok").pack())
    assert h.find_button(CUSTOMER, "Telegram") == CategoryCb(id=telegram_id).pack()


async def test_admin_ranks_a_service_first_and_back_into_price_order(shop: Shop) -> None:
    h = shop.harness
    category = next(
        i for (i,) in await rows(shop.db, "SELECT id FROM categories WHERE name = 'Telegram'")
    )

    async def listed() -> list[int]:
        await h.press(CUSTOMER, CategoryCb(id=category).pack())
        return [ServiceCb.unpack(d).id for _, d in h.buttons(CUSTOMER) if d.startswith("s:")]

    assert await listed() == [6, 3]  # Poll Votes 1.2, then the 4.5 package: cheapest first
    for bad in ("", "3", "3 x", "3 1000", "3 -1", "a 1"):
        await h.send(ADMIN_ID, f"/rank {bad}".strip())
        assert "Usage: /rank" in h.last_text(ADMIN_ID), bad
    await h.send(ADMIN_ID, "/rank 999 1")
    assert h.last_text(ADMIN_ID) == EN("admin-rank-not-found", id=999)
    await h.send(ADMIN_ID, "/rank 3 1")
    assert "number 1" in h.last_text(ADMIN_ID)
    assert await listed() == [3, 6]
    await shop.services.catalogue.refresh()
    assert await listed() == [3, 6]  # a refresh keeps the admin's order
    await h.send(ADMIN_ID, "/rank 3 0")
    assert "back in price order" in h.last_text(ADMIN_ID)
    assert await listed() == [6, 3]


async def test_popular_lists_the_most_ordered_services_of_the_last_30_days(shop: Shop) -> None:
    h = shop.harness
    await h.press(CUSTOMER, MenuCb(to="new").pack())
    assert EN("btn-popular") not in [text for text, _ in h.buttons(CUSTOMER)]  # none yet
    await shop.credit(CUSTOMER, "100")
    drafts = [
        ("t1", OrderDraft(service_id=6, link="https://t.me/c/1/2", quantity=100, answer_number=1)),
        ("t2", OrderDraft(service_id=6, link="https://t.me/c/1/2", quantity=100, answer_number=1)),
        ("t3", OrderDraft(service_id=1, link="https://instagram.com/a", quantity=100)),
        ("t4", OrderDraft(service_id=2, link="https://instagram.com/p/x", quantity=100)),
        ("t5", OrderDraft(service_id=2, link="https://instagram.com/p/x", quantity=100)),
        ("t6", OrderDraft(service_id=2, link="https://instagram.com/p/x", quantity=100)),
    ]
    for token, draft in drafts:
        assert (await shop.place(draft, token)).order is not None
    async with shop.db.transaction() as repos:  # service 2's orders are 31 days old
        await repos.conn.execute(
            "UPDATE orders SET created_at = ? WHERE service_id = 2", (now() - 31 * 86_400,)
        )
    await h.press(CUSTOMER, MenuCb(to="new").pack())
    await h.press(CUSTOMER, h.find_button(CUSTOMER, EN("btn-popular")))
    assert h.last_text(CUSTOMER).startswith(EN("popular-header", days=30))
    shown = [ServiceCb.unpack(d).id for _, d in h.buttons(CUSTOMER) if d.startswith("s:")]
    assert shown == [6, 1]
    assert h.find_button(CUSTOMER, EN("btn-back")) == MenuCb(to="new").pack()
    await h.press(CUSTOMER, ServiceCb(id=6).pack())
    assert EN("btn-order") in [text for text, _ in h.buttons(CUSTOMER)]
    await assert_ledger_balances(shop.db)


async def test_popular_counts_only_the_orders_a_panel_took(shop: Shop) -> None:
    """Three refused orders of service 1 weigh nothing against one placed order of service 6."""
    h = shop.harness
    await shop.credit(CUSTOMER, "100")
    link = "https://instagram.com/a"
    for n in range(3):
        draft = OrderDraft(service_id=1, link=link, quantity=100)
        refused = await shop.place(draft, f"r{n}", fault="error:Service is disabled")
        assert refused.order is None or refused.order.panel_order_id is None
    vote = OrderDraft(service_id=6, link="https://t.me/c/1/2", quantity=100, answer_number=1)
    assert (await shop.place(vote, "v")).order is not None
    await h.press(CUSTOMER, MenuCb(to="new").pack())
    await h.press(CUSTOMER, h.find_button(CUSTOMER, EN("btn-popular")))
    shown = [ServiceCb.unpack(d).id for _, d in h.buttons(CUSTOMER) if d.startswith("s:")]
    assert shown == [6]
    await assert_ledger_balances(shop.db)
