"""Every callback data class, with short prefixes and integer ids (Telegram allows 64 bytes)."""

from __future__ import annotations

from typing import Annotated

from aiogram.filters.callback_data import CallbackData
from pydantic import Field

# An id or page read from a button: never negative, and fits SQLite's INTEGER.
BoundedInt = Annotated[int, Field(ge=0, lt=2**63)]


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


# -- wallet and top-ups (issue 9) --------------------------------------------------------------
class WalletCb(CallbackData, prefix="w"):
    act: str  # add | back  (back: to the wallet screen, or to the order that lacked funds)


class HistoryCb(CallbackData, prefix="wh"):
    page: BoundedInt


class TopupMethodCb(CallbackData, prefix="tm"):
    m: str  # stars | cryptobot | manual


class TopupAmountCb(CallbackData, prefix="ta"):
    m: str  # the method
    i: BoundedInt  # index into TOPUP_AMOUNTS


class ResumeOrderCb(CallbackData, prefix="ro"):
    """Back to the order summary that lacked funds, re-quoted."""


class TopupDecisionCb(CallbackData, prefix="atd"):
    """Admins: a transfer receipt. act: ok (approve) | no (reject) | skip (reject, no reason)
    | show (send the receipt again) | keep (leave it pending)."""

    act: str
    id: BoundedInt
