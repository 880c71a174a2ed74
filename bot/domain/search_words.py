"""A search query read in the customer's words.

Customers name a kind of service ("лайки", "beğeni", "متابعين") or a network ("инстаграм",
"انستقرام", "ig") in their own language, while a panel names its services in English
("Instagram Likes | Max 50K"). Each language's locale file lists the words for each concept
(`search-words-<concept>`); the lists of every language are merged, since a Russian customer
may type English and an Uzbek one Russian. A query word that names a concept then matches a
name holding any word of that concept, in any language; any other word matches as a part of
the name, as typed.

A word written in parentheses names its concept when typed but is not looked for in names:
a short form that is also a part of other words ("insta" is in "Instant start", "ig" in
"High quality"). Words under three letters are always of that kind.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

MOST_TERMS = 5  # a query's words beyond these are not searched for
MOST_PHRASE = 3  # a concept's word may be a phrase of this many words ("тик ток")
STEM = 4  # a word this long also names its concept with an ending ("лайк" in "лайков")
_SHORTEST_NEEDLE = 3

# Letters written differently by Arabic and Persian keyboards (and by habit) read as one.
_SAME_LETTER = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ـ": None, "ı": "i"}
)
_APOSTROPHES = re.compile("[\u02bb\u02bc\u2018\u2019'`]")  # Uzbek's oʻ typed every way


def normal(text: str) -> str:
    """A word as it is compared with the lists: case, accents, Arabic letter forms and
    apostrophes set aside ("Beğeni" and "begeni", "انستغرام" and "إنستغرام" read alike)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _APOSTROPHES.sub("", unicodedata.normalize("NFC", bare).translate(_SAME_LETTER))


@dataclass(frozen=True, slots=True)
class Term:
    """One thing a name must hold: any of `needles` (case-folded, as SQL's casefold compares)."""

    typed: str
    needles: tuple[str, ...]
    concepts: frozenset[str] = frozenset()


def _word_list(text: str) -> list[tuple[str, bool]]:
    """(word, looked for in names) of a comma-separated list; "(word)": typed only."""
    found = []
    for item in re.split(r"[,\n]", text):
        word = " ".join(item.split())
        typed_only = word.startswith("(") and word.endswith(")")
        word = word.strip("() ")
        if word:
            found.append((word, not typed_only and len(word) >= _SHORTEST_NEEDLE))
    return found


def _fewest(needles: Iterable[str]) -> tuple[str, ...]:
    """Needles none of which holds another: "лайк" makes "лайки" and "лайков" needless."""
    unique = sorted(set(needles), key=lambda n: (len(n), n))
    kept: list[str] = []
    for needle in unique:
        if not any(shorter in needle for shorter in kept):
            kept.append(needle)
    return tuple(kept)


class Vocabulary:
    """Every language's words for each concept, merged."""

    def __init__(self, lists: Mapping[str, Iterable[str]]) -> None:
        """`lists`: concept → the lists that name it, one text per language."""
        self._concepts: dict[str, set[str]] = {}  # a word (normal) → the concepts it names
        self._stems: dict[str, set[str]] = {}  # the same, of the words that take endings
        needles: dict[str, set[str]] = {}
        for concept, texts in lists.items():
            needles.setdefault(concept, set())
            for text in texts:
                for word, searched in _word_list(text):
                    key = normal(word)
                    self._concepts.setdefault(key, set()).add(concept)
                    if searched:
                        needles[concept].add(word.casefold())
                        if len(key) >= STEM and " " not in key:
                            self._stems.setdefault(key, set()).add(concept)
        self._needles = {concept: frozenset(words) for concept, words in needles.items()}

    @property
    def concepts(self) -> frozenset[str]:
        return frozenset(self._needles)

    def needles(self, concepts: Iterable[str]) -> tuple[str, ...]:
        return _fewest(n for concept in concepts for n in self._needles.get(concept, ()))

    def _named(self, word: str) -> set[str]:
        """The concepts a typed word names: as listed, or a listed word with an ending."""
        key = normal(word)
        if key in self._concepts:
            return self._concepts[key]
        return {
            concept
            for stem, concepts in self._stems.items()
            if key.startswith(stem)
            for concept in concepts
        }

    def terms(self, query: str) -> list[Term]:
        """What a name must hold to be found: one term per concept or word of the query (a
        concept's phrase of several words is one term), at most MOST_TERMS."""
        words = query.split()
        terms: list[Term] = []
        start = 0
        while start < len(words) and len(terms) < MOST_TERMS:
            for size in range(min(MOST_PHRASE, len(words) - start), 0, -1):
                typed = " ".join(words[start : start + size])
                concepts = self._named(typed) if size == 1 else self._concepts.get(normal(typed))
                needles = self.needles(concepts) if concepts else ()
                if needles or size == 1:
                    break
            if needles:
                terms.append(Term(typed, needles, frozenset(concepts or ())))
            else:
                terms.append(Term(typed, (typed.casefold(),)))
            start += size
        return terms
