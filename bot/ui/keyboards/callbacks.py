"""Every callback data class, with short prefixes and integer ids (Telegram allows 64 bytes)."""

from __future__ import annotations

from typing import Annotated

from aiogram.filters.callback_data import CallbackData
from pydantic import AfterValidator, Field

from bot.domain.platforms import is_shelf
from bot.i18n import LANGUAGES

# Every integer in callback data is bounded to what SQLite stores: a forged button with a huge
# number then fails to unpack, and the fallback answers it, instead of an OverflowError.
Id = Annotated[int, Field(ge=0, lt=2**63)]


class MenuCb(CallbackData, prefix="m"):
    to: str  # home | new | search | orders | balance | help | language


def _spoken(code: str) -> str:
    if code not in LANGUAGES:
        raise ValueError(f"not a language of the shop: {code!r}")
    return code


class LanguageCb(CallbackData, prefix="lang"):
    """A language picked in the picker. A code the shop does not speak fails to unpack, so a
    forged one reaches the fallback (answered, nothing changed)."""

    lang: Annotated[str, AfterValidator(_spoken)]


class CategoriesCb(CallbackData, prefix="cl"):
    """The flat category list of before platforms: an old button opens the platforms."""

    page: Id


def _shelf_key(key: str) -> str:
    if not is_shelf(key):
        raise ValueError(f"not a platform of the catalogue: {key!r}")
    return key


class PlatformCb(CallbackData, prefix="pf"):
    """A platform's categories. A key the catalogue does not know fails to unpack, so a
    forged one reaches the fallback."""

    key: Annotated[str, AfterValidator(_shelf_key)]
    page: Id = 0


class CategoryCb(CallbackData, prefix="c"):
    id: Id
    page: Id = 0  # page of the services list
    back: Id = 0  # page of its platform's categories to go back to


class ServiceCb(CallbackData, prefix="s"):
    id: Id
    back: Id = 0  # page of the services list to go back to
    cb: Id = 0  # page of the categories list behind it


class OrderServiceCb(CallbackData, prefix="o"):
    id: Id


class DraftCb(CallbackData, prefix="d"):
    act: str  # skip | back | edit | cancel | retry (the summary again, after a refusal)


class QuantityCb(CallbackData, prefix="dq"):
    n: Id  # a quick-pick quantity (checked against the service's limits again)


class EditFieldCb(CallbackData, prefix="de"):
    f: str  # link | quantity | comments | username | answer | runs: edit it, back to the summary


class ConfirmCb(CallbackData, prefix="ok"):
    token: str


class MyOrdersCb(CallbackData, prefix="mo"):
    page: Id


class OrderCardCb(CallbackData, prefix="oc"):
    id: Id
    back: Id = 0


class OrderActionCb(CallbackData, prefix="oa"):
    id: Id
    act: str  # refresh | refill | cancel (asks first) | cancelok (does it) | again


class NoticeOrderCb(CallbackData, prefix="on"):
    """Under a notification: opens the order's card as a new message, the notice stays."""

    id: Id


# -- the admin console's ----------------------------------------------------------------------
class AdminUserCb(CallbackData, prefix="au"):
    act: str  # credit | debit | ban | unban
    id: Id  # user id


class AdminReviewCb(CallbackData, prefix="ar"):
    act: str  # open | ask | refund | back
    id: Id  # order id


class AdminBroadcastCb(CallbackData, prefix="ab"):
    act: str  # send | cancel
    id: Id  # broadcast id


class AdminMenuCb(CallbackData, prefix="am"):
    """The admin menu (issue 25): `to` names an entry of its table (bot/handlers/
    admin_console.py), or "home" for the menu itself."""

    to: str


class AdminOpenCb(CallbackData, prefix="ao"):
    """Opens a card found by Find: what is o (an order) or u (a customer)."""

    what: str
    id: Id


