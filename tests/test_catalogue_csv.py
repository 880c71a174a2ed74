"""/export catalogue and /import catalogue (issue 23): the catalogue's CSV, edited and sent
back, applied after a preview; through the real Dispatcher with the fake Bot API's files."""

from __future__ import annotations

import csv
import io
import itertools
from typing import Any

from aiogram.methods import AnswerCallbackQuery, SendDocument
from aiogram.types import Document, Update

from bot.sandbox.catalogue import large_catalogue
from bot.services.catalogue_csv import HEADER
from bot.ui.keyboards.callbacks import AdminImportCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop
from tests.fakes.telegram import html_to_plain, message_update
from tests.sql import rows

_files = itertools.count(1)


async def catalogue_state(shop: Shop) -> list[Any]:
    return [
        *await rows(shop.db, "SELECT * FROM service_texts ORDER BY service_id, lang"),
        *await rows(shop.db, "SELECT id, markup_percent, is_hidden FROM services ORDER BY id"),
    ]


async def export(shop: Shop) -> list[dict[str, str]]:
    calls = await shop.harness.send(ADMIN_ID, "/export catalogue")
    [sent] = [c.method for c in calls if isinstance(c.method, SendDocument)]
    assert sent.caption is not None and "Catalogue" in sent.caption
    name = sent.document.filename  # type: ignore[union-attr]
    data = shop.harness.session.uploads[name].decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(data, newline=""))
    assert reader.fieldnames == HEADER
    return list(reader)


def as_csv(records: list[dict[str, str]], header: list[str] = HEADER) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue().encode("utf-8-sig")


async def send_file(
    shop: Shop, data: bytes, caption: str | None = "/import catalogue", user: int = ADMIN_ID
) -> str:
    """The user sends a CSV document (with `caption`); the bot's last text to them."""
    h = shop.harness
    file_id = f"CSV{next(_files)}"
    h.session.documents[file_id] = data
    update = message_update(user, "x", message_id=h.session.next_message_id(user))
    assert update.message is not None
    document = Document(
        file_id=file_id, file_unique_id=f"u{file_id}", file_name="c.csv", file_size=len(data)
    )
    message = update.message.model_copy(
        update={"text": None, "entities": None, "caption": caption, "document": document}
    )
    await h.feed(Update(update_id=update.update_id + 10_000_000, message=message))
    return html_to_plain(h.last_text(user))


