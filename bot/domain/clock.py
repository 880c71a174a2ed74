import time


def now() -> int:
    """Unix seconds: the one time source of the ledger and the outbox."""
    return int(time.time())
