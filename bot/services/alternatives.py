"""A service's alternatives on other panels, as admins set them with /alt.

An alternative is tried by ordering (bot/services/ordering.py) when the service's panel says a
definite no to an order. The rules checked here, when it is added, are the lasting ones (both
services exist, another panel, the same type); whether one can take a given order (orderable
now, its minimum and maximum, its form) is checked at that order.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.catalogue import ServiceRow
from bot.domain.service_types import kind_of
from bot.panel.registry import Panels

MAX_ALTERNATIVES = 10


@dataclass(frozen=True, slots=True)
class Alternative:
    service: ServiceRow
    panel_name: str
    configured: bool  # its panel is in the settings

    @property
    def usable(self) -> bool:
        """Could take orders now (it may still not fit a given order's quantity)."""
        s = self.service
        return self.configured and s.present and not s.is_hidden and not s.category_hidden


@dataclass(frozen=True, slots=True)
class Alternatives:
    """A service and its alternatives, first to try first."""

    service: ServiceRow
    panel_name: str
    alternatives: list[Alternative]


class AltProblem(StrEnum):
    NO_SERVICE = "no-service"  # the first number is no service
    NO_ALTERNATIVE = "no-alternative"  # the second is none
    SAME = "same"
    SAME_PANEL = "same-panel"
    OTHER_TYPE = "other-type"
    LISTED = "listed"
    NOT_LISTED = "not-listed"
    TOO_MANY = "too-many"


class AlternativesService:
    def __init__(self, db: Database, panels: Panels) -> None:
        self._db = db
        self._panels = panels

    async def of(self, service_id: int, lang: str = "en") -> Alternatives | None:
        """None when there is no such service."""
        async with self._db.read() as repos:
            return await self._of(repos, service_id, lang)

    async def add(
        self, service_id: int, alternative_id: int, lang: str = "en"
    ) -> Alternatives | AltProblem:
        """Appends an alternative after the others, if the rules allow it."""
        async with self._db.transaction() as repos:
            service = await repos.catalogue.get_service(service_id, lang)
            alternative = await repos.catalogue.get_service(alternative_id, lang)
            problem = _problem(service, alternative)
            if problem is not None:
                return problem
            if len(await repos.alternatives.of(service_id)) >= MAX_ALTERNATIVES:
                return AltProblem.TOO_MANY
            if not await repos.alternatives.append(service_id, alternative_id):
                return AltProblem.LISTED
            found = await self._of(repos, service_id, lang)
        assert found is not None
        return found

    async def remove(
        self, service_id: int, alternative_id: int, lang: str = "en"
    ) -> Alternatives | AltProblem:
        async with self._db.transaction() as repos:
            if await repos.catalogue.get_service(service_id) is None:
                return AltProblem.NO_SERVICE
            if not await repos.alternatives.remove(service_id, alternative_id):
                return AltProblem.NOT_LISTED
            found = await self._of(repos, service_id, lang)
        assert found is not None
        return found

    async def clear(self, service_id: int, lang: str = "en") -> Alternatives | AltProblem:
        async with self._db.transaction() as repos:
            if await repos.catalogue.get_service(service_id) is None:
                return AltProblem.NO_SERVICE
            await repos.alternatives.clear(service_id)
            found = await self._of(repos, service_id, lang)
        assert found is not None
        return found

    async def _of(self, repos: Repos, service_id: int, lang: str) -> Alternatives | None:
        service = await repos.catalogue.get_service(service_id, lang)
        if service is None:
            return None
        found = []
        for alternative_id in await repos.alternatives.of(service_id):
            alternative = await repos.catalogue.get_service(alternative_id, lang)
            if alternative is not None:
                found.append(
                    Alternative(
                        alternative,
                        self._panels.name(alternative.panel),
                        alternative.panel in self._panels,
                    )
                )
        return Alternatives(service, self._panels.name(service.panel), found)


def _problem(service: ServiceRow | None, alternative: ServiceRow | None) -> AltProblem | None:
    if service is None:
        return AltProblem.NO_SERVICE
    if alternative is None:
        return AltProblem.NO_ALTERNATIVE
    if alternative.id == service.id:
        return AltProblem.SAME
    if alternative.panel == service.panel:
        return AltProblem.SAME_PANEL
    kind = kind_of(service.type)
    if kind is None or kind_of(alternative.type) != kind:
        return AltProblem.OTHER_TYPE
    return None
