"""Imported by the forkserver of ``narrate batch`` only (its first preload module).

Importing it makes the forkserver die with the batch process that started it, and every
worker it forks die with it from the moment of the fork
(Linux parent-death signal): without it, ``kill -9`` of the batch leaves the
forkserver running. Its workers die with it in turn (see
:func:`narrate.batch._worker_init`). Nothing else imports this module.

The signal is set only once the preload imports are done (a few seconds on a
busy machine); a parent that died meanwhile is noticed by its pid, which the
batch put in the environment (:data:`narrate.batch.PARENT_ENV`).
"""

from __future__ import annotations

import os

from .batch import PARENT_ENV, die_with_parent

_parent = os.environ.get(PARENT_ENV, "")
if die_with_parent() and _parent.isdigit() and os.getppid() != int(_parent):
    os._exit(1)  # the batch died while this server was starting

_server = os.getpid()


def _die_with_server() -> None:
    """In each process this server forks (the pool's workers), at once after the fork.

    The workers' own initializer sets the same signal, but only once the pool has
    started it: a batch killed in between (the server then dies with it) left workers
    that never ran it blocked on the task queue forever, holding the batch's stderr.
    A server that died before the signal was set is noticed by the parent's pid.
    """
    if die_with_parent() and os.getppid() != _server:
        os._exit(1)


os.register_at_fork(after_in_child=_die_with_server)
