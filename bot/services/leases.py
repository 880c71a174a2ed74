"""Who holds a lease, or an outbox claim: this host, this process id and a token of this life
of the process. The one place that tells whether such a holder still runs.

A lease outlives a killed holder until it expires (several sync periods). A process that
restarts on the same host can do better: a holder on this host whose pid is not alive is
gone, and so is a holder with our own pid but another life (the previous run of a process
that gets the same pid again, as pid 1 in a container does).
"""

from __future__ import annotations

import os
import socket
import uuid

_SEP = "|"
# Tells this life of the process from an earlier one that had the same pid. Every holder made
# in this process carries it; each also has a token of its own.
_THIS_LIFE = uuid.uuid4().hex


def new_holder() -> str:
    return _SEP.join((socket.gethostname(), str(os.getpid()), _THIS_LIFE, uuid.uuid4().hex))


def holder_is_gone(holder: str, me: str) -> bool:
    """True only when `holder` surely ran on our host and no longer runs. Anything else
    (another host, an unreadable holder, a live pid, another holder of this very process) is
    waited out as before."""
    theirs = holder.rsplit(_SEP, 3)
    ours = me.rsplit(_SEP, 3)
    if len(theirs) != 4 or len(ours) != 4:
        return False
    host, pid_text, life, _token = theirs
    if host != ours[0] or not pid_text.isascii() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return life != _THIS_LIFE  # our pid in an earlier life: that process is gone
    return pid > 0 and not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, under another user
        return True
    return True
