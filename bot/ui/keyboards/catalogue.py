from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.db.repositories.catalogue import CategoryRow, ServiceRow
from bot.domain.platforms import OTHER, is_shelf, shelf
from bot.i18n import Translator
from bot.services.catalogue import Page, PlatformCount
from bot.ui.keyboards.callbacks import (
    CategoryCb,
    ConfirmCb,
    DraftCb,
    EditFieldCb,
    MenuCb,
    OrderServiceCb,
    PlatformCb,
    QuantityCb,
    ServiceCb,
    TopupForCb,
    WalletCb,
)
from bot.ui.keyboards.common import home_button, in_rows
from bot.ui.keyboards.support import send_search
from bot.ui.names import distinct_parts
from bot.ui.views import NAME_ON_BUTTON, label


def _button(text: str, data: CallbackData) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data.pack())


def _nav(
    t: Translator, page: int, pages: int, make: type[CallbackData], **fixed: int | str
) -> list[InlineKeyboardButton]:
    """Previous / Next, and from the third page on a jump back to the first. The page number
    itself is in the text: a button that does nothing is no button."""
    if pages <= 1:
        return []
    row = []
    if page > 0:
        row.append(_button(t("btn-prev"), make(page=page - 1, **fixed)))
    if page > 1:
        row.append(_button(t("btn-first-page"), make(page=0, **fixed)))
    if page < pages - 1:
        row.append(_button(t("btn-next"), make(page=page + 1, **fixed)))
    return row


# Catalogue pages are the same for every customer of a language until the catalogue changes,
# and a page's buttons took about a millisecond to make (a Fluent message, a cut name and two
# pydantic models each): pages are kept, keyed by what their buttons show. The markups are
# shared and never changed, like the static keyboards.
PAGES_KEPT = 512


def platforms(
    t: Translator, counts: Sequence[PlatformCount], popular: bool
) -> InlineKeyboardMarkup:
    """The platforms with services, two to a row, then Popular (when anything was ordered
    lately), Search and Main menu."""
    shown = tuple((count.key, count.services) for count in counts)
    return _platforms(t, shown, popular)


