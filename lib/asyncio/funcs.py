# lib/asyncio/funcs.py: wait_for, wait_for_ms and gather.
#
# wait_for parks the caller twice at once, on a timer entry and on the awaited task's waiter
# list (_Both holds the pair); whichever fires first wakes it and it then leaves the other.
# On timeout the inner task is cancelled and waited for (its cleanup runs, as in CPython),
# then TimeoutError is raised. gather parks the caller on a _Gather registered as a waiter of
# every unfinished task: it counts the tasks still running and wakes the caller when the
# count reaches zero, or at the first failure when return_exceptions is false. A cancelled
# gather cancels the tasks still running and waits for them before it raises.
from . import core
from .task import CancelledError, TimeoutError


class _Both:
    def __init__(self, entry, waiters):
        self.entry = entry
        self.waiters = waiters

    def remove(self, t):
        if len(self.entry) == 3:
            del self.entry[2]
        if t in self.waiters:
            self.waiters.remove(t)


def _cancel_and_wait(t):
    if t.cancel():
        try:
            yield from t.__await__()
        except BaseException:
            pass


def _wait_ms(aw, ms):
    t = core._promote_to_task(aw)
    if t.state:
        cur = core.cur_task
        both = _Both(core._sched_ms(cur, ms), t._add_waiter(cur))
        cur._wq = both
        try:
            yield
        except BaseException:
            both.remove(cur)
            yield from _cancel_and_wait(t)
            raise
        both.remove(cur)
        if t.state:
            yield from _cancel_and_wait(t)
            raise TimeoutError
    if t._failed:
        raise t.data
    return t.data


def wait_for(aw, timeout, sleep=None):
    if timeout is None:
        return core._promote_to_task(aw).__await__()
    return _wait_ms(aw, core._ms(timeout))


def wait_for_ms(aw, timeout):
    if timeout is None:
        return core._promote_to_task(aw).__await__()
    if not isinstance(timeout, int):
        raise TypeError("can't convert %s to int" % type(timeout).__name__)
    return _wait_ms(aw, timeout)


class _Gather:
    def __init__(self, cur, tasks, return_exceptions):
        self.cur = cur
        self.tasks = tasks
        self.ret_exc = return_exceptions
        self.n = 0
        self.err = None

    def _child_done(self, t):
        self.n -= 1
        if t._failed and not self.ret_exc and self.err is None:
            self.err = t
            core._wake(self.cur)
        elif self.n == 0:
            core._wake(self.cur)

    def remove(self, task):
        for t in self.tasks:
            w = t._waiters
            if w and self in w:
                w.remove(self)


def gather(*aws, return_exceptions=False):
    tasks = [core._promote_to_task(a) for a in aws]
    g = None
    for t in tasks:
        if t.state:
            if g is None:
                g = _Gather(core.cur_task, tasks, return_exceptions)
            t._add_waiter(g)
            g.n += 1
        elif t._failed and not return_exceptions:
            if g is not None:
                g.remove(None)
            raise t.data
    if g is not None:
        g.cur._wq = g
        try:
            yield
        except BaseException as er:
            # gather itself cancelled: cancel the tasks and let them finish first (CPython)
            g.remove(None)
            for t in tasks:
                yield from _cancel_and_wait(t)
            raise er
        g.remove(None)
        if g.err is not None:
            raise g.err.data
    return [t.data for t in tasks]
