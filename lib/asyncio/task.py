# lib/asyncio/task.py: Task (a coroutine scheduled by the loop), TaskQueue, the exceptions.
#
# A Task's fields (see core.py for the scheduler's side):
#   coro      the coroutine (or generator) it drives
#   state     True until the coroutine ends, then False (done() == not state)
#   data      after the end: the return value, or the exception that ended it (_failed says
#             which); MicroPython's meaning of Task.data
#   _wq       None when running or on the run queue, else the container it is parked in
#   _exc      an exception to throw into the coroutine at its next step (cancel() sets it)
#   _waiters  None, or a list of Tasks (and gather states) to wake when it ends; a task that
#             ends with an exception and has no waiters is reported to the exception handler
#   _main     set on the task run_until_complete waits for (never reported to the handler)
from collections import deque

core = None  # the core module, set by core.py once it is loaded (they import each other)


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


class Task:
    def __init__(self, coro, globals=None):
        self.coro = coro
        self.data = None
        self.state = True
        self._wq = None
        self._exc = None
        self._waiters = None
        self._failed = False
        self._main = False

    def done(self):
        return not self.state

    def cancel(self):
        if not self.state:
            return False
        if self is core.cur_task:
            raise RuntimeError("can't cancel self")
        self._exc = CancelledError()
        wq = self._wq
        if wq is not None:
            wq.remove(self)
            self._wq = None
            core._runq.append(self)
        return True

    def cancelled(self):
        return not self.state and self._failed and isinstance(self.data, CancelledError)

    def result(self):
        if self.state:
            raise RuntimeError("result is not set")
        if self._failed:
            raise self.data
        return self.data

    def exception(self):
        if self.state:
            raise RuntimeError("exception is not set")
        return self.data if self._failed else None

    def _add_waiter(self, w):
        if self._waiters is None:
            self._waiters = []
        self._waiters.append(w)
        return self._waiters

    def __await__(self):
        if self.state:
            cur = core.cur_task
            cur._wq = self._add_waiter(cur)
            yield
        if self._failed:
            raise self.data
        return self.data

    __iter__ = __await__


class TaskQueue:
    # A FIFO of tasks with MicroPython's TaskQueue methods (the loop itself uses core._runq).
    def __init__(self):
        self._q = deque()

    def peek(self):
        return self._q[0] if self._q else None

    def push(self, t, key=None):
        self._q.append(t)

    push_head = push

    def pop(self):
        return self._q.popleft()

    pop_head = pop

    def remove(self, t):
        self._q.remove(t)

    def __bool__(self):
        return bool(self._q)

    def __len__(self):
        return len(self._q)
