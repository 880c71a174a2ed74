"""Word lists kept in the locale files beside the texts, so a translator adds to them there:
a message per list (`search-words-followers = followers, follower, subs`), of plain text."""

from __future__ import annotations

from bot.i18n import I18n

SEARCH_WORDS = "search-words-"


def word_lists(i18n: I18n, prefix: str = SEARCH_WORDS) -> dict[str, list[str]]:
    """List name (the key after `prefix`) → its text in every language that has it."""
    lists: dict[str, list[str]] = {}
    for t in i18n.translators:
        for key in sorted(i18n.keys[t.lang]):
            if key.startswith(prefix):
                lists.setdefault(key.removeprefix(prefix), []).append(t.plain(key))
    return lists
