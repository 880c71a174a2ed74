"""Search in the customer's words: a query read against the word lists of every language
(bot/domain/search_words.py), looked for in every name a service is known by."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db import Database
from bot.db.repositories.catalogue import ServiceRow
from bot.domain.search_words import Vocabulary

SEARCH_LIMIT = 20


@dataclass(frozen=True, slots=True)
class SearchResult:
    services: list[ServiceRow]  # the first SEARCH_LIMIT found
    total: int  # how many were found in all


class CatalogueSearch:
    def __init__(self, db: Database, vocabulary: Vocabulary, limit: int = SEARCH_LIMIT) -> None:
        self._db = db
        self._vocabulary = vocabulary
        self._limit = limit

    async def search(self, text: str, lang: str = "en") -> SearchResult:
        """One query: the services that hold every term (a concept's word in any language, or
        the word as typed), the first `limit` of them and their exact count."""
        terms = self._vocabulary.terms(text)
        if not terms:
            return SearchResult([], 0)
        async with self._db.read() as repos:
            found, total = await repos.catalogue.search_services(
                [term.needles for term in terms], self._limit, lang
            )
        return SearchResult(found, total)
