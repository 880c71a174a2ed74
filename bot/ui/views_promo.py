"""Text of the promo codes: the admin's list and /stats block, the customer's answers and the
codes waiting in the wallet."""

from __future__ import annotations

from bot.config import Settings
from bot.db.repositories.promos import CodeTotals, PromoCode
from bot.domain.money import Shown
from bot.i18n import Translator
from bot.services.promos import PromoKind, PromoRefused, Refusal, Taken, live
from bot.ui.views import shop_money


def terms(t: Translator, code: PromoCode, settings: Settings) -> str:
    """What a code gives, in a few words."""
    if code.kind == PromoKind.BONUS:
        return t("promo-terms-bonus", amount=shop_money(t, code.amount, settings))
    if code.kind == PromoKind.DISCOUNT:
        return t("promo-terms-discount", percent=code.percent)
    if code.min_topup:
        return t(
            "promo-terms-deposit-min",
            percent=code.percent,
            min=shop_money(t, code.min_topup, settings),
        )
    return t("promo-terms-deposit", percent=code.percent)


def _state(t: Translator, code: PromoCode, moment: int) -> str:
    if not code.active:
        return t("admin-promo-state-stopped")
    if not live(code, moment):
        return t("admin-promo-state-expired")
    if code.max_uses is not None and code.uses >= code.max_uses:
        return t("admin-promo-state-used-up")
    if code.expires_at is not None:
        return t("admin-promo-state-until", date=t.datetime(code.expires_at))
    return t("admin-promo-state-active")


def promo_list(t: Translator, codes: list[PromoCode], settings: Settings, moment: int) -> str:
    """`/promo`: every code with its uses and state (the admin menu shows it too)."""
    if not codes:
        return t("admin-promo-list-empty") + "\n\n" + t("admin-promo-usage")
    lines = [
        t(
            "admin-promo-line",
            code=code.code,
            terms=terms(t, code, settings),
            uses=code.uses if code.max_uses is None else f"{code.uses}/{code.max_uses}",
            state=_state(t, code, moment),
        )
        for code in codes
    ]
    return t("admin-promo-list", lines="\n".join(lines))


def promo_stats(t: Translator, totals: list[CodeTotals], settings: Settings) -> str:
    """The block of /stats: bonuses granted and discounts given, by code."""
    if not totals:
        return ""
    lines = [
        t(
            f"admin-stats-promo-{row.kind}",
            code=row.code,
            count=row.applied,
            amount=shop_money(t, row.amount, settings),
        )
        for row in totals
    ]
    return t("admin-stats-promos", lines="\n".join(lines))


def taken(t: Translator, result: Taken, settings: Settings) -> str:
    code = result.code
    if code.kind == PromoKind.BONUS:
        return t(
            "promo-taken-bonus",
            code=code.code,
            amount=shop_money(t, result.credited, settings),
            balance=shop_money(t, result.balance, settings, Shown.DOWN),
        )
    return t("promo-taken-waiting", code=code.code, terms=terms(t, code, settings))


def refused(t: Translator, refusal: PromoRefused) -> str:
    if refusal.refusal is Refusal.NOT_YET and refusal.waiting is not None:
        return t(
            f"promo-not-yet-{refusal.waiting.kind}", code=refusal.code, waiting=refusal.waiting.code
        )
    return t(f"promo-{refusal.refusal.value}", code=refusal.code)


def waiting(t: Translator, codes: list[PromoCode], settings: Settings) -> str:
    """The wallet's lines of codes waiting for the next top-up or order."""
    return "".join(
        "\n" + t("wallet-promo-waiting", code=code.code, terms=terms(t, code, settings))
        for code in codes
    )
