"""Presses turned away at a router's door (`bot/telegram/routing.py`): every router's own callback
data still reaches it, a foreign press is refused in one check, and routers the filter cannot
describe are left alone."""

from __future__ import annotations

import pytest
from aiogram import Dispatcher, F, Router
from aiogram.filters.callback_data import CallbackData, CallbackQueryFilter
from aiogram.types import CallbackQuery, User

from bot.handlers import get_routers
from bot.telegram.routing import PressPrefix, own_presses_only, own_presses_only_below
from tests.conftest import CUSTOMER, Shop


def press(data: str) -> CallbackQuery:
    user = User(id=CUSTOMER, is_bot=False, first_name="C")
    return CallbackQuery(id="1", from_user=user, chat_instance="1", data=data)


def door(router: Router) -> PressPrefix:
    (found,) = [
        f.callback
        for f in router.callback_query._handler.filters or ()
        if isinstance(f.callback, PressPrefix)
    ]
    return found


def built() -> dict[str, Router]:
    dp = Dispatcher()
    dp.include_routers(*get_routers(frozenset({1000})))
    own_presses_only_below(dp)
    return {router.name: router for router in dp.chain_tail if router is not dp}


async def test_each_router_still_takes_every_press_of_its_handlers() -> None:
    checked = 0
    for router in built().values():
        if router.sub_routers or not router.callback_query.handlers:
            continue
        if router.name == "fallback":
            continue
        gate = door(router)
        for handler in router.callback_query.handlers:
            for f in handler.filters or ():
                if isinstance(f.callback, CallbackQueryFilter):
                    cls: type[CallbackData] = f.callback.callback_data
                    sample = cls.__prefix__ + cls.__separator__ + "1"
                    assert await gate(press(sample)), (router.name, cls.__name__)
                    checked += 1
    assert checked >= 30  # every button handler of the shop's routers


async def test_a_foreign_press_is_turned_away_and_a_prefix_must_match_whole() -> None:
    routers = built()
    order, catalogue = door(routers["order"]), door(routers["catalogue"])
    assert await catalogue(press("c:5:0:0"))
    assert not await order(press("c:5:0:0"))  # the catalogue's, not the order form's
    assert not await catalogue(press("cx:5"))  # "c" is a prefix, "cx" is not
    assert not await catalogue(press(""))


def test_routers_the_filter_cannot_describe_are_left_alone() -> None:
    routers = built()
    assert routers["admin_zone"].sub_routers  # its filter would hide the admin routers' presses
    assert not any(
        isinstance(f.callback, PressPrefix)
        for name in ("admin_zone", "fallback", "menu")
        for f in routers[name].callback_query._handler.filters or ()
    )
    other = Router()

    @other.callback_query(F.data == "anything")
    async def takes_any(query: CallbackQuery) -> None: ...

    assert own_presses_only(other) is False


@pytest.mark.parametrize("data", ["m:new", "c:1:0:0", "o:1", "zz:1", "garbage"])
async def test_every_press_is_still_answered_through_the_dispatcher(shop: Shop, data: str) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    calls = await h.press(CUSTOMER, data)
    assert any(c.name == "answerCallbackQuery" for c in calls)  # no silent button
