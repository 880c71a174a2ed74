"""Values without I/O: money, the order draft, service types, statuses, notices, the clock."""
