"""Translations: one Fluent file per language in `bot/i18n/locales/`, English the source.

- `I18n` loads every language once at start (a broken file stops the bot there, not at the
  first customer who reads it) and hands out a `Translator` per language.
- A `Translator` renders a message by key: `t("order-placed", card=...)`. Arguments are either
  plain values (numbers, names, links, amounts) or `Fragment`s, text already rendered in the
  reader's language.
- Right-to-left languages (Arabic, Persian) have Fluent wrap every placeable in FSI … PDI
  (first-strong isolate), so a link, an order id, an amount with its currency or a service name
  of either direction keeps its own order inside the sentence and reorders nothing around it.
  Each of their lines that starts with anything but a right-to-left letter (an isolated value,
  a digit, an emoji, "#", a Latin word) starts with an RLM: an isolate counts for nothing when
  the bidi algorithm picks a line's direction, so a line of values alone would run left to
  right under right-aligned headings. The RLM is invisible and reorders nothing inside a line.
- Digits stay ASCII in every language (amounts are copied into payments and searches); an
  amount's decimal separator is the language's (`decimal_separator`, used by
  `bot.domain.money`: "1,17 USD" in Russian, "1.17 USD" in Arabic); dates
  are written the locale's way (Babel), English keeps the ISO form the admins know.

Adding a language is adding `bot/i18n/locales/<code>.ftl` and its name to `LANGUAGES`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache, cached_property, lru_cache
from pathlib import Path

from babel.dates import format_skeleton
from babel.numbers import get_decimal_symbol
from fluent.runtime import FluentBundle
from fluent.runtime.resolver import MAX_PART_LENGTH
from fluent.runtime.types import FluentNone, fluent_number
from fluent.syntax import FluentParser, ast

LOCALES_DIR = Path(__file__).with_name("locales")

# Code → the language's own name, as the language picker shows it. The order is the picker's.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "ru": "Русский",
    "tr": "Türkçe",
    "uz": "Oʻzbekcha",
}
RIGHT_TO_LEFT = frozenset({"ar", "fa"})
SOURCE_LANGUAGE = "en"

FSI = "\u2068"  # first strong isolate
LRI = "\u2066"  # left-to-right isolate
PDI = "\u2069"  # pop directional isolate
RLM = "\u200f"  # right-to-left mark: an invisible letter of right-to-left direction
_ISOLATED_BLANK = re.compile("\u2068(\\s*)\u2069")


class Fragment(str):
    """Text already rendered in the reader's language: a part of a bigger message."""

    __slots__ = ()


class TranslationError(RuntimeError):
    """A locale file that cannot be used: broken syntax, or a message that fails to render."""


Arg = str | int | Decimal | Fragment | None


def _fluent_args(args: Mapping[str, Arg]) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, value in args.items():
        if isinstance(value, bool):
            raise TypeError(f"{name}: a bool is not a message argument")
        if isinstance(value, int | Decimal):
            # Fluent would group digits ("1,000"); an id or a quantity is copied as typed.
            out[name] = fluent_number(value, useGrouping=False)
        elif value is None:
            out[name] = FluentNone("")
        else:
            out[name] = str(value)
    return out


class Translator:
    """One language's messages. Cheap to pass around; made once per language by `I18n`."""

    def __init__(self, lang: str, resource: ast.Resource) -> None:
        self.lang = lang
        self.rtl = lang in RIGHT_TO_LEFT
        self._resource = resource

    @cached_property
    def _bundle(self) -> FluentBundle:
        """Made on the language's first use: a bundle loads Babel's data for its locale (plural
        rules, number symbols), megabytes a language that a shop's customers may never need."""
        bundle = FluentBundle([_babel_locale(self.lang)], use_isolating=self.rtl)
        bundle.add_resource(self._resource)
        return bundle

    def __repr__(self) -> str:
        return f"Translator({self.lang!r})"

    def plain(self, key: str) -> str:
        """A message of plain text (no placeable, no selector), read without the bundle: the
        command lists are set for every language at start, which must not load them all."""
        for entry in self._resource.body:
            if isinstance(entry, ast.Message) and entry.id.name == key and entry.value:
                elements = entry.value.elements
                texts = [e.value for e in elements if isinstance(e, ast.TextElement)]
                if len(texts) == len(elements):
                    return "".join(texts)
        return str(self(key))

    def has(self, key: str) -> bool:
        return self._bundle.has_message(key)

    def __call__(self, key: str, /, **args: Arg) -> Fragment:
        message = self._bundle.get_message(key)
        if message.value is None:
            raise TranslationError(f"{self.lang}: message {key!r} has no value")
        # Some values go in as short stand-ins, put back once the message is formatted:
        # - a value longer than Fluent takes in a placeable (MAX_PART_LENGTH: a service's
        #   description, an order card inside a message can be);
        # - in right-to-left languages, a value of several lines (an order card, a list of
        #   lines, comments): an isolate ends at the first line break (each line is its own
        #   paragraph), so Fluent's marks would turn its first line into an isolate that sets
        #   the line's direction to the app's default, and leave the closing mark stray.
        #   Such values are lists and cards of the reader's language, or lines of their own.
        held = {
            name: value
            for name, value in args.items()
            if isinstance(value, str)
            and (len(value) > MAX_PART_LENGTH or (self.rtl and "\n" in value))
        }
        stand_ins = {name: f"\ue000{name}\ue000" for name in held}
        formatted, errors = self._bundle.format_pattern(
            message.value, _fluent_args({**args, **stand_ins})
        )
        text = str(formatted)
        if errors:
            raise TranslationError(f"{self.lang}: {key}: {errors[0]}")
        for name, value in held.items():
            if self.rtl and "\n" in value:
                text = text.replace(f"{FSI}{stand_ins[name]}{PDI}", value)
            text = text.replace(stand_ins[name], value)
        if self.rtl:
            # Fluent isolates every placeable; a literal space or line break needs none.
            text = _ISOLATED_BLANK.sub(r"\1", text)
            text = _right_to_left_lines(text)
        return Fragment(text)

    def isolate(self, value: object) -> str:
        """A left-to-right or unknown-direction run for text we put together ourselves."""
        text = str(value)
        return f"{FSI}{text}{PDI}" if self.rtl else text

    def date(self, timestamp: int) -> str:
        moment = datetime.fromtimestamp(timestamp, tz=UTC)
        if self.lang == SOURCE_LANGUAGE:
            return moment.strftime("%Y-%m-%d")
        return format_skeleton("yMMMd", moment, locale=_babel_locale(self.lang))

    def time(self, timestamp: int) -> str:
        return datetime.fromtimestamp(timestamp, tz=UTC).strftime("%H:%M UTC")

    def datetime(self, timestamp: int) -> str:
        return f"{self.date(timestamp)} {self.time(timestamp)}"


