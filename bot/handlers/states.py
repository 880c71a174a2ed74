from aiogram.fsm.state import State, StatesGroup


class OrderFlow(StatesGroup):
    link = State()
    quantity = State()
    comments = State()
    username = State()
    answer = State()
    runs = State()
    interval = State()
    confirm = State()


class SearchFlow(StatesGroup):
    query = State()


class TopupFlow(StatesGroup):
    amount = State()  # the method is chosen; an amount is typed or picked
    receipt = State()  # a transfer: waiting for the receipt
