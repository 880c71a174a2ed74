"""Periodic checks that alert every admin once per incident, not once per cycle.

An incident is a row in `alerts` (AlertRepo.raise_once inserts it only if absent); it is cleared
when the problem ends, so the next occurrence is a new incident and is told again.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Callable, Sequence
from decimal import Decimal

from bot.config import Settings
from bot.db import Database
from bot.domain.clock import now
from bot.domain.notices import Msg, Notice, Value, When
from bot.panel.errors import PanelError
from bot.panel.models import Balance
from bot.panel.registry import Panels
from bot.services.admin import plain_amount
from bot.services.catalogue import CatalogueService, RefreshReport, Renamed
from bot.services.notify import Notifier

log = logging.getLogger(__name__)

ALERT_CATALOGUE = "catalogue_refresh_failing"
ALERT_LOW_BALANCE = "panel_low_balance"
ALERT_PANEL_CURRENCY = "panel_currency_differs"
# When the current streak of failed refreshes began (unix seconds); absent after a success.
# Kept in SQLite so that a restart in the middle of an outage does not restart the count.
META_CATALOGUE_FAILING_SINCE = "catalogue_failing_since"
BALANCE_CHECK_SECONDS = 300.0
RENAMED_SHOWN = 10  # renamed services listed in one notice; the rest are counted
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
        for number, found in report.panels:
            if isinstance(found, RefreshReport):
                await self._panel_catalogue_ok(number, found.renamed)
            else:
                await self._panel_catalogue_failed(number, found)
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

    # -- one panel's catalogue, while the others refresh -------------------------------------
    async def _panel_catalogue_failed(self, panel: int, exc: Exception) -> None:
        """A panel failing its refresh while another works: told once per incident, naming
        it, after FAILING_PERIODS like the whole catalogue."""
        moment = self._clock()
        limit = FAILING_PERIODS * self._settings.catalog_refresh_seconds
        key = f"{META_CATALOGUE_FAILING_SINCE}:{panel}"
        async with self._db.transaction() as repos:
            stored = await repos.meta.get(key)
            since = moment if stored is None else int(stored)  # written here only
            if stored is None:
                await repos.meta.set(key, str(moment))
            told = moment - since >= limit and await repos.alerts.raise_once(
                f"{ALERT_CATALOGUE}:{panel}", moment
            )
            if told:
                values: dict[str, Value] = {
                    "name": self._name(panel),
                    "since": When(since),
                    "error": html.escape(str(exc)[:300]),
                }
                await self._notifier.enqueue_admins(
                    repos, Notice("admin-alert-panel-catalogue-failing", values)
                )
        if told:
            self._notifier.wake()

    async def _panel_catalogue_ok(self, panel: int, renamed: Sequence[Renamed]) -> None:
        """A panel refreshed: its failing incident ends, and the services it renamed are told
        (once: the stored name is the new one from now on)."""
        async with self._db.transaction() as repos:
            await repos.meta.delete(f"{META_CATALOGUE_FAILING_SINCE}:{panel}")
            recovered = await repos.alerts.clear(f"{ALERT_CATALOGUE}:{panel}")
            if recovered:
                await self._notifier.enqueue_admins(
                    repos,
                    Notice("admin-alert-panel-catalogue-recovered", {"name": self._name(panel)}),
                )
            if renamed:
                await self._notifier.enqueue_admins(repos, self._renamed_notice(panel, renamed))
        if recovered or renamed:
            self._notifier.wake()

    def _renamed_notice(self, panel: int, renamed: Sequence[Renamed]) -> Notice:
        lines = [
            f"#{each.service_id}: «{html.escape(each.before[:80])}» → "
            f"«{html.escape(each.after[:80])}»"
            for each in renamed[:RENAMED_SHOWN]
        ]
        rest = len(renamed) - RENAMED_SHOWN
        values: dict[str, Value] = {
            "name": self._name(panel),
            "count": len(renamed),
            "lines": "\n".join(lines),
            "more": Msg("admin-alert-panel-renamed-more", {"count": rest}) if rest > 0 else "",
        }
        return Notice("admin-alert-panel-renamed", values)

    def _name(self, panel: int) -> str:
        return html.escape(self._panels.name(panel))

    # -- panel balance ----------------------------------------------------------------------
    async def check_panel_balance(self) -> None:
        """Asks every panel's balance, side by side (at start, then every
        BALANCE_CHECK_SECONDS): alerts once per panel when its currency is not CURRENCY, and
        when it drops below PANEL_LOW_BALANCE (if set). One panel's alert does not silence
        another's."""
        await asyncio.gather(*(self._check_one_balance(panel.number) for panel in self._panels))

    async def _check_one_balance(self, panel: int) -> None:
        try:
            balance = await self._panels.get(panel).balance()
        except PanelError as exc:
            log.warning("balance check of panel %s failed: %s", panel, exc)
            return
        await self._check_panel_currency(panel, balance)
        if self._settings.panel_low_balance is not None:
            await self._check_low_balance(panel, balance, self._settings.panel_low_balance)

    async def _check_panel_currency(self, panel: int, balance: Balance) -> None:
        """The shop sells the panel's prices as CURRENCY: a panel counting in another currency
        would make every price wrong. Told once per incident; a panel that names no currency
        changes nothing."""
        panel_currency = balance.currency.strip().upper()
        currency = self._settings.currency
        if not panel_currency:
            return
        key = alert_key(ALERT_PANEL_CURRENCY, panel)
        async with self._db.transaction() as repos:
            if panel_currency == currency:
                await repos.alerts.clear(key)
                return
            log.warning(
                "panel %s counts in %s, but CURRENCY is %s: prices are shown in the wrong currency",
                panel,
                panel_currency[:16],
                currency,
            )
            told = await repos.alerts.raise_once(key, self._clock())
            if told:
                values: dict[str, Value] = {
                    "name": self._name(panel),
                    "panel": html.escape(panel_currency[:16]),
                    "currency": html.escape(currency),
                }
                await self._notifier.enqueue_admins(
                    repos, Notice("admin-alert-panel-currency-differs", values)
                )
        if told:
            self._notifier.wake()

    async def _check_low_balance(self, panel: int, balance: Balance, threshold: Decimal) -> None:
        values: dict[str, Value] = {
            "name": self._name(panel),
            "amount": plain_amount(balance.amount),
            "currency": html.escape(balance.currency[:16]),
            "threshold": plain_amount(threshold),
        }
        key = alert_key(ALERT_LOW_BALANCE, panel)
        async with self._db.transaction() as repos:
            if balance.amount < threshold:
                told = await repos.alerts.raise_once(key, self._clock())
                if told:
                    await self._notifier.enqueue_admins(
                        repos, Notice("admin-alert-panel-low", values)
                    )
            else:
                told = await repos.alerts.clear(key)
                if told:
                    await self._notifier.enqueue_admins(
                        repos, Notice("admin-alert-panel-ok", values)
                    )
        if told:
            self._notifier.wake()


def alert_key(alert: str, panel: int) -> str:
    """A panel's own incident key. Panel 1 keeps the bare key, the one a shop of one panel
    raised before issue 23, so an incident open across the upgrade ends as it should."""
    return alert if panel == 1 else f"{alert}:{panel}"