def by_id(records: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {record["id"]: record for record in records}


async def test_the_export_has_every_service_with_the_shop_columns(shop: Shop) -> None:
    await shop.harness.send(ADMIN_ID, "/rename service 1 ru Подписчики")
    await shop.harness.send(ADMIN_ID, "/describe service 1 en =SUM(A1)")
    await shop.harness.send(ADMIN_ID, "/markup 12.5 service 2")
    await shop.harness.send(ADMIN_ID, "/hide service 3")
    records = by_id(await export(shop))
    assert len(records) == 7
    one = records["1"]
    assert (one["panel"], one["panel_label"], one["panel_service_id"]) == ("1", "Panel 1", "1")
    assert one["panel_service_name"] == "Instagram Followers <HQ> & fast"
    assert one["category"] == "Instagram Followers"
    assert (one["name_ru"], one["name_en"], one["description_en"]) == (
        "Подписчики",
        "",
        "'=SUM(A1)",
    )
    assert (one["markup"], one["hidden"]) == ("", "0")
    assert (records["2"]["markup"], records["3"]["hidden"]) == ("12.5", "1")


async def test_an_edited_file_is_previewed_then_applied_once(shop: Shop) -> None:
    h = shop.harness
    await h.send(ADMIN_ID, "/rename service 2 en Old likes")
    await h.send(ADMIN_ID, "/describe service 1 en =formula kept")
    records = await export(shop)
    unchanged = as_csv(records)
    rows_by_id = by_id(records)
    rows_by_id["1"]["name_ru"] = "Подписчики «живые»"
    rows_by_id["2"]["name_en"] = ""  # the shop's name removed: the panel's shows again
    rows_by_id["3"]["description_tr"] = "Paket.\nHızlı"
    rows_by_id["4"]["markup"] = "30"
    rows_by_id["5"]["hidden"] = "1"
    rows_by_id["6"]["panel_service_name"] = "Read-only, ignored"
    before = await catalogue_state(shop)
    assert "changes nothing" in await send_file(shop, unchanged)  # the round trip is exact
    preview = await send_file(shop, as_csv(records))
    assert "changes 5 services (5 changes)" in preview
    assert "#1 name_ru: «(empty)» → «Подписчики «живые»»" in preview
    assert "#2 name_en: «Old likes» → «(empty)»" in preview
    assert "#4 markup: «(empty)» → «30»" in preview
    assert "#5 hidden: «0» → «1»" in preview
    assert await catalogue_state(shop) == before  # nothing yet
    apply = h.find_button(ADMIN_ID, "Apply")
    calls = await h.press(ADMIN_ID, apply)
    assert "Applied: 5 changes to 5 services" in html_to_plain(h.last_text(ADMIN_ID))
    assert any(isinstance(c.method, AnswerCallbackQuery) for c in calls)
    assert await rows(shop.db, "SELECT * FROM service_texts ORDER BY service_id, lang") == [
        (1, "en", None, "=formula kept"),
        (1, "ru", "Подписчики «живые»", None),
        (3, "tr", None, "Paket.\nHızlı"),
    ]
    assert await rows(shop.db, "SELECT markup_percent FROM services WHERE id = 4") == [("30",)]
    assert await rows(shop.db, "SELECT is_hidden FROM services WHERE id = 5") == [(1,)]
    assert await rows(shop.db, "SELECT name FROM services WHERE id = 6") == [("Poll Votes",)]
    # The same preview's Apply again: answered, nothing more happens.
    after = await catalogue_state(shop)
    await h.send(ADMIN_ID, "/rename service 1 ru Новое")
    calls = await h.press(ADMIN_ID, apply)
    [answer] = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answer.text is not None and "already applied" in answer.text
    assert await rows(
        shop.db, "SELECT name FROM service_texts WHERE service_id = 1 AND lang = 'ru'"
    ) == [("Новое",)]
    assert len(after) == len(await catalogue_state(shop))


async def test_cancel_changes_nothing(shop: Shop) -> None:
    h = shop.harness
    records = await export(shop)
    records[0]["name_en"] = "Renamed"
    before = await catalogue_state(shop)
    assert "Apply them?" in await send_file(shop, as_csv(records))
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Cancel"))
    assert "canceled" in h.last_text(ADMIN_ID)
    await h.press(ADMIN_ID, AdminImportCb(act="apply", id=1).pack())
    assert await catalogue_state(shop) == before


async def test_a_file_with_problems_is_refused_whole(shop: Shop) -> None:
    records = await export(shop)
    records[0]["name_en"] = "Fine"
    records[1]["name_ru"] = "n" * 101
    records[2]["markup"] = "lots"
    records[3]["hidden"] = "maybe"
    records.append({**records[4]})  # a service twice
    records.append({**records[5], "id": "999"})
    before = await catalogue_state(shop)
    text = await send_file(shop, as_csv(records))
    assert text.startswith("❌ Nothing was changed: the file has 5 problems.")
    for part in (
        "Row 3: name_ru is longer than 100 characters.",
        "Row 4: the markup must be empty or a percent from 0 to 10000, not lots.",
        "Row 5: hidden must be 0 or 1, not maybe.",
        "Row 9: service 5 is in the file twice.",
        "Row 10: 999 is not a service number of the shop.",
    ):
        assert part in text, part
    bad_header = as_csv([{"id": "1", "nom": "x"}], ["id", "nom"])
    assert "Unknown column nom" in await send_file(shop, bad_header)
    assert "column id is missing" in await send_file(shop, as_csv([{"name_en": "x"}], ["name_en"]))
    assert "cannot be read" in await send_file(shop, b"\xff\xfe\x00bad")
    assert await catalogue_state(shop) == before
    assert await rows(shop.db, "SELECT count(*) FROM catalogue_imports") == [(0,)]


async def test_the_file_as_a_reply_and_who_may_import(shop: Shop) -> None:
    h = shop.harness
    records = await export(shop)
    records[0]["name_uz"] = "Obunachilar"
    data = as_csv(records)
    # The admin answers their own message with the file.
    h.session.documents["REPLY1"] = data
    document = Document(file_id="REPLY1", file_unique_id="uR", file_name="c.csv")
    original = message_update(ADMIN_ID, "x").message
    assert original is not None
    original = original.model_copy(update={"text": None, "entities": None, "document": document})
    await h.send(ADMIN_ID, "/import catalogue", reply_to=original)
    assert "changes 1 services" in html_to_plain(h.last_text(ADMIN_ID))
    await h.send(ADMIN_ID, "/import catalogue")  # no file: the usage
    assert "Usage" in html_to_plain(h.last_text(ADMIN_ID))
    # A customer's file with the caption is no command.
    before = await catalogue_state(shop)
    await send_file(shop, data, user=CUSTOMER)
    assert await rows(shop.db, "SELECT count(*) FROM catalogue_imports") == [(1,)]
    assert await catalogue_state(shop) == before


async def test_five_thousand_services_round_trip(make_shop: Any) -> None:
    shop: Shop = await make_shop(refresh=False)
    shop.panel.catalogue = large_catalogue(5000)
    await shop.services.catalogue.refresh()
    records = await export(shop)
    assert len(records) == 5000
    for record in records:
        record["name_ru"] = f"Услуга {record['id']}"
    preview = await send_file(shop, as_csv(records))
    assert "changes 5000 services (5000 changes)" in preview
    await shop.harness.press(ADMIN_ID, shop.harness.find_button(ADMIN_ID, "Apply"))
    assert await rows(shop.db, "SELECT count(*) FROM service_texts WHERE lang = 'ru'") == [(5000,)]


async def test_an_empty_hidden_cell_leaves_a_hidden_service_hidden(shop: Shop) -> None:
    await shop.harness.send(ADMIN_ID, "/hide service 5")
    records = await export(shop)
    by_id(records)["5"]["hidden"] = ""  # a spreadsheet that lost the cell
    by_id(records)["1"]["name_ru"] = "Подписчики"
    preview = await send_file(shop, as_csv(records))
    assert "#1 name_ru" in preview and "#5 hidden" not in preview
    await shop.harness.press(ADMIN_ID, shop.harness.find_button(ADMIN_ID, "Apply"))
    assert await rows(shop.db, "SELECT is_hidden FROM services WHERE id = 5") == [(1,)]
