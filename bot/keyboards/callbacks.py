"""Every callback data class, with short prefixes and integer ids (Telegram allows 64 bytes)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class MenuCb(CallbackData, prefix="m"):
    to: str  # home | new | search | orders | balance | help


class CategoriesCb(CallbackData, prefix="cl"):
    page: int


class CategoryCb(CallbackData, prefix="c"):
    id: int
    page: int = 0  # page of the services list
    back: int = 0  # page of the categories list to go back to


class ServiceCb(CallbackData, prefix="s"):
    id: int
    back: int = 0  # page of the services list to go back to
    cb: int = 0  # page of the categories list behind it


class OrderServiceCb(CallbackData, prefix="o"):
    id: int


class DraftCb(CallbackData, prefix="d"):
    act: str  # skip | back | edit | cancel


class ConfirmCb(CallbackData, prefix="ok"):
    token: str


class MyOrdersCb(CallbackData, prefix="mo"):
    page: int


class OrderCardCb(CallbackData, prefix="oc"):
    id: int
    back: int = 0


class OrderActionCb(CallbackData, prefix="oa"):
    id: int
    act: str  # refresh | refill | cancel | again
