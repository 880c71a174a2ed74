"""The rules of walking an order form: which step comes after an answer, a Skip or a Back.

Pure functions of a type's steps (bot/domain/service_types.py) and the answers so far; the
handler (bot/handlers/order_form.py) keeps the answers in the conversation and shows the
steps. An index of len(steps) means the summary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.domain.inputs import InputError
from bot.domain.service_types import Answer, Answers, Limits, Step

Update = dict[str, Answer | None]  # answers to set (None: to forget)


def _merged(answers: Answers, update: Update) -> dict[str, Answer]:
    merged = {**answers, **update}
    return {key: value for key, value in merged.items() if value is not None}


def next_asked(steps: Sequence[Step], index: int, answers: Answers) -> int:
    """The first step from `index` on that is asked with these answers (len: the summary)."""
    while index < len(steps) and not steps[index].asked(answers):
        index += 1
    return index


def after_answer(
    steps: Sequence[Step],
    index: int,
    value: Answer,
    answers: Answers,
    limits: Limits,
    editing: bool,
) -> tuple[Update, int]:
    """The answers to set once step `index` is answered with `value`, and what comes next.

    Going forward, the later answers are forgotten (they are asked again). Editing one field
    from the summary keeps the later answers that still fit and comes back to the summary;
    a later answer that no longer fits (runs for a new quantity) is forgotten and asked
    first, and so is a required one still missing."""
    step = steps[index]
    update: Update = {step.key: value}
    if not editing:
        update.update({later.key: None for later in steps[index + 1 :]})
        return update, next_asked(steps, index + 1, _merged(answers, update))
    update.update({key: None for key in step.asks_again})
    merged = _merged(answers, update)
    for later_index in range(index + 1, len(steps)):
        later = steps[later_index]
        if later.key not in merged:
            continue
        try:
            later.check(merged, limits)
        except InputError:
            update.update({later.key: None, **{key: None for key in later.asks_again}})
            return update, later_index
    for later_index in range(index + 1, len(steps)):
        later = steps[later_index]
        if later.asked(merged) and not later.optional and later.key not in merged:
            return update, later_index
    return update, len(steps)


def after_skip(steps: Sequence[Step], index: int, answers: Answers) -> tuple[Update, int]:
    """Skip at an optional step: its answer and those that need it are forgotten."""
    key = steps[index].key
    update: Update = {key: None}
    update.update({step.key: None for step in steps if step.needs == key})
    return update, next_asked(steps, index + 1, _merged(answers, update))


def back_from(steps: Sequence[Step], index: int, answers: Mapping[str, Answer]) -> int:
    """The step before step `index` (len: the summary) that was asked; -1: before the form."""
    index -= 1
    while index >= 0 and not steps[index].asked(answers):
        index -= 1
    return index