@lru_cache(maxsize=PAGES_KEPT)
def _platforms(
    t: Translator, shown: tuple[tuple[str, int], ...], popular: bool
) -> InlineKeyboardMarkup:
    buttons = [
        _button(
            t("platform-button", icon=shelf(key).icon, platform=t("platform-name", key=key),
              count=count),
            PlatformCb(key=key),
        )
        for key, count in shown
    ]  # fmt: skip
    rows = in_rows(buttons, 2)
    if popular:
        rows.append([_button(t("btn-popular"), MenuCb(to="popular"))])
    rows.append([_button(t("btn-search"), MenuCb(to="search")), home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def categories(t: Translator, key: str, page: Page[CategoryRow]) -> InlineKeyboardMarkup:
    shown = tuple((cat.id, cat.name, cat.service_count) for cat in page.items)
    return _categories(t, key, page.page, page.pages, shown)


@lru_cache(maxsize=PAGES_KEPT)
def _categories(
    t: Translator, key: str, page: int, pages: int, shown: tuple[tuple[int, str, int], ...]
) -> InlineKeyboardMarkup:
    names = distinct_parts([name for _, name, _ in shown])
    rows = [
        [
            _button(
                t("category-button", name=label(name, NAME_ON_BUTTON), count=count),
                CategoryCb(id=category_id, page=0, back=page),
            )
        ]
        for (category_id, _, count), name in zip(shown, names, strict=True)
    ]
    nav = _nav(t, page, pages, PlatformCb, key=key)
    if nav:
        rows.append(nav)
    rows.append([_button(t("btn-back"), MenuCb(to="new")), home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def _service_button(
    t: Translator, name: str, price: str, data: CallbackData
) -> InlineKeyboardButton:
    """The name (cut, isolated) and the price: the list is the buttons, nothing twice."""
    return _button(t("service-button", name=label(name, NAME_ON_BUTTON), price=price), data)


def services(
    t: Translator, category: CategoryRow, back: int, page: Page[ServiceRow], prices: Sequence[str]
) -> InlineKeyboardMarkup:
    shown = tuple(
        (service.id, service.name, price) for service, price in zip(page.items, prices, strict=True)
    )
    return _services(t, category.id, category.platform or OTHER, back, page.page, page.pages, shown)


@lru_cache(maxsize=PAGES_KEPT)
def _services(
    t: Translator,
    category_id: int,
    key: str,
    back: int,
    page: int,
    pages: int,
    shown: tuple[tuple[int, str, str], ...],
) -> InlineKeyboardMarkup:
    names = distinct_parts([name for _, name, _ in shown])
    rows = [
        [_service_button(t, name, price, ServiceCb(id=service_id, back=page, cb=back))]
        for (service_id, _, price), name in zip(shown, names, strict=True)
    ]
    nav = _nav(t, page, pages, CategoryCb, id=category_id, back=back)
    if nav:
        rows.append(nav)
    parent = PlatformCb(key=key if is_shelf(key) else OTHER, page=back)
    rows.append([_button(t("btn-back"), parent), home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def popular(
    t: Translator, found: Sequence[ServiceRow], prices: Sequence[str]
) -> InlineKeyboardMarkup:
    """The most ordered services (their whole names: they come from different categories)."""
    rows = [
        [_service_button(t, service.name, price, ServiceCb(id=service.id, back=0, cb=0))]
        for service, price in zip(found, prices, strict=True)
    ]
    rows.append([_button(t("btn-back"), MenuCb(to="new")), home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def search_results(
    t: Translator, found: Sequence[ServiceRow], prices: Sequence[str]
) -> InlineKeyboardMarkup:
    rows = [
        [_service_button(t, service.name, price, ServiceCb(id=service.id, back=0, cb=0))]
        for service, price in zip(found, prices, strict=True)
    ]
    if not found:  # not a dead end: the words may be a question for the shop
        rows.append([send_search(t)])
    rows.append([_button(t("btn-new-order"), MenuCb(to="new")), home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def service_card(t: Translator, service: ServiceRow, back: int, cback: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [_button(t("btn-order"), OrderServiceCb(id=service.id))],
            [
                _button(t("btn-back"), CategoryCb(id=service.category_id, page=back, back=cback)),
                home_button(t),
            ],
        ]
    )


def quantity_label(n: int) -> str:
    """A quick pick's number as a button shows it: "1 000"."""
    return f"{n:,}".replace(",", " ")


def step(
    t: Translator,
    skippable: bool = False,
    picks: Sequence[int] = (),
    back: bool = True,
    totals: Sequence[str] = (),
) -> InlineKeyboardMarkup:
    """A form step: quick picks (quantities) if any, each with its total when `totals` gives
    them ("1 000 · 1.50 USD", two to a row), Skip if allowed, Back and Cancel."""
    labels: list[str]
    if totals:
        labels = [
            t("btn-pick-total", quantity=quantity_label(n), total=total)
            for n, total in zip(picks, totals, strict=True)
        ]
    else:
        labels = [quantity_label(n) for n in picks]
    buttons = [_button(text, QuantityCb(n=n)) for n, text in zip(picks, labels, strict=True)]
    rows = in_rows(buttons, 2 if totals else 3)
    if skippable:
        rows.append([_button(t("btn-skip"), DraftCb(act="skip"))])
    last = [_button(t("btn-cancel"), DraftCb(act="cancel"))]
    if back:
        last.insert(0, _button(t("btn-back"), DraftCb(act="back")))
    rows.append(last)
    return InlineKeyboardMarkup(inline_keyboard=rows)


def summary(
    t: Translator,
    token: str | None,
    fields: Sequence[str],
    support_url: str | None = None,
    top_up: tuple[str, str] | None = None,
) -> InlineKeyboardMarkup:
    """Confirm when the balance covers the total, otherwise "Top up <the missing amount>"
    (`top_up`: the amount as the button carries it, and as shown), or Add funds without one
    (and Contact support); an edit button per field, each coming back here; Back to the last
    step; Cancel."""
    if token is not None:
        first = _button(t("btn-confirm"), ConfirmCb(token=token))
    elif top_up is not None:
        first = _button(t("btn-top-up-for", amount=top_up[1]), TopupForCb(a=top_up[0]))
    else:
        first = _button(t("btn-add-funds"), WalletCb(act="add"))
    edits = [
        _button(t("btn-edit-field", field=t(f"field-{field}")), EditFieldCb(f=field))
        for field in fields
    ]
    rows = [[first], *in_rows(edits, 2)]
    rows.append(
        [
            _button(t("btn-back"), DraftCb(act="back")),
            _button(t("btn-cancel"), DraftCb(act="cancel")),
        ]
    )
    if token is None and support_url:
        rows.append([InlineKeyboardButton(text=t("btn-support"), url=support_url)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def refused(t: Translator, edit_link: bool) -> InlineKeyboardMarkup:
    """Under a refused (and refunded) order, the form kept: Edit link (when the form has
    one), Try again (the summary again, to confirm anew), Cancel."""
    first = [_button(t("btn-try-again"), DraftCb(act="retry"))]
    if edit_link:
        first.insert(0, _button(t("btn-edit-link"), EditFieldCb(f="link")))
    return InlineKeyboardMarkup(
        inline_keyboard=[first, [_button(t("btn-cancel"), DraftCb(act="cancel"))]]
    )
