"""Periodic checks that alert every admin once per incident, not once per cycle.

An incident is a row in `alerts` (AlertRepo.raise_once inserts it only if absent); it is cleared
when the problem ends, so the next occurrence is a new incident and is told again.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from decimal import Decimal

from bot.config import Settings
from bot.db import Database
from bot.domain.clock import now
from bot.domain.notices import Notice, Value, When
from bot.panel.errors import PanelError
from bot.panel.models import Balance
from bot.panel.registry import Panels
from bot.services.admin import plain_amount
from bot.services.catalogue import CatalogueService, RefreshReport
from bot.services.notify import Notifier

log = logging.getLogger(__name__)

ALERT_CATALOGUE = "catalogue_refresh_failing"
ALERT_LOW_BALANCE = "panel_low_balance"
ALERT_PANEL_CURRENCY = "panel_currency_differs"
# When the current streak of failed refreshes began (unix seconds); absent after a success.
# Kept in SQLite so that a restart in the middle of an outage does not restart the count.
META_CATALOGUE_FAILING_SINCE = "catalogue_failing_since"
BALANCE_CHECK_SECONDS = 300.0
FAILING_PERIODS = 2  # alert once the refresh has failed for longer than this many periods


class Monitor:
    def __init__(
        self,
        db: Database,
        catalogue: CatalogueService,
        panels: Panels,
        notifier: Notifier,
        settings: Settings,
        clock: Callable[[], int] = now,
    ) -> None:
        self._db = db
        self._catalogue = catalogue
        self._panels = panels
        self._notifier = notifier
        self._settings = settings
        self._clock = clock

    # -- catalogue --------------------------------------------------------------------------
    async def refresh_catalogue(self) -> RefreshReport:
        """Refreshes now (periodic job and /sync); failures count towards the alert."""
        try:
            report = await self._catalogue.refresh()
        except Exception as exc:
            await self._catalogue_failed(exc)
            raise
        await self._catalogue_ok()
        return report

    async def catalogue_job(self) -> None:
        """The periodic refresh: a panel failure is expected now and then, and only logged."""
        try:
            await self.refresh_catalogue()
        except PanelError as exc:
            log.warning("catalogue refresh failed: %s", exc)

    async def _catalogue_failed(self, exc: Exception) -> None:
        moment = self._clock()
        limit = FAILING_PERIODS * self._settings.catalog_refresh_seconds
        told = False
        async with self._db.transaction() as repos:
            stored = await repos.meta.get(META_CATALOGUE_FAILING_SINCE)
            since = None if stored is None else int(stored)  # written by this class only
            if since is None:
                since = moment
                await repos.meta.set(META_CATALOGUE_FAILING_SINCE, str(moment))
            if moment - since >= limit and await repos.alerts.raise_once(ALERT_CATALOGUE, moment):
                told = True
                await self._notifier.enqueue_admins(
                    repos,
                    Notice(
                        "admin-alert-catalogue-failing",
                        {"since": When(since), "error": html.escape(str(exc)[:300])},
                    ),
                )
        if told:
            self._notifier.wake()

    async def _catalogue_ok(self) -> None:
        async with self._db.transaction() as repos:
            await repos.meta.delete(META_CATALOGUE_FAILING_SINCE)
            cleared = await repos.alerts.clear(ALERT_CATALOGUE)
            if cleared:
                await self._notifier.enqueue_admins(
                    repos, Notice("admin-alert-catalogue-recovered")
                )
        if cleared:
            self._notifier.wake()

    # -- panel balance ----------------------------------------------------------------------
    async def check_panel_balance(self) -> None:
        """Asks the panel's balance (at start, then every BALANCE_CHECK_SECONDS): alerts once
        when its currency is not CURRENCY, and when it drops below PANEL_LOW_BALANCE (if set)."""
        try:
            balance = await self._panels.first.client.balance()
        except PanelError as exc:
            log.warning("panel balance check failed: %s", exc)
            return
        await self._check_panel_currency(balance)
        if self._settings.panel_low_balance is not None:
            await self._check_low_balance(balance, self._settings.panel_low_balance)

    async def _check_panel_currency(self, balance: Balance) -> None:
        """The shop sells the panel's prices as CURRENCY: a panel counting in another currency
        would make every price wrong. Told once per incident; a panel that names no currency
        changes nothing."""
        panel_currency = balance.currency.strip().upper()
        currency = self._settings.currency
        if not panel_currency:
            return
        async with self._db.transaction() as repos:
            if panel_currency == currency:
                await repos.alerts.clear(ALERT_PANEL_CURRENCY)
                return
            log.warning(
                "the panel counts in %s, but CURRENCY is %s: prices are shown in the wrong "
                "currency",
                panel_currency[:16],
                currency,
            )
            told = await repos.alerts.raise_once(ALERT_PANEL_CURRENCY, self._clock())
            if told:
                values: dict[str, Value] = {
                    "panel": html.escape(panel_currency[:16]),
                    "currency": html.escape(currency),
                }
                await self._notifier.enqueue_admins(
                    repos, Notice("admin-alert-panel-currency", values)
                )
        if told:
            self._notifier.wake()

    async def _check_low_balance(self, balance: Balance, threshold: Decimal) -> None:
        values: dict[str, Value] = {
            "amount": plain_amount(balance.amount),
            "currency": html.escape(balance.currency[:16]),
            "threshold": plain_amount(threshold),
        }
        async with self._db.transaction() as repos:
            if balance.amount < threshold:
                told = await repos.alerts.raise_once(ALERT_LOW_BALANCE, self._clock())
                if told:
                    await self._notifier.enqueue_admins(
                        repos, Notice("admin-alert-panel-low-balance", values)
                    )
            else:
                told = await repos.alerts.clear(ALERT_LOW_BALANCE)
                if told:
                    await self._notifier.enqueue_admins(
                        repos, Notice("admin-alert-panel-balance-ok", values)
                    )
        if told:
            self._notifier.wake()
