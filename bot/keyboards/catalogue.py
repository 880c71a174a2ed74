from __future__ import annotations

from collections.abc import Sequence

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot import texts
from bot.db.repositories.catalogue import CategoryRow, ServiceRow
from bot.keyboards.callbacks import (
    CategoriesCb,
    CategoryCb,
    ConfirmCb,
    DraftCb,
    EditFieldCb,
    MenuCb,
    OrderServiceCb,
    QuantityCb,
    ServiceCb,
    WalletCb,
)
from bot.keyboards.common import home_button
from bot.services.catalogue import Page
from bot.views import NAME_ON_BUTTON, label


def _button(text: str, data: CallbackData) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data.pack())


def _nav(
    page: int, pages: int, make: type[CallbackData], **fixed: int
) -> list[InlineKeyboardButton]:
    """Previous / Next, and from the third page on a jump back to the first. The page number
    itself is in the text: a button that does nothing is no button."""
    if pages <= 1:
        return []
    row = []
    if page > 0:
        row.append(_button(texts.BTN_PREV, make(page=page - 1, **fixed)))
    if page > 1:
        row.append(_button(texts.BTN_FIRST_PAGE, make(page=0, **fixed)))
    if page < pages - 1:
        row.append(_button(texts.BTN_NEXT, make(page=page + 1, **fixed)))
    return row


def categories(page: Page[CategoryRow]) -> InlineKeyboardMarkup:
    rows = [
        [
            _button(
                texts.CATEGORY_BUTTON.format(
                    name=label(cat.name, NAME_ON_BUTTON), count=cat.service_count
                ),
                CategoryCb(id=cat.id, page=0, back=page.page),
            )
        ]
        for cat in page.items
    ]
    nav = _nav(page.page, page.pages, CategoriesCb)
    if nav:
        rows.append(nav)
    rows.append([_button(texts.BTN_SEARCH, MenuCb(to="search")), home_button()])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def _service_button(service: ServiceRow, price: str, data: CallbackData) -> InlineKeyboardButton:
    """The name (cut, isolated) and the price: the list is the buttons, nothing twice."""
    name = label(service.name, NAME_ON_BUTTON)
    return _button(texts.SERVICE_BUTTON.format(name=name, price=price), data)


def services(
    category_id: int, back: int, page: Page[ServiceRow], prices: Sequence[str]
) -> InlineKeyboardMarkup:
    rows = [
        [_service_button(service, price, ServiceCb(id=service.id, back=page.page, cb=back))]
        for service, price in zip(page.items, prices, strict=True)
    ]
    nav = _nav(page.page, page.pages, CategoryCb, id=category_id, back=back)
    if nav:
        rows.append(nav)
    rows.append([_button(texts.BTN_BACK, CategoriesCb(page=back)), home_button()])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def search_results(found: Sequence[ServiceRow], prices: Sequence[str]) -> InlineKeyboardMarkup:
    rows = [
        [_service_button(service, price, ServiceCb(id=service.id, back=0, cb=0))]
        for service, price in zip(found, prices, strict=True)
    ]
    rows.append([_button(texts.BTN_NEW_ORDER, MenuCb(to="new")), home_button()])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def service_card(service: ServiceRow, back: int, cback: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [_button(texts.BTN_ORDER, OrderServiceCb(id=service.id))],
            [
                _button(texts.BTN_BACK, CategoryCb(id=service.category_id, page=back, back=cback)),
                home_button(),
            ],
        ]
    )


def step(
    skippable: bool = False, picks: Sequence[int] = (), back: bool = True
) -> InlineKeyboardMarkup:
    """A form step: quick picks (quantities) if any, Skip if allowed, Back and Cancel."""
    builder = InlineKeyboardBuilder()
    for n in picks:
        builder.button(text=f"{n:,}".replace(",", " "), callback_data=QuantityCb(n=n))
    if skippable:
        builder.button(text=texts.BTN_SKIP, callback_data=DraftCb(act="skip"))
    if back:
        builder.button(text=texts.BTN_BACK, callback_data=DraftCb(act="back"))
    builder.button(text=texts.BTN_CANCEL, callback_data=DraftCb(act="cancel"))
    sizes = [3] * (len(picks) // 3) + ([len(picks) % 3] if len(picks) % 3 else [])
    builder.adjust(*sizes, *([1] if skippable else []), 2 if back else 1)
    return builder.as_markup()


def summary(
    token: str | None, fields: Sequence[str], support_url: str | None = None
) -> InlineKeyboardMarkup:
    """Confirm when the balance covers the total, otherwise Add funds (and Contact support);
    an edit button per field, each coming back here; Back to the last step; Cancel."""
    builder = InlineKeyboardBuilder()
    if token is not None:
        builder.button(text=texts.BTN_CONFIRM, callback_data=ConfirmCb(token=token))
    else:
        builder.button(text=texts.BTN_ADD_FUNDS, callback_data=WalletCb(act="add"))
    for field in fields:
        builder.button(
            text=texts.BTN_EDIT_FIELD.format(field=texts.FIELD_NAMES[field]),
            callback_data=EditFieldCb(f=field),
        )
    builder.button(text=texts.BTN_BACK, callback_data=DraftCb(act="back"))
    builder.button(text=texts.BTN_CANCEL, callback_data=DraftCb(act="cancel"))
    if token is None and support_url:
        builder.button(text=texts.BTN_SUPPORT, url=support_url)
    edits = [2] * (len(fields) // 2) + ([1] if len(fields) % 2 else [])
    builder.adjust(1, *edits, 2, 1)
    return builder.as_markup()
