"""Forged button presses: every integer field out of range, every press answered, nothing done."""

from __future__ import annotations

import pytest
from aiogram.filters.callback_data import CallbackData

from bot.ui.keyboards import callbacks
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.test_admin import snapshot

TOO_BIG = ["99999999999999999999", str(2**63), "-1"]

# One real shape per callback class: the values that route the press to its handler, with
# `{n}` where an integer goes. Every integer field of every class is forged in turn.
SHAPES: dict[type[CallbackData], list[str]] = {
    callbacks.CategoriesCb: ["cl:{n}"],
    callbacks.PlatformCb: ["pf:instagram:{n}"],
    callbacks.CategoryCb: ["c:{n}:0:0", "c:1:{n}:0", "c:1:0:{n}"],
    callbacks.ServiceCb: ["s:{n}:0:0", "s:1:{n}:0", "s:1:0:{n}"],
    callbacks.OrderServiceCb: ["o:{n}"],
    callbacks.QuantityCb: ["dq:{n}"],
    callbacks.MyOrdersCb: ["mo:{n}"],
    callbacks.OrderCardCb: ["oc:{n}:0", "oc:1:{n}"],
    callbacks.NoticeOrderCb: ["on:{n}"],
    callbacks.OrderActionCb: [
        f"oa:{{n}}:{act}" for act in ("refresh", "refill", "cancel", "again")
    ],
    callbacks.AdminUserCb: [f"au:{act}:{{n}}" for act in ("credit", "debit", "ban", "unban")],
    callbacks.AdminReviewCb: [f"ar:{act}:{{n}}" for act in ("ask", "refund")],
    callbacks.AdminBroadcastCb: [f"ab:{act}:{{n}}" for act in ("send", "cancel")],
    callbacks.AdminOpenCb: [f"ao:{what}:{{n}}" for what in ("o", "u")],
    callbacks.AdminCardCb: ["ac:{n}:0:0", "ac:1:{n}:0", "ac:1:0:{n}"],
    callbacks.AdminRefundCb: [
        *(f"arf:{act}:{{n}}:0:0" for act in ("all", "part", "ok", "no")),
        "arf:ok:1:{n}:0",
        "arf:ok:1:1:{n}",
    ],
    callbacks.HistoryCb: ["wh:{n}"],
    callbacks.TopupAmountCb: [f"ta:{m}:{{n}}" for m in ("stars", "cryptobot", "manual")],
    callbacks.TopupDecisionCb: [
        f"atd:{act}:{{n}}" for act in ("ok", "sure", "anyway", "back", "no", "skip", "show", "keep")
    ],
    callbacks.ReceiptAgainCb: ["rag:{n}"],
    callbacks.SupportCb: [f"sp:{act}:{{n}}" for act in ("write", "order", "send", "cancel")],
    callbacks.SupportAdminCb: [f"asp:{act}:{{n}}" for act in ("reply", "close", "show", "stop")],
    callbacks.AdminServiceCb: [
        *(f"asv:{act}:{{n}}::" for act in ("card", "name", "describe")),
        "asv:ask:{n}:ru:n",
    ],
    callbacks.AdminImportCb: [f"aim:{act}:{{n}}" for act in ("apply", "cancel")],
    callbacks.AdminApiCb: [f"aapi:{act}:{{n}}" for act in ("block", "allow")],
}


def test_every_integer_field_of_every_callback_class_is_covered() -> None:
    """A new callback class with an integer field must be added to SHAPES above."""
    with_ints = {
        cls
        for cls in vars(callbacks).values()
        if isinstance(cls, type)
        and issubclass(cls, CallbackData)
        and cls is not CallbackData
        and any(f.annotation in (int, callbacks.Id) for f in cls.model_fields.values())
    }
    assert with_ints <= set(SHAPES), with_ints - set(SHAPES)
    for cls, shapes in SHAPES.items():
        ints = sum(f.annotation in (int, callbacks.Id) for f in cls.model_fields.values())
        assert len({shape.split(":").index("{n}") for shape in shapes}) == ints, cls


@pytest.mark.parametrize("user", [CUSTOMER, ADMIN_ID])
async def test_forged_numbers_are_answered_and_change_nothing(shop: Shop, user: int) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await h.send(user, "/start")
    for shapes in SHAPES.values():
        for shape in shapes:
            for number in TOO_BIG:
                data = shape.format(n=number)
                before = await snapshot(shop)
                calls = await h.press(user, data)
                answers = [c for c in calls if c.name == "answerCallbackQuery"]
                assert len(answers) == 1, data  # the spinner stops: never a silent button
                assert await snapshot(shop) == before, data
    assert shop.adds() == []
    await assert_ledger_balances(shop.db)
