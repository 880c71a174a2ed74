"""The word lists of search (bot/domain/search_words.py) and their place in the locale files."""

from __future__ import annotations

import pytest

from bot.domain.search_words import MOST_TERMS, Term, Vocabulary, normal
from bot.i18n import LANGUAGES, I18n
from bot.i18n.word_lists import word_lists

KINDS = {"followers", "subscribers", "likes", "views", "comments", "members", "shares", "saves",
         "reactions", "votes", "story", "reels", "live"}  # fmt: skip
NETWORKS = {"instagram", "tiktok", "youtube", "telegram", "facebook", "twitter", "spotify",
            "twitch", "discord", "threads", "linkedin"}  # fmt: skip

WORDS = Vocabulary(
    {
        "likes": ["like, likes", "лайк, лайки, лайков", "beğeni, beğenisi"],
        "instagram": ["instagram, (insta), (ig)", "инстаграм, (инста)", "انستقرام, إنستغرام"],
        "tiktok": ["tiktok, tik tok", "тик ток, тикток"],
        "followers": ["follower, followers", "подписчик, подписчики"],
        "subscribers": ["subscriber, subs", "подписчик, подписчики"],
    }
)


def concepts(query: str) -> list[frozenset[str]]:
    return [term.concepts for term in WORDS.terms(query)]


def test_every_language_lists_words_for_every_kind_and_network() -> None:
    lists = word_lists(I18n())
    assert set(lists) == KINDS | NETWORKS
    assert all(len(texts) == len(LANGUAGES) for texts in lists.values())
    vocabulary = Vocabulary(lists)
    for concept in KINDS | NETWORKS:
        assert vocabulary.needles([concept]), concept


def test_a_word_of_any_language_names_its_concept() -> None:
    assert concepts("лайки инстаграм") == [{"likes"}, {"instagram"}]
    assert concepts("instagram beğeni") == [{"instagram"}, {"likes"}]
    # An ending added to a listed word of four letters or more, and a phrase of two words.
    assert concepts("лайкам тик ток") == [{"likes"}, {"tiktok"}]
    # One word may name two things ("подписчики": followers on Instagram, subscribers on
    # YouTube): the name may hold either.
    (term,) = WORDS.terms("подписчики")
    assert term.concepts == {"followers", "subscribers"}
    assert set(term.needles) == {"follower", "subs", "подписчик"}


def test_case_accents_and_letter_forms_do_not_matter() -> None:
    assert concepts("İNSTAGRAM BEGENI") == [{"instagram"}, {"likes"}]
    # Alef with or without hamza, as keyboards and habits write it ("إنستغرام" is the one listed).
    assert concepts("انستغرام") == concepts("أنستقرام") == [{"instagram"}]
    assert normal("koʻrish") == normal("ko'rish") == normal("ko‘rish") == "korish"
    assert normal("canlı") == normal("CANLI") == "canli"


def test_a_short_form_names_its_concept_but_is_not_looked_for() -> None:
    (term,) = WORDS.terms("ig")
    assert term.concepts == {"instagram"}
    assert "ig" not in term.needles and "insta" not in term.needles
    assert set(term.needles) == {"instagram", "инстаграм", "انستقرام", "إنستغرام"}
    # And a word that merely begins with one is a word as typed.
    assert WORDS.terms("Instant") == [Term("Instant", ("instant",))]


def test_needles_are_the_fewest_that_find_the_same() -> None:
    (term,) = WORDS.terms("likes")
    assert set(term.needles) == {"like", "лайк", "beğeni"}


def test_other_words_are_looked_for_as_typed_and_a_query_has_at_most_five_terms() -> None:
    assert WORDS.terms("  [HQ]   №4999 ") == [Term("[HQ]", ("[hq]",)), Term("№4999", ("№4999",))]
    assert len(WORDS.terms("a b c d e f g")) == MOST_TERMS
    assert WORDS.terms("   ") == []


@pytest.mark.parametrize("text", ["like, , (), likes", "like,\n  likes"])
def test_a_list_may_run_over_lines_and_empty_items_are_skipped(text: str) -> None:
    (term,) = Vocabulary({"likes": [text]}).terms("likes")
    assert term.needles == ("like",)