class AdminCardCb(CallbackData, prefix="ac"):
    """A page of a customer's card: op the page of their orders, lp of their ledger entries."""

    id: Id  # user id
    op: Id = 0
    lp: Id = 0


class AdminRefundCb(CallbackData, prefix="arf"):
    """An admin's refund of a finished order: act all | part (asks for the amount) | ok (the
    confirmation: refunds `a` minor units if the order still records `r` as refunded) | no."""

    act: str
    id: Id  # order id
    a: Id = 0
    r: Id = 0


# -- wallet and top-ups (issue 9) --------------------------------------------------------------
class WalletCb(CallbackData, prefix="w"):
    act: str  # add | back  (back: to the wallet screen, or to the order that lacked funds)


class HistoryCb(CallbackData, prefix="wh"):
    page: Id


class TopupMethodCb(CallbackData, prefix="tm"):
    m: str  # stars | cryptobot | manual


class TopupAmountCb(CallbackData, prefix="ta"):
    m: str  # the method
    i: Id  # index into TOPUP_AMOUNTS


class TopupForCb(CallbackData, prefix="tf"):
    """Under a summary that lacks funds: top up this amount (what is missing, rounded up to the
    shop's step, within TOPUP_MIN..TOPUP_MAX). Re-checked as a typed amount would be."""

    a: str  # the amount, like "1.76"


class TopupPayCb(CallbackData, prefix="tp"):
    """A way to pay for an amount already chosen (TopupForCb): straight to its own step."""

    m: str  # stars | cryptobot | manual
    a: str  # the amount, re-checked against the method's limits


class ResumeOrderCb(CallbackData, prefix="ro"):
    """Back to the order summary that lacked funds, re-quoted."""


class TopupDecisionCb(CallbackData, prefix="atd"):
    """Admins: a transfer receipt. act: ok (approve: asks first) | sure (the confirmation:
    credits, or asks once more when the receipt was seen before) | anyway (credits one seen
    before) | back (leaves the question) | no (reject) | skip (reject, no reason) | show (send
    the receipt again) | keep (leave it pending)."""

    act: str
    id: Id


class ReceiptAgainCb(CallbackData, prefix="rag"):
    """A customer: send another receipt in place of their rejected receipt `id`."""

    id: Id


# -- conversations with the shop (issue 25) ----------------------------------------------------
class SupportCb(CallbackData, prefix="sp"):
    """A customer: act write (open the prompt) | order (about order `id`, checked again) | send
    (send the text kept from a search that found nothing) | cancel (leave the prompt)."""

    act: str
    id: Id = 0


class SupportAdminCb(CallbackData, prefix="asp"):
    """Admins, on conversation `id`: reply (the next message is the answer) | close | show (the
    card sent again, from /tickets) | stop (leave the reply prompt)."""

    act: str
    id: Id


# -- the channel to join first (issue 24) -----------------------------------------------------
class GateCb(CallbackData, prefix="gate"):
    act: str  # joined: "I've joined", checked again


def _spoken_or_none(code: str) -> str:
    return code if code == "" else _spoken(code)


class AdminServiceCb(CallbackData, prefix="asv"):
    """The admin's service card (issue 23): act card | name | describe (choose a language) |
    ask (the text in `lang` for `field`, n or d). A language the shop does not speak fails to
    unpack (the fallback answers it)."""

    act: str
    id: Id  # the shop's service number
    lang: Annotated[str, AfterValidator(_spoken_or_none)] = ""
    field: str = ""


class AdminImportCb(CallbackData, prefix="aim"):
    """The preview of an /import catalogue: act apply | cancel."""

    act: str
    id: Id  # catalogue_imports.id


# -- the shop's API for resellers (issue 26) --------------------------------------------------
class ApiCb(CallbackData, prefix="api"):
    act: str  # show | on (a key, shown once) | new (a new key) | off | notices (toggle)


class AdminApiCb(CallbackData, prefix="aapi"):
    """An admin on a customer's card: block (API off, no new key) | allow."""

    act: str
    id: Id  # user id
