"""Buttons of one list show what tells their names apart: the words all of them begin with are
cut from the front (issue 23), not the differing ends."""

from __future__ import annotations

from typing import Any

import pytest

from bot.ui.keyboards.callbacks import CategoryCb
from bot.ui.names import distinct_parts
from bot.ui.views import FSI, NAME_ON_BUTTON, PDI, label
from tests.conftest import CUSTOMER, Shop
from tests.sql import rows


@pytest.mark.parametrize(
    ("names", "parts"),
    [
        (
            ["Twitch Followers [متابعين حقيقيين] [Max 10K]", "Twitch Followers [متابعين سريعين]"],
            ["[متابعين حقيقيين] [Max 10K]", "[متابعين سريعين]"],
        ),
        (  # whole words only: "Like" and "Likes" keep their words
            ["Instagram Likes", "Instagram Likes Fast", "Instagram Like Bot"],
            ["Likes", "Likes Fast", "Like Bot"],
        ),
        (  # a name that is all the shared words keeps some of them
            ["Instagram Followers", "Instagram Followers HQ"],
            ["Followers", "Followers HQ"],
        ),
        (
            ["متابعين انستقرام حقيقيين", "متابعين انستقرام عرب"],
            ["حقيقيين", "عرب"],
        ),
        (  # separators left at the front go with the shared words
            ["TikTok Views | Fast", "TikTok Views | Slow"],
            ["Fast", "Slow"],
        ),
        (  # nothing shared, one name, or no names: as they are (spaces folded)
            ["Instagram Likes", "TikTok  Views"],
            ["Instagram Likes", "TikTok Views"],
        ),
        (["Instagram   Likes"], ["Instagram Likes"]),
        ([], []),
        (  # under three letters left: fewer shared words go
            ["YouTube Views 1", "YouTube Views 2"],
            ["Views 1", "Views 2"],
        ),
    ],
)
def test_the_shared_front_is_cut_at_a_word(names: list[str], parts: list[str]) -> None:
    assert distinct_parts(names) == parts


def test_labels_cut_at_their_end_differ_once_the_shared_front_is_gone() -> None:
    names = [
        "Twitch Followers [متابعين حقيقيين] [بدء فوري] [3.38]",
        "Twitch Followers [متابعين حقيقيين] [بدء بطيء] [30.68]",
    ]
    assert label(names[0], NAME_ON_BUTTON) == label(names[1], NAME_ON_BUTTON)  # the old cut
    first, second = (label(part, NAME_ON_BUTTON) for part in distinct_parts(names))
    assert first != second
    assert first.startswith(FSI) and first.endswith(PDI)  # right-to-left text stays isolated


async def test_a_category_page_shows_what_tells_its_services_apart(make_shop: Any) -> None:
    shop: Shop = await make_shop(refresh=False)
    shop.panel.catalogue = [
        {
            "service": n, "name": f"Twitch Followers [متابعين حقيقيين] [Start 0-{n}h] №{n}",
            "type": "Default", "category": "Twitch Followers", "rate": rate,
            "min": "10", "max": "1000",
        }
        for n, rate in ((1, "30.68"), (2, "3.38"))
    ]  # fmt: skip
    await shop.services.catalogue.refresh()
    h = shop.harness
    ((category,),) = await rows(shop.db, "SELECT id FROM categories")
    await h.press(CUSTOMER, CategoryCb(id=category).pack())
    labels = [text for text, data in h.buttons(CUSTOMER) if data.startswith("s:")]
    assert len(set(labels)) == 2
    assert labels[0].startswith("[Start 0-2h] №2")  # cheapest first
    assert labels[0].endswith("3.38 USD") and labels[1].endswith("30.68 USD")
