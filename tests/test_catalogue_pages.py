"""Catalogue pages are short and readable (issue 10, item 3): every name once, cut by visible
width between graphemes and words, right-to-left names isolated, and no idle page button."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

import pytest
from aiogram.types import InlineKeyboardMarkup

from bot.db.repositories.catalogue import CategoryRow
from bot.i18n import I18n
from bot.services.catalogue import Page
from bot.ui.keyboards import catalogue as kb
from bot.ui.keyboards.callbacks import (
    CategoryCb,
    ConfirmCb,
    DraftCb,
    EditFieldCb,
    MenuCb,
    PlatformCb,
    QuantityCb,
    WalletCb,
)
from bot.ui.views import FSI, PDI, cut
from tests.browsing import open_category
from tests.conftest import ADMIN_ID, CUSTOMER, Shop
from tests.fakes.telegram import html_to_plain

ARABIC = "متابعين انستغرام حقيقيين عالية الجودة مع ضمان التعويض لمدة ثلاثين يوما"
FAMILY = "👨\u200d👩\u200d👧"


def service(n: int, name: str, category: str = "Mixed", rate: str = "0.0123") -> dict[str, object]:
    return {
        "service": n, "name": name, "type": "Default", "category": category,
        "rate": rate, "min": "100", "max": "100000",
    }  # fmt: skip


@pytest.fixture
async def mixed_shop(make_shop: Callable[..., Awaitable[Shop]]) -> Shop:
    shop = await make_shop(refresh=False)
    shop.panel.catalogue = [
        service(1, ARABIC),
        service(2, "Instagram Followers [Real] [Refill 30 days] instant start"),
        service(3, FAMILY * 20),
        service(4, "Views", rate="1.5"),
    ] + [service(100 + i, f"Category {i:02} service", category=f"Cat {i:02}") for i in range(40)]
    await shop.services.catalogue.refresh()
    return shop


async def open_mixed(shop: Shop) -> None:
    await open_category(shop, CUSTOMER, "Mixed")


async def test_every_name_once_with_its_exact_price_on_the_button(mixed_shop: Shop) -> None:
    h = mixed_shop.harness
    await open_mixed(mixed_shop)
    text = html_to_plain(h.last_text(CUSTOMER))
    labels = [label for label, data in h.buttons(CUSTOMER) if data.startswith("s:")]
    assert len(labels) == 4
    for label in labels:
        name = label.rsplit(" · ", 1)[0].strip(FSI + PDI).rstrip("…")
        assert name not in text  # the list is the buttons: no name printed twice
    assert "Views · 1.50 USD" in labels
    assert sum("0.0123 USD" in label for label in labels) == 3  # never rounded to 0.02
    assert "Prices per 1000" in text


async def test_an_arabic_name_is_cut_on_a_button_inside_its_isolates(mixed_shop: Shop) -> None:
    h = mixed_shop.harness
    await open_mixed(mixed_shop)
    (label,) = [label for label, _ in h.buttons(CUSTOMER) if "متابعين" in label]
    assert label.startswith(FSI)
    name, price = label.split(PDI)
    assert price == " · 0.0123 USD"  # the price sits outside the isolate, in its own order
    assert name.endswith("…") and name.count(FSI) == 1
    words = name[1:-1].split(" ")
    assert all(word in ARABIC.split(" ") for word in words)  # cut between words
    assert len(name) < len(ARABIC)


async def test_names_are_cut_between_graphemes_and_words(mixed_shop: Shop) -> None:
    h = mixed_shop.harness
    await open_mixed(mixed_shop)
    labels = [label for label, _ in h.buttons(CUSTOMER)]
    (family,) = [label for label in labels if FAMILY in label]
    emoji = family.split(" · ")[0].rstrip("…")
    assert emoji == FAMILY * (len(emoji) // len(FAMILY))  # whole ZWJ sequences only
    (latin,) = [label for label in labels if label.startswith("Instagram")]
    assert latin.split(" · ")[0] in (
        "Instagram Followers [Real]…",
        "Instagram Followers [Real] [Refill…",
    )
    assert FSI not in latin  # left-to-right names are left as they are
    assert cut("abc " + "x" * 50, 10) == "abc xxxxx…"  # one long word is cut where it must


async def test_page_buttons_all_go_somewhere(make_shop: Callable[..., Awaitable[Shop]]) -> None:
    """A platform of more categories than a screen lists (300: four pages of 95)."""
    shop = await make_shop(refresh=False)
    shop.panel.catalogue = [service(i, f"S {i}", category=f"Cat {i:03}") for i in range(1, 301)]
    await shop.services.catalogue.refresh()
    h = shop.harness
    await h.press(CUSTOMER, PlatformCb(key="other").pack())
    assert "Page 1 of 4" in h.last_text(CUSTOMER)
    pages = [d for _, d in h.buttons(CUSTOMER) if d.startswith("pf:")]
    assert pages == [PlatformCb(key="other", page=1).pack()]  # Next only: no idle "Page 1 of 4"
    await h.press(CUSTOMER, PlatformCb(key="other", page=2).pack())
    nav = {label: data for label, data in h.buttons(CUSTOMER) if data.startswith("pf:")}
    assert set(nav.values()) == {PlatformCb(key="other", page=p).pack() for p in (0, 1, 3)}
    assert len(h.buttons(CUSTOMER)) == 100  # 95 categories, 3 page buttons, Back, Main menu
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "⏮"))
    assert "Page 1 of" in h.last_text(CUSTOMER)
    assert not any("Page" in label for label, _ in h.buttons(CUSTOMER))


async def test_a_category_with_a_right_to_left_name_is_isolated(
    make_shop: Callable[..., Awaitable[Shop]],
) -> None:
    shop = await make_shop(refresh=False)
    shop.panel.catalogue = [
        service(1, "x", category="خدمات انستغرام"),
        service(2, "y", "خدمات انستغرام"),
    ]
    await shop.services.catalogue.refresh()
    h = shop.harness
    await h.press(CUSTOMER, MenuCb(to="new").pack())
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Instagram"))  # انستغرام
    (label,) = [label for label, data in h.buttons(CUSTOMER) if data.startswith("c:")]
    assert label == f"{FSI}خدمات انستغرام{PDI} (2)"  # the count stays after the name
    await h.press(CUSTOMER, CategoryCb.unpack(h.find_button(CUSTOMER, "خدمات")).pack())
    assert f"{FSI}خدمات انستغرام{PDI}" in h.last_text(CUSTOMER)


# -- the form's keyboards, as the customer sees them ---------------------------------------
def _rows(markup: InlineKeyboardMarkup) -> list[list[tuple[str, str]]]:
    """Each row of buttons as (label, callback data or URL)."""
    return [
        [(b.text, b.callback_data or b.url or "") for b in row] for row in markup.inline_keyboard
    ]


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize(
    ("picks", "pick_rows"),
    [
        ((), []),
        ((100,), [["100"]]),
        ((100, 500), [["100", "500"]]),
        ((100, 500, 1000, 5000), [["100", "500", "1 000"], ["5 000"]]),
        (tuple(range(1, 7)), [["1", "2", "3"], ["4", "5", "6"]]),
    ],
)
@pytest.mark.parametrize("skippable", [False, True])
@pytest.mark.parametrize("back", [False, True])
def test_a_form_step_keyboard_shows_picks_in_threes_then_skip_then_back_and_cancel(
    lang: str, picks: tuple[int, ...], pick_rows: list[list[str]], skippable: bool, back: bool
) -> None:
    t = I18n().get(lang)
    pick = {f"{n:,}".replace(",", " "): QuantityCb(n=n).pack() for n in picks}
    expected = [[(label, pick[label]) for label in row] for row in pick_rows]
    if skippable:
        expected.append([(t("btn-skip"), DraftCb(act="skip").pack())])
    last = [(t("btn-cancel"), DraftCb(act="cancel").pack())]
    expected.append([(t("btn-back"), DraftCb(act="back").pack()), *last] if back else last)

    assert _rows(kb.step(t, skippable, picks, back)) == expected


@pytest.mark.parametrize("lang", ["en", "fa"])
@pytest.mark.parametrize("token", [None, "tok123"])
@pytest.mark.parametrize(
    ("fields", "edit_rows"),
    [
        ((), []),
        (("link",), [["link"]]),
        (("link", "quantity"), [["link", "quantity"]]),
        (("link", "quantity", "runs"), [["link", "quantity"], ["runs"]]),
    ],
)
@pytest.mark.parametrize("support", [None, "https://t.me/shop_support"])
def test_a_summary_keyboard_shows_pay_then_edits_in_twos_then_back_and_cancel(
    lang: str,
    token: str | None,
    fields: tuple[str, ...],
    edit_rows: list[list[str]],
    support: str | None,
) -> None:
    t = I18n().get(lang)
    expected = [
        [(t("btn-confirm"), ConfirmCb(token=token).pack())]
        if token is not None
        else [(t("btn-add-funds"), WalletCb(act="add").pack())]
    ]
    expected += [
        [(t("btn-edit-field", field=t(f"field-{f}")), EditFieldCb(f=f).pack()) for f in row]
        for row in edit_rows
    ]
    expected.append(
        [
            (t("btn-back"), DraftCb(act="back").pack()),
            (t("btn-cancel"), DraftCb(act="cancel").pack()),
        ]
    )
    if token is None and support:
        expected.append([(t("btn-support"), support)])  # a link, only while funds are short

    assert _rows(kb.summary(t, token, fields, support)) == expected


# -- pages are kept, and never outlive what they show ------------------------------------------
async def test_a_kept_page_changes_with_the_catalogue_prices_and_counts(mixed_shop: Shop) -> None:
    h = mixed_shop.harness
    await open_mixed(mixed_shop)
    services_page = h.last_markup(CUSTOMER)
    assert "Views · 1.50 USD" in [label for label, _ in h.buttons(CUSTOMER)]
    await open_mixed(mixed_shop)  # the same page again: the same buttons
    assert h.last_markup(CUSTOMER) == services_page

    await h.send(ADMIN_ID, "/markup 100")  # a price changes
    await open_mixed(mixed_shop)
    labels = [label for label, _ in h.buttons(CUSTOMER)]
    assert "Views · 3.00 USD" in labels
    assert "Views · 1.50 USD" not in labels

    # the panel renames a service and drops another: its name and the category's count follow
    mixed_shop.panel.catalogue = [
        service(1, ARABIC),
        service(2, "Instagram Followers [Real] [Refill 30 days] instant start"),
        service(4, "Views HQ", rate="1.5"),
    ] + [service(100 + i, f"Category {i:02} service", category=f"Cat {i:02}") for i in range(40)]
    await mixed_shop.services.catalogue.refresh()
    await h.press(CUSTOMER, PlatformCb(key="other").pack())
    (mixed,) = [label for label, _ in h.buttons(CUSTOMER) if "Mixed" in label]
    assert "3" in mixed and "4" not in mixed
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Mixed"))
    labels = [label for label, _ in h.buttons(CUSTOMER)]
    assert "Views HQ · 3.00 USD" in labels
    assert not any(FAMILY in label for label in labels)


def test_a_page_of_the_same_rows_is_made_once_per_language() -> None:
    i18n = I18n()
    en, ar = i18n.get("en"), i18n.get("ar")
    rows = [
        CategoryRow(id=n, name=f"Cat {n}", position=n, is_hidden=False, markup_percent=None,
                    present=True, service_count=n)
        for n in range(1, 4)
    ]  # fmt: skip
    page = Page(items=rows, page=0, pages=1, total=3)
    again = Page(items=list(rows), page=0, pages=1, total=3)
    assert kb.categories(en, "other", page) is kb.categories(en, "other", again)
    assert kb.categories(ar, "other", page) is not kb.categories(en, "other", page)
    recounted = Page(items=[replace(rows[0], service_count=9), *rows[1:]], page=0, pages=1, total=3)
    assert kb.categories(en, "other", recounted) is not kb.categories(en, "other", page)
    assert "9" in kb.categories(en, "other", recounted).inline_keyboard[0][0].text
