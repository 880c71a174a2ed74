"""The translation layer: every language has every message with the same variables, right-to-left
text is isolated, digits of any script are read as numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiogram.methods import SetMyCommands
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.app import COMMANDS, set_commands
from bot.domain.money import Shown
from bot.domain.notices import Button, Money, Msg, Notice, When
from bot.i18n import FSI, LANGUAGES, LOCALES_DIR, PDI, I18n, TranslationError, ascii_digits
from bot.ui.notices import NoticeRenderer
from tests.conftest import Shop


class _Variables(Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()
        self.references: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.references.add(node.id.name)


def _messages(lang: str, source: str | None = None) -> dict[str, frozenset[str]]:
    """Message id → the variables it uses, read from the file itself: its own, and those of the
    messages it references ("{ stars-word }" reads the $stars of the message it is in)."""
    if source is None:
        source = (LOCALES_DIR / f"{lang}.ftl").read_text(encoding="utf-8")
    resource = FluentParser().parse(source)
    junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
    assert not junk, f"{lang}.ftl does not parse: {(junk[0].content or '')[:200]!r}"
    found: dict[str, _Variables] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            assert entry.id.name not in found, f"{lang}: {entry.id.name} is defined twice"
            found[entry.id.name] = _Variables()
            found[entry.id.name].visit(entry)
    out: dict[str, frozenset[str]] = {}
    for key, own in found.items():
        names = set(own.names)
        for referenced in own.references:
            names |= found[referenced].names if referenced in found else set()
        out[key] = frozenset(names)
    return out


def test_every_language_has_a_file_and_nothing_else_does() -> None:
    files = {path.stem for path in LOCALES_DIR.glob("*.ftl")}
    assert files == set(LANGUAGES)


def _problems(
    lang: str, english: dict[str, frozenset[str]], other: dict[str, frozenset[str]]
) -> list[str]:
    problems = [f"{lang} lacks {key}" for key in sorted(english.keys() - other.keys())]
    problems += [f"{lang} has {key}, English has not" for key in sorted(other.keys() - english)]
    problems += [
        f"{lang}: {key} uses {sorted(other[key])}, English {sorted(english[key])}"
        for key in sorted(english.keys() & other.keys())
        if english[key] != other[key]
    ]
    return problems


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_a_language_has_the_messages_and_variables_of_english(lang: str) -> None:
    assert _problems(lang, _messages("en"), _messages(lang)) == []


def test_the_parity_check_catches_a_missing_key_an_extra_one_and_a_renamed_variable() -> None:
    source = (LOCALES_DIR / "en.ftl").read_text(encoding="utf-8")
    broken = source.replace("\ngreeting =", "\ngreeting-typo =", 1)
    broken = broken.replace("admin-credited = ✅ Credited { $amount }", "admin-credited = { $sum }")
    problems = _problems("xx", _messages("en"), _messages("xx", broken))
    assert "xx lacks greeting" in problems
    assert "xx has greeting-typo, English has not" in problems
    assert any(
        p.startswith("xx: admin-credited uses ['balance', 'sum', 'user_id']") for p in problems
    )


def test_a_broken_file_stops_the_start(tmp_path: Path) -> None:
    for lang in LANGUAGES:
        (tmp_path / f"{lang}.ftl").write_text("hello = Hello\n", encoding="utf-8")
    (tmp_path / "ru.ftl").write_text("hello = { $name\n", encoding="utf-8")
    with pytest.raises(TranslationError, match=r"ru: ru\.ftl does not parse"):
        I18n(directory=tmp_path)
    (tmp_path / "ru.ftl").unlink()
    with pytest.raises(TranslationError, match="ru: cannot read"):
        I18n(directory=tmp_path)


def test_telegram_language_codes_pick_a_supported_language() -> None:
    i18n = I18n("tr")
    assert i18n.pick("ar") == "ar"
    assert i18n.pick("fa-IR") == "fa"
    assert i18n.pick("ru_RU") == "ru"
    assert i18n.pick("pt-br") == "tr"  # not spoken: the shop's default
    assert i18n.pick(None) == "tr"
    assert i18n.get("xx").lang == "tr"
    assert i18n.get(None).lang == "tr"


def test_english_has_no_isolates_and_right_to_left_languages_isolate_every_value() -> None:
    i18n = I18n()
    assert i18n.get("en")("admin-credited", amount="5.00 USD", user_id=7, balance="9.00 USD") == (
        "✅ Credited 5.00 USD to user <code>7</code>. Balance now: 9.00 USD."
    )
    arabic = i18n.get("ar")("admin-credited", amount="5.00 USD", user_id=7, balance="9.00 USD")
    for value in ("5.00 USD", "7", "9.00 USD"):
        assert f"{FSI}{value}{PDI}" in arabic


def test_ids_and_quantities_are_not_grouped() -> None:
    t = I18n().get("ru")
    assert "1000000" in t("summary-quantity", quantity=1000000)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("١٠٠٠", "1000"),  # Arabic-Indic
        ("۱۰۰۰", "1000"),  # Persian (extended Arabic-Indic)
        ("١٢٫٥٠", "12.50"),  # the Arabic decimal separator
        ("١٬٠٠٠", "1000"),  # the Arabic thousands separator
        ("12.50", "12.50"),
        ("abc ١", "abc 1"),
    ],
)
def test_digits_of_any_script_read_as_ascii(typed: str, read: str) -> None:
    assert ascii_digits(typed) == read


def test_a_notice_survives_storage_and_renders_in_each_language() -> None:
    notice = Notice(
        "note-refunded",
        {"refund": Money(150_000, Shown.DOWN), "balance": Money(1_234_500)},
        buttons=((Button("btn-open-order", {"id": 42}, callback_data="o:42"),),),
    )
    stored = Notice.from_json(notice.to_json())
    assert stored == notice
    renderer = NoticeRenderer(I18n(), decimals=2, currency="USD")
    text, markup = renderer.render(stored, "en")
    assert text == "Refunded to your balance: <b>1.50 USD</b>. Balance: 12.345 USD."
    assert markup is not None
    assert markup.inline_keyboard[0][0].callback_data == "o:42"
    arabic, _ = renderer.render(stored, "ar")
    assert f"{FSI}1.50 USD{PDI}" in arabic


def test_nested_messages_and_moments_render_in_the_same_language() -> None:
    renderer = NoticeRenderer(I18n(), decimals=2, currency="USD")
    notice = Notice("note-refill", {"id": 5, "status": Msg("refill-state-completed")})
    assert renderer.render(notice, "en")[0] == "♻️ Refill of order #5: <b>completed</b>."
    when = Notice.from_json(Notice("admin-when-ago", {"when": When(0), "ago": "x"}).to_json())
    assert renderer.render(when, "en")[0] == "1970-01-01 00:00 UTC (x)"


async def test_the_command_list_is_registered_in_every_language(shop: Shop) -> None:
    session = shop.harness.session
    await set_commands(shop.harness.bot, shop.services.i18n)
    calls = session.calls_of(SetMyCommands)
    assert [call.language_code for call in calls] == [None, *LANGUAGES]
    for call in calls:
        t = shop.services.i18n.get(call.language_code)
        assert [(c.command, c.description) for c in call.commands] == [
            (name, t(f"command-{name}")) for name in COMMANDS
        ]


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_a_language_is_translated_not_a_copy_of_english(lang: str) -> None:
    """Only names, codes and layouts of values may read as in English: under one in ten."""
    i18n = I18n()
    english, other = i18n.get("en"), i18n.get(lang)
    variables = _messages("en")
    same = [
        key
        for key, names in variables.items()
        if any(c.isalpha() for c in english(key, **dict.fromkeys(names, "x")))
        and other(key, **dict.fromkeys(names, "x")).replace(FSI, "").replace(PDI, "")
        == english(key, **dict.fromkeys(names, "x"))
    ]
    assert len(same) < len(variables) / 10, f"{lang}: {len(same)} messages as in English"
