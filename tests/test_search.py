"""Search in the customer's words (issue 23): the must-show search table through the Dispatcher,
on a fake panel whose catalogue is named as real panels name theirs, in English."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.i18n import Translator
from bot.ui.keyboards.callbacks import LanguageCb, ServiceCb
from tests.conftest import CUSTOMER, PANEL_KEY, Shop
from tests.fakes.panel import FakePanel

Service = dict[str, Any]


def _service(sid: int, name: str, category: str, rate: str, kind: str = "Default") -> Service:
    return {"service": sid, "name": name, "type": kind, "category": category, "rate": rate,
            "min": "10", "max": "10000"}  # fmt: skip


CATALOGUE = [
    _service(101, "Instagram Followers [Real - HQ]", "Instagram Followers", "2.40"),
    _service(102, "Instagram Followers [Bots] | Instant", "Instagram Followers", "0.80"),
    _service(111, "Instagram Likes | Max 50K", "Instagram Likes", "0.30"),
    _service(112, "Instagram Likes [Real] ⚡ Instant Start", "Instagram Likes", "0.90"),
    _service(121, "Instagram Reel Views", "Instagram Views", "0.05"),
    _service(122, "Instagram Story Views", "Instagram Views", "0.07"),
    _service(123, "Instagram Live Video Views", "Instagram Live", "4.00"),
    _service(131, "Instagram Saves", "Instagram Saves", "0.20"),
    _service(132, "Instagram Comments [Custom]", "Instagram Comments", "8.00", "Custom Comments"),
    _service(201, "TikTok Views", "TikTok", "0.01"),
    _service(202, "TikTok Likes [HQ]", "TikTok", "0.50"),
    _service(203, "TikTok Followers", "TikTok", "1.50"),
    _service(204, "TikTok Shares", "TikTok", "0.40"),
    _service(301, "YouTube Subscribers [Non Drop]", "YouTube Subscribers", "12.00"),
    _service(302, "YouTube Views [High Retention]", "YouTube Views", "1.80"),
    _service(303, "YouTube Likes", "YouTube Likes", "1.10"),
    _service(401, "Telegram Channel Members", "Telegram Members", "0.95"),
    _service(402, "Telegram Post Views [Last 5 posts]", "Telegram Views", "0.02"),
    _service(403, "Telegram Post Reactions 👍", "Telegram Reactions", "0.15"),
    _service(404, "Telegram Poll Votes", "Telegram Polls", "0.60", "Poll"),
    _service(501, "Facebook Page Likes", "Facebook", "2.00"),
    _service(601, "Twitter Followers", "Twitter (X)", "3.00"),
    _service(602, "X Retweets", "Twitter (X)", "1.00"),
    _service(701, "Spotify Plays", "Spotify", "0.70"),
]

INSTAGRAM_LIKES = {111, 112}
INSTAGRAM_FOLLOWERS = {101, 102}
INSTAGRAM_VIEWS = {121, 122, 123}
YOUTUBE_SUBSCRIBERS = {301}


@pytest.fixture
def panel() -> FakePanel:
    return FakePanel(api_key=PANEL_KEY, services=[dict(s) for s in CATALOGUE], balance="100")


@pytest.fixture
async def shop(make_shop: Callable[..., Any]) -> Shop:
    made: Shop = await make_shop()
    return made


async def execute(shop: Shop, sql: str) -> None:
    """The shop's own names are another part's admin commands: written here as they store them."""
    async with shop.db.transaction() as repos:
        await repos.conn.execute(sql)


async def speak(shop: Shop, lang: str) -> Translator:
    await shop.harness.send(CUSTOMER, "/start")
    await shop.harness.press(CUSTOMER, LanguageCb(lang=lang).pack())
    return shop.services.i18n.get(lang)


async def search(shop: Shop, words: str) -> list[int]:
    """The services a search shows, in the order shown."""
    await shop.harness.send(CUSTOMER, words)
    return [
        ServiceCb.unpack(data).id
        for _, data in shop.harness.buttons(CUSTOMER)
        if data.startswith("s:")
    ]


TABLE = [
    # The phrases: the customer's words find what the panel's English finds.
    ("en", "instagram likes", INSTAGRAM_LIKES),
    ("ru", "лайки инстаграм", INSTAGRAM_LIKES),
    ("ru", "instagram лайки", INSTAGRAM_LIKES),  # the Russian prompt's own example
    ("tr", "instagram beğeni", INSTAGRAM_LIKES),
    ("uz", "instagram layklar", INSTAGRAM_LIKES),
    ("en", "instagram followers", INSTAGRAM_FOLLOWERS),
    ("ar", "متابعين انستقرام", INSTAGRAM_FOLLOWERS),
    ("fa", "فالوور اینستاگرام", INSTAGRAM_FOLLOWERS),
    # Views, one phrase per language.
    ("en", "instagram views", INSTAGRAM_VIEWS),
    ("ru", "просмотры инстаграм", INSTAGRAM_VIEWS),
    ("ar", "مشاهدات انستغرام", INSTAGRAM_VIEWS),
    ("fa", "بازدید اینستاگرام", INSTAGRAM_VIEWS),
    ("tr", "instagram izlenme", INSTAGRAM_VIEWS),
    ("uz", "instagram koʻrishlar", INSTAGRAM_VIEWS),
    # Subscribers, one phrase per language.
    ("en", "youtube subscribers", YOUTUBE_SUBSCRIBERS),
    ("ru", "подписчики ютуб", YOUTUBE_SUBSCRIBERS),
    ("ar", "مشتركين يوتيوب", YOUTUBE_SUBSCRIBERS),
    ("fa", "سابسکرایبر یوتیوب", YOUTUBE_SUBSCRIBERS),
    ("tr", "youtube abone", YOUTUBE_SUBSCRIBERS),
    ("uz", "youtube obunachilar", YOUTUBE_SUBSCRIBERS),
    # More kinds and networks, short forms and endings.
    ("ru", "подписчики тг", {401}),  # a channel's subscribers are its members
    ("ru", "тикток лайков", {202}),
    ("en", "ig likes", INSTAGRAM_LIKES),
    ("en", "yt subs", YOUTUBE_SUBSCRIBERS),
    ("ar", "تيك توك مشاهدات", {201}),
    ("tr", "telegram tepki", {403}),
    ("en", "telegram votes", {404}),
    ("uz", "instagram saqlash", {131}),
    ("fa", "استوری اینستاگرام", {122}),
    ("ru", "рилсы", {121}),
    ("en", "instagram live", {123}),
    ("ar", "ريتويت تويتر", {602}),  # reposts of X, named as Twitter
    # A word that names nothing is looked for as typed, as before.
    ("en", "instant", {102, 112}),
    ("en", "retention", {302}),
]


@pytest.mark.parametrize(("lang", "words", "expected"), TABLE)
async def test_the_search_table(shop: Shop, lang: str, words: str, expected: set[int]) -> None:
    await speak(shop, lang)
    found = await search(shop, words)
    assert set(found) == expected, words
    assert len(found) == len(expected)


async def test_every_customer_searches_in_every_language(shop: Shop) -> None:
    """An English customer's Arabic and a Turkish customer's Russian are understood."""
    await speak(shop, "en")
    assert set(await search(shop, "متابعين انستقرام")) == INSTAGRAM_FOLLOWERS
    await speak(shop, "tr")
    assert set(await search(shop, "лайки инстаграм")) == INSTAGRAM_LIKES


async def test_a_short_form_is_not_looked_for_inside_other_words(shop: Shop) -> None:
    """ "ig" names Instagram but is not a part of "High"; "insta" not of "Instant"."""
    await speak(shop, "en")
    assert set(await search(shop, "ig views")) == INSTAGRAM_VIEWS
    assert set(await search(shop, "insta likes")) == INSTAGRAM_LIKES
    assert set(await search(shop, "tiktok instant")) == set()


async def test_the_shops_own_names_in_every_language_are_searched(shop: Shop) -> None:
    await execute(
        shop,
        "INSERT INTO service_texts (service_id, lang, name) VALUES (101, 'tr', 'Altın Takipçi')",
    )
    await execute(
        shop,
        "INSERT INTO category_texts (category_id, lang, name)"
        " SELECT category_id, 'ar', 'أعضاء القناة الذهبية' FROM services WHERE id = 401",
    )
    t = await speak(shop, "en")
    assert await search(shop, "altın") == [101]  # a Turkish name, an English customer
    assert await search(shop, "الذهبية") == [401]  # an Arabic category name
    assert await search(shop, "Altın takipçi") == [101]
    assert shop.harness.last_text(CUSTOMER) == t("search-results", query="Altın takipçi", count=1)


def _followers(count: int) -> list[Service]:
    return [
        _service(900 + n, f"Instagram Followers [Server {n}]", "IG Followers Extra", f"{n}.50")
        for n in range(1, count + 1)
    ]


async def test_a_cut_list_says_how_many_were_found_in_all(shop: Shop) -> None:
    shop.panel.catalogue = [*shop.panel.catalogue, *_followers(21)]
    await shop.services.catalogue.refresh()
    t = await speak(shop, "en")
    found = await search(shop, "instagram followers")
    assert len(found) == 20
    assert shop.harness.last_text(CUSTOMER) == t(
        "search-results-cut", query="instagram followers", shown=20, total=23
    )
    # Category by category as browsed, cheapest first within one.
    assert found[:3] == [102, 101, 901]
    ru = await speak(shop, "ru")
    assert len(await search(shop, "подписчики инстаграм")) == 20
    assert shop.harness.last_text(CUSTOMER) == ru(
        "search-results-cut", query="подписчики инстаграм", shown=20, total=23
    )


async def test_a_list_that_fits_counts_what_it_shows(shop: Shop) -> None:
    shop.panel.catalogue = [*shop.panel.catalogue, *_followers(18)]
    await shop.services.catalogue.refresh()
    t = await speak(shop, "en")
    assert len(await search(shop, "instagram followers")) == 20
    assert shop.harness.last_text(CUSTOMER) == t(
        "search-results", query="instagram followers", count=20
    )


@pytest.mark.parametrize("lang", ["en", "ru", "ar", "fa", "tr", "uz"])
async def test_the_prompts_own_example_finds_services(shop: Shop, lang: str) -> None:
    """The search prompt's example, in each language, is a search that finds something."""
    from bot.i18n import I18n

    prompt = I18n().get(lang)("search-prompt")
    example = prompt.split("<i>", 1)[1].split("</i>", 1)[0]
    found = await shop.services.catalogue.search(example, lang)
    assert found.services, f"{lang}: {example!r} finds nothing"
