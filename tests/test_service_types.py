"""Every service type's description is complete: each step's question, edit button and summary
lines exist in every language, and a form filled step by step prices and sends exactly the
type's fields."""

from __future__ import annotations

import pytest

from bot.db.repositories.catalogue import ServiceRow
from bot.domain.inputs import InputError
from bot.domain.order_draft import OrderDraft
from bot.domain.service_types import TYPES, Answer, Limits, ServiceType, kind_of
from bot.i18n import I18n
from bot.services.order_form import after_answer
from bot.services.ordering import check_draft, panel_order

# A typed answer per step name, as a customer sends it.
TYPED = {
    "link": "https://t.me/shop",
    "quantity": "100",
    "runs": "3",
    "interval": "15",
    "comments": "nice\ngreat",
    "username": "@author",
    "answer": "2",
    "account": "@shop",
    "min": "100",
    "max": "200",
    "posts": "10",
    "delay": "15",
    "expiry": "31/12/2027",
}
LIMITS = Limits(1, 5000)


def _service(kind: ServiceType, dripfeed: bool) -> ServiceRow:
    return ServiceRow(
        id=7,
        category_id=1,
        category_name="c",
        name="s",
        type=kind.name.title(),
        rate=100_000,
        min_quantity=LIMITS.low,
        max_quantity=LIMITS.high,
        refill=False,
        cancel=False,
        dripfeed=dripfeed,
        description=None,
        is_hidden=False,
        category_hidden=False,
        markup_percent=None,
        category_markup_percent=None,
        present=True,
    )


FORMS = [
    (kind, dripfeed) for kind in TYPES for dripfeed in ((False, True) if kind.drips else (False,))
]


@pytest.mark.parametrize(("kind", "dripfeed"), FORMS, ids=lambda v: str(getattr(v, "name", v)))
def test_a_form_filled_step_by_step_prices_and_sends_the_types_fields(
    kind: ServiceType, dripfeed: bool
) -> None:
    translators = I18n().translators
    answers: dict[str, Answer] = {}
    steps = kind.flow(dripfeed)
    index = 0
    while index < len(steps):
        step = steps[index]
        for t in translators:
            for key, args in step.ask(LIMITS, answers):
                common = {"service": "s", "rate": "1", "low": 1, "high": 5000}
                assert t(key, **{**common, **args})
            if step.edit:
                assert t.has(f"field-{step.name}")
        value = step.read(TYPED[step.name], LIMITS, answers)
        update, index = after_answer(steps, index, value, answers, LIMITS, editing=False)
        answers = {k: v for k, v in {**answers, **update}.items() if v is not None}
    service = _service(kind, dripfeed)
    draft = OrderDraft(service.id, **answers)
    units = check_draft(service, kind, draft)
    assert units > 0
    for t in translators:
        assert all(t(key, **args) for key, args in kind.details(answers, units))
    sent = panel_order(service, kind, draft).form_fields()
    assert set(sent) == {"service", *(step.key for step in steps)}
    assert kind_of(f"  {kind.name.upper()} ") is kind


def test_an_answer_outside_the_range_is_refused_with_its_reason() -> None:
    quantity = next(step for step in TYPES[0].steps if step.name == "quantity")
    with pytest.raises(InputError) as refused:
        quantity.read("9000", LIMITS, {})
    assert refused.value.key == "input-quantity-range"


def test_a_subscription_reads_its_delay_and_end_date_and_prices_max_on_every_post() -> None:
    kind = kind_of("Subscriptions")
    assert kind is not None
    steps = {step.name: step for step in kind.steps}
    assert steps["delay"].read("٣٠", LIMITS, {}) == 30  # any script's digits
    for refused in ("7", "120", "soon"):
        with pytest.raises(InputError):
            steps["delay"].read(refused, LIMITS, {})
    assert steps["expiry"].read("1.2.2027", LIMITS, {}) == "01/02/2027"
    for refused in ("31/02/2027", "2027-12-31", "tomorrow"):
        with pytest.raises(InputError) as wrong:
            steps["expiry"].read(refused, LIMITS, {})
        assert wrong.value.key == "input-expiry"
    with pytest.raises(InputError) as below:  # the maximum is at least the minimum
        steps["max"].read("150", LIMITS, {"min": 200})
    assert (below.value.key, below.value.params["low"]) == ("input-max-range", 200)
    assert kind.units({"min": 100, "max": 200, "posts": 10}) == 2000
    assert kind.target({"username": "shop"}) == "@shop"