def _right_to_left_lines(text: str) -> str:
    """Every non-empty line begins in right-to-left: an RLM before a line that starts with
    anything but a right-to-left letter (a line of values alone has no direction of its own)."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line and unicodedata.bidirectional(line[0]) not in _RIGHT_TO_LEFT_CLASSES:
            lines[index] = RLM + line
    return "\n".join(lines)


_RIGHT_TO_LEFT_CLASSES = frozenset({"R", "AL"})  # RLM itself is of class R


@cache
def _babel_locale(lang: str) -> str:
    return {"uz": "uz_Latn"}.get(lang, lang)


@cache
def decimal_separator(lang: str) -> str:
    """The language's decimal separator in Western digits, as its CLDR locale writes it
    (Babel): "," in Russian, Turkish and Uzbek, "." in English, Arabic and Persian. An unknown
    code gets the point."""
    if lang not in LANGUAGES:
        return "."
    return get_decimal_symbol(_babel_locale(lang), numbering_system="latn")


@dataclass(frozen=True)
class _Loaded:
    lang: str
    resource: ast.Resource
    keys: frozenset[str]


def _load(lang: str, directory: Path) -> _Loaded:
    path = directory / f"{lang}.ftl"
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TranslationError(f"{lang}: cannot read {path.name}: {exc.strerror}") from exc
    return _parsed(lang, path.name, source)


@lru_cache(maxsize=64)
def _parsed(lang: str, name: str, source: str) -> _Loaded:
    """Parsing is most of a start's cost (Fluent's parser is pure Python: about 0.1 s a file);
    the same text is parsed once per process. What comes out is never changed afterwards.
    Without source positions (spans): they are only for tools, and cost 6 MB for six files."""
    resource = FluentParser(with_spans=False).parse(source)
    broken = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
    if broken:
        first = (broken[0].content or "").strip().splitlines()[0]
        raise TranslationError(f"{lang}: {name} does not parse near: {first[:80]}")
    keys = frozenset(entry.id.name for entry in resource.body if isinstance(entry, ast.Message))
    return _Loaded(lang, resource, keys)


class I18n:
    """Every language, loaded once. `get(code)` never fails: unknown codes get the default."""

    def __init__(self, default: str = SOURCE_LANGUAGE, directory: Path = LOCALES_DIR) -> None:
        if default not in LANGUAGES:
            raise TranslationError(f"default language {default!r} is not one of {list(LANGUAGES)}")
        self.default = default
        loaded = [_load(lang, directory) for lang in LANGUAGES]
        self.keys = {item.lang: item.keys for item in loaded}
        self._translators = {item.lang: Translator(item.lang, item.resource) for item in loaded}

    def get(self, lang: str | None) -> Translator:
        return self._translators.get(lang or "", self._translators[self.default])

    @property
    def translators(self) -> list[Translator]:
        return list(self._translators.values())

    def pick(self, telegram_code: str | None) -> str:
        """The supported language for a Telegram `language_code` ("pt-br", "ar", None)."""
        if telegram_code:
            base = telegram_code.lower().replace("_", "-").split("-")[0]
            if base in LANGUAGES:
                return base
        return self.default


# -- digits -----------------------------------------------------------------------------------
# Customers in Arabic and Persian keyboards type ١٠٠٠ or ۱۰۰۰; both mean 1000. Their decimal
# separator (٫ U+066B) reads as a point and their thousands separator (٬ U+066C) as nothing.
_SEPARATORS = {"\u066b": ".", "\u066c": ""}
_NON_ASCII_DIGIT = re.compile(r"[^\x00-\x7f]")


def ascii_digits(text: str) -> str:
    """Every decimal digit of any script as ASCII; everything else unchanged."""
    if not _NON_ASCII_DIGIT.search(text):
        return text
    out = []
    for char in text:
        if char in _SEPARATORS:
            out.append(_SEPARATORS[char])
            continue
        digit = unicodedata.decimal(char, None) if not char.isascii() else None
        out.append(str(digit) if digit is not None else char)
    return "".join(out)
