# lib/asyncio/event.py: Event (set/clear/wait between tasks) and ThreadSafeFlag.
#
# Event: `state` is the flag; `waiting` the list of Tasks parked in wait(), woken in order by
# set(). set() must be called from the loop's thread (a task or a plain call between runs).
# ThreadSafeFlag: a stream (io.IOBase with ioctl) whose "readable" condition is the flag, so
# set() only stores True and may run anywhere (a micropython.schedule callback, a timer IRQ
# on the simulated board); wait() parks the task on the loop's poll like any stream read and
# clears the flag when it returns. Only one task may wait on a ThreadSafeFlag at a time.
from . import core

try:
    from io import IOBase
except ImportError:
    IOBase = object


class Event:
    def __init__(self):
        self.state = False
        self.waiting = []

    def is_set(self):
        return self.state

    def set(self):
        self.state = True
        w = self.waiting
        if w:
            self.waiting = []
            for t in w:
                core._wake(t)

    def clear(self):
        self.state = False

    def wait(self):
        if not self.state:
            cur = core.cur_task
            self.waiting.append(cur)
            cur._wq = self.waiting
            yield
        return True


class ThreadSafeFlag(IOBase):
    def __init__(self):
        self.state = 0

    def ioctl(self, req, flags):
        if req == 3:  # MP_STREAM_POLL
            return flags & core.POLLIN if self.state else 0
        return -1

    def set(self):
        self.state = 1

    def clear(self):
        self.state = 0

    def wait(self):
        if not self.state:
            yield from core._wait_read(self)
        self.state = 0
