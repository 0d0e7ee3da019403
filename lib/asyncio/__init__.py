# lib/asyncio/__init__.py: the asyncio package (MicroPython's subset of CPython's asyncio),
# frozen into the unix and sim binaries. The scheduler is core.py (docs/lib-modules.md).

from .core import (
    CancelledError, TimeoutError, Loop, Task, TaskQueue, create_task, current_task, run,
    run_until_complete, sleep, sleep_ms, get_event_loop, new_event_loop,
)
from .funcs import wait_for, wait_for_ms, gather
from .event import Event, ThreadSafeFlag
from .lock import Lock
from .stream import open_connection, start_server, Stream, StreamReader, StreamWriter, Server

__version__ = (3, 0, 0)
