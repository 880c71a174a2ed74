from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from bot.config import Settings, describe_errors

TOKEN = "123456:AAFakeTokenForTests_abcdefgh"
KEY = "panel-secret-key-0123456789"


def make(**env: str) -> Settings:
    return Settings(_env_file=None, **env)  # type: ignore[arg-type]


def errors_of(monkeypatch: pytest.MonkeyPatch, **env: str) -> list[str]:
    for name in ("BOT_TOKEN", "PANEL_API_URL", "PANEL_API_KEY", "ADMIN_IDS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as info:
        Settings(_env_file=None)  # type: ignore[call-arg]
    return describe_errors(info.value)


def test_defaults_and_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    monkeypatch.setenv("PANEL_API_URL", "https://panel.example/api/v2/")
    monkeypatch.setenv("PANEL_API_KEY", KEY)
    monkeypatch.setenv("ADMIN_IDS", " 1, 22 ,333")
    monkeypatch.setenv("PRICE_MARKUP_PERCENT", "12.5")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.admin_ids == frozenset({1, 22, 333})
    assert settings.panel_api_url == "https://panel.example/api/v2"
    assert settings.price_markup_percent == Decimal("12.5")
    assert settings.price_decimals == 2
    assert settings.status_poll_seconds == 60
    assert settings.catalog_refresh_seconds == 1800
    assert str(settings.database_path) == "data/bot.sqlite3"
    assert settings.telegram_api_url == "https://api.telegram.org"
    assert not settings.sandbox


def test_missing_settings_name_each_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = errors_of(monkeypatch)
    assert any(line.startswith("BOT_TOKEN: required") for line in lines)
    assert any(line.startswith("PANEL_API_URL: required") for line in lines)


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"BOT_TOKEN": "not-a-token"}, "BOT_TOKEN"),
        ({"PANEL_API_URL": "ftp://x"}, "PANEL_API_URL"),
        ({"PANEL_API_KEY": ""}, "PANEL_API_KEY"),
        ({"ADMIN_IDS": "12,abc"}, "ADMIN_IDS"),
        ({"PRICE_DECIMALS": "9"}, "PRICE_DECIMALS"),
        ({"PRICE_MARKUP_PERCENT": "-5"}, "PRICE_MARKUP_PERCENT"),
        ({"STATUS_POLL_SECONDS": "0"}, "STATUS_POLL_SECONDS"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
    ],
)
def test_invalid_setting_is_named_and_value_not_shown(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], variable: str
) -> None:
    base = {"BOT_TOKEN": TOKEN, "PANEL_API_URL": "https://p.example/api/v2", "PANEL_API_KEY": KEY}
    lines = errors_of(monkeypatch, **{**base, **env})
    assert len(lines) == 1
    assert lines[0].startswith(variable), lines
    assert TOKEN not in lines[0] and KEY not in lines[0]


def test_bad_token_value_is_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "99999:short"
    lines = errors_of(
        monkeypatch, BOT_TOKEN=secret, PANEL_API_URL="https://p.example/api/v2", PANEL_API_KEY=KEY
    )
    assert lines and all(secret not in line for line in lines)


def test_sandbox_needs_no_key() -> None:
    settings = make(bot_token=TOKEN, panel_api_url="sandbox")
    assert settings.sandbox
    assert settings.panel_key() == ""


@pytest.mark.parametrize("panel", ["sandbox", "https://p.example/api/v2"])
def test_telegram_cannot_be_simulated(panel: str) -> None:
    """Only the panel has a sandbox: TELEGRAM_API_URL=sandbox would never reach Telegram."""
    with pytest.raises(ValidationError) as caught:
        make(bot_token=TOKEN, panel_api_url=panel, panel_api_key=KEY, telegram_api_url="sandbox")
    assert describe_errors(caught.value) == ["TELEGRAM_API_URL: expected an http(s) URL"]


def test_secrets_are_hidden_in_repr() -> None:
    settings = make(bot_token=TOKEN, panel_api_url="https://p.example/api/v2", panel_api_key=KEY)
    assert TOKEN not in repr(settings) and KEY not in repr(settings)
    assert TOKEN not in str(settings) and KEY not in str(settings)


def test_env_example_names_every_setting_and_is_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    example = Path(__file__).resolve().parents[1] / ".env.example"
    names = {
        line.split("=", 1)[0]
        for line in example.read_text().splitlines()
        if line and not line.startswith("#")
    }
    assert names == {name.upper() for name in Settings.model_fields}
    for name in names:
        monkeypatch.delenv(name, raising=False)
    settings = Settings(_env_file=example)  # type: ignore[call-arg]
    assert settings.sandbox


@pytest.mark.parametrize(("given", "read"), [("eur", "EUR"), (" usd ", "USD"), ("Uzs", "UZS")])
def test_currency_is_read_as_an_upper_case_code(given: str, read: str) -> None:
    """Crypto Pay and the panels write currency codes in capitals: `eur` is EUR."""
    settings = make(bot_token=TOKEN, panel_api_url="sandbox", currency=given)
    assert settings.currency == read


def test_a_blank_currency_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    base = {"BOT_TOKEN": TOKEN, "PANEL_API_URL": "sandbox"}
    lines = errors_of(monkeypatch, **base, CURRENCY="   ")
    assert len(lines) == 1 and lines[0].startswith("CURRENCY")


@pytest.mark.parametrize(
    ("url", "test_network"),
    [
        ("https://testnet-pay.crypt.bot/api", True),
        ("https://TESTNET-PAY.crypt.bot/api/", True),
        ("https://pay.crypt.bot/api", False),
        ("http://127.0.0.1:8080/api", False),
    ],
)
def test_crypto_pays_test_network_is_recognised(url: str, test_network: bool) -> None:
    settings = make(bot_token=TOKEN, panel_api_url="sandbox", crypto_pay_api_url=url)
    assert settings.crypto_pay_test_network is test_network


def test_every_panels_key_is_hidden_in_repr() -> None:
    second = "pk_second_panel_secret_0042"
    settings = make(
        bot_token=TOKEN,
        panel_api_url="https://p.example/api/v2",
        panel_api_key=KEY,
        panel_2_api_url="https://q.example/api/v2",
        panel_2_api_key=second,
    )
    (one, two) = settings.panels()
    assert (two.number, two.url, two.key) == (2, "https://q.example/api/v2", second)
    for shown in (repr(settings), str(settings), repr(settings.panels()), repr(one)):
        assert second not in shown and KEY not in shown
