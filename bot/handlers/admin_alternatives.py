"""`/alt`: a service's alternatives on other panels (tried in turn when its panel refuses an
order outright). Under the admins-only parent router, with its own guard."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.i18n import Translator, ascii_digits
from bot.services.alternatives import AlternativesService, AltProblem
from bot.telegram.filters import Check
from bot.ui.views_alternatives import render_alt_problem, render_alternatives

_MAX_NUMBER = 2**62


def _number(word: str) -> int | None:
    """A shop number as typed: `12` or `#12`."""
    digits = word.removeprefix("#")
    if not digits.isascii() or not digits.isdigit():
        return None
    value = int(digits)
    return value if 0 < value < _MAX_NUMBER else None


def parse_alt(args: str | None) -> tuple[int, str, int] | None:
    """(service, what, other): what is "list", "add", "off" or "clear"; None: not understood."""
    words = ascii_digits(args or "").split()
    service = _number(words[0]) if words else None
    if service is None or len(words) > 3:
        return None
    rest = [word.lower() for word in words[1:]]
    if not rest:
        return service, "list", 0
    if rest == ["clear"]:
        return service, "clear", 0
    other = _number(rest[-1])
    if other is None:
        return None
    if len(rest) == 1:
        return service, "add", other
    return (service, "off", other) if rest[0] == "off" else None


async def on_alt(
    message: Message, command: CommandObject, t: Translator, alternatives: AlternativesService
) -> None:
    parsed = parse_alt(command.args)
    if parsed is None:
        await message.answer(t("admin-alt-usage"))
        return
    service, what, other = parsed
    if what == "list":
        found = await alternatives.of(service, t.lang)
        result = AltProblem.NO_SERVICE if found is None else found
    elif what == "add":
        result = await alternatives.add(service, other, t.lang)
    elif what == "off":
        result = await alternatives.remove(service, other, t.lang)
    else:
        result = await alternatives.clear(service, t.lang)
    if isinstance(result, AltProblem):
        await message.answer(render_alt_problem(t, result, service, other))
        return
    await message.answer(render_alternatives(t, result))


def router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="admin_alternatives")
    r.message.filter(Check(F.from_user.id.in_(admin_ids)))
    r.message.register(on_alt, Command("alt"))
    return r
