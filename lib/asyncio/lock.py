# lib/asyncio/lock.py: Lock, a mutex between tasks.
#
# `state` is True while held. release() with tasks waiting hands the lock straight to the
# first of them (state stays True, `_next` names it until it resumes), so waiters get the lock
# in FIFO order and a running task cannot barge in between. A waiter cancelled after the
# hand-off passes the lock on again.
# Coroutine methods are generator functions (`yield from` for `await`): they are frozen with
# mpy-cross, which does not compile async def.
from . import core


class Lock:
    def __init__(self):
        self.state = False
        self.waiting = []
        self._next = None

    def locked(self):
        return self.state

    def release(self):
        if not self.state:
            raise RuntimeError("Lock not acquired")
        if self.waiting:
            t = self.waiting.pop(0)
            self._next = t
            core._wake(t)
        else:
            self.state = False

    def acquire(self):
        if self.state:
            cur = core.cur_task
            self.waiting.append(cur)
            cur._wq = self.waiting
            try:
                yield
            except BaseException:
                if self._next is cur:
                    self._next = None
                    self.release()
                raise
            self._next = None
        else:
            self.state = True
        return True

    def __aenter__(self):
        yield from self.acquire()
        return None

    def __aexit__(self, exc_type, exc, tb):
        self.release()
        yield from ()
