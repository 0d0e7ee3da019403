# lib/asyncio/core.py: the asyncio scheduler: run queue, timers, I/O waits, the Loop.
#
# State (module globals, one loop per interpreter, as in MicroPython):
#   _runq    deque of Tasks ready to run, FIFO.
#   _timers  heapq of entries [when_ms, seq, task]; when_ms is on an unwrapped millisecond clock
#            (_now() accumulates ticks_diff of time.ticks_ms, so the ticks wraparound of a
#            32-bit board never reorders timers); seq keeps equal deadlines FIFO and means two
#            entries never compare their tasks. A cancelled entry is emptied to [when, seq]
#            and skipped when it reaches the top.
#   _io      the IOQueue: id(stream) -> _IOWait [reader task, writer task] plus a select.poll.
#   cur_task the Task whose coroutine is running (None between steps; MicroPython's name).
# A task is "parked" iff task._wq is not None: _wq is the container it waits in (a list of
# waiters, a timer entry, an _IOWait, a gather); every container has remove(task), which is
# how cancel() takes a task out. Waking a task = clearing _wq and appending it to _runq, done
# only while _wq is not None, so a task woken by two causes (timer and event) runs once.
# A coroutine yields to the loop only after parking itself; one that yields without parking
# (a bare `yield`) is put back on the run queue.
from time import ticks_ms, ticks_diff
from collections import deque
from heapq import heappush, heappop, heapify
import select
import sys

from . import task as _task
from .task import Task, TaskQueue, CancelledError, TimeoutError

_task.core = sys.modules[__name__]

_runq = deque()
_timers = []
_seq = 0
_compact_at = 64
cur_task = None
_stop = False
_last_ticks = ticks_ms()
_mono = 0

POLLIN = 1
POLLOUT = 4

ticks = ticks_ms  # MicroPython's core.ticks


def _now():
    global _last_ticks, _mono
    t = ticks_ms()
    _mono += ticks_diff(t, _last_ticks)
    _last_ticks = t
    return _mono


def _sched_ms(t, ms):
    # Park task t on the timer heap for ms milliseconds (>= 0); returns the entry.
    global _seq, _compact_at
    if len(_timers) >= _compact_at:
        # drop cancelled entries (long wait_for timeouts that never fire would pile up)
        live = [e for e in _timers if len(e) == 3]
        _timers[:] = live
        heapify(_timers)
        _compact_at = max(64, 2 * len(live))
    _seq += 1
    e = [_now() + (ms if ms > 0 else 0), _seq, t]
    heappush(_timers, e)
    t._wq = e
    return e


def _wake(t):
    if t._wq is not None:
        t._wq = None
        _runq.append(t)


def sleep_ms(t, result=None):
    # A generator: parking happens when awaited, not when called. `await` gives `result`
    # (CPython's asyncio.sleep(delay, result)).
    if not isinstance(t, int):
        raise TypeError("can't convert %s to int" % type(t).__name__)
    if cur_task is None:
        raise RuntimeError("no running event loop")
    _sched_ms(cur_task, t)
    yield
    return result


def _ms(t):
    # seconds (int or float) -> whole milliseconds
    if not isinstance(t, (int, float)):
        raise TypeError("can't convert %s to float" % type(t).__name__)
    return int(t * 1000)


def sleep(t, result=None):
    return sleep_ms(_ms(t), result)


def current_task():
    if cur_task is None:
        raise RuntimeError("no running event loop")
    return cur_task


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro)
    _runq.append(t)
    return t


def _promote_to_task(aw):
    return aw if isinstance(aw, Task) else create_task(aw)


# ---- I/O waits


class _IOWait:
    # The tasks waiting on one stream: at most one reader and one writer.
    def __init__(self, q, s):
        self.q = q
        self.s = s
        self.rd = None
        self.wr = None

    def mask(self):
        return (POLLIN if self.rd is not None else 0) | (POLLOUT if self.wr is not None else 0)

    def remove(self, t):
        if self.rd is t:
            self.rd = None
        if self.wr is t:
            self.wr = None
        self.q._update(self)


class IOQueue:
    def __init__(self):
        self.poller = select.poll()
        self.map = {}

    def _enqueue(self, s, writing):
        k = id(s)
        w = self.map.get(k)
        if w is None:
            w = _IOWait(self, s)
            self.map[k] = w
            new = True
        else:
            new = False
        if writing:
            if w.wr is not None:
                raise RuntimeError("stream already waited on for writing")
            w.wr = cur_task
        else:
            if w.rd is not None:
                raise RuntimeError("stream already waited on for reading")
            w.rd = cur_task
        if new:
            self.poller.register(s, w.mask())
        else:
            self.poller.modify(s, w.mask())
        cur_task._wq = w

    def _update(self, w):
        m = w.mask()
        if m == 0:
            self.map.pop(id(w.s), None)
            try:
                self.poller.unregister(w.s)
            except (OSError, ValueError, TypeError):
                pass
        else:
            try:
                self.poller.modify(w.s, m)
            except (OSError, ValueError, TypeError):
                # the stream was closed under the waiting task
                self.map.pop(id(w.s), None)

    def forget(self, s):
        # s is about to be closed: stop polling it (while its fd is still valid) and wake the
        # tasks waiting on it, whose next read or write then fails
        w = self.map.pop(id(s), None)
        if w is not None:
            try:
                self.poller.unregister(s)
            except (OSError, ValueError, TypeError):
                pass
            for t in (w.rd, w.wr):
                if t is not None:
                    _wake(t)

    def queue_read(self, s):
        self._enqueue(s, False)

    def queue_write(self, s):
        self._enqueue(s, True)

    def remove(self, task):
        for w in list(self.map.values()):
            if w.rd is task or w.wr is task:
                w.remove(task)

    def wait_io_event(self, dt):
        for s, ev in self.poller.ipoll(dt):
            w = self.map.get(id(s))
            if w is None:
                continue
            if ev & ~POLLOUT and w.rd is not None:
                t = w.rd
                w.rd = None
                _wake(t)
            if ev & ~POLLIN and w.wr is not None:
                t = w.wr
                w.wr = None
                _wake(t)
            self._update(w)


_io = IOQueue()
_io_queue = _io  # MicroPython's name


def _wait_read(s):
    _io.queue_read(s)
    yield


def _wait_write(s):
    _io.queue_write(s)
    yield


# ---- the loop


def _finish(t, value, exc, report=True):
    t.data = exc if exc is not None else value
    t._failed = exc is not None
    t.state = False
    w = t._waiters
    t._waiters = None
    if w:
        for x in w:
            if type(x) is Task:
                _wake(x)
            else:
                x._child_done(t)
    elif report and exc is not None and not t._main and not isinstance(exc, CancelledError):
        _loop.call_exception_handler({"message": "Task exception wasn't retrieved", "exception": exc, "future": t})


def _run(main):
    # Runs tasks until `main` (a Task) is done, or until stop() when main is None.
    global cur_task, _stop
    runq = _runq
    timers = _timers
    io = _io
    popleft = runq.popleft
    while True:
        # due timers -> run queue
        if timers:
            now = _now()
            while timers and timers[0][0] <= now:
                e = heappop(timers)
                if len(e) == 3:
                    t = e[2]
                    if t._wq is not None:
                        t._wq = None
                        runq.append(t)
        if runq:
            if io.map:
                io.wait_io_event(0)
        else:
            if timers:
                dt = timers[0][0] - _now()
                if dt < 0:
                    dt = 0
            else:
                dt = -1
            io.wait_io_event(dt)
            continue
        n = len(runq)
        while n:
            n -= 1
            t = popleft()
            cur_task = t
            exc = t._exc
            try:
                if exc is None:
                    t.coro.send(None)
                else:
                    t._exc = None
                    t.coro.throw(exc)
                if t._wq is None:
                    # yielded without parking: runs again after the others
                    runq.append(t)
            except StopIteration as e:
                cur_task = None
                _finish(t, e.value, None)
                if t is main:
                    return
            except (KeyboardInterrupt, SystemExit) as e:
                cur_task = None
                _finish(t, None, e, False)
                raise
            except BaseException as e:
                cur_task = None
                _finish(t, None, e)
                if t is main:
                    return
            cur_task = None
            if _stop:
                _stop = False
                return


def run_until_complete(main_task=None):
    if cur_task is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if main_task is None:
        _run(None)
        return None
    main_task = _promote_to_task(main_task)
    if main_task.state:
        main_task._main = True
        _run(main_task)
        if main_task.state:
            raise RuntimeError("Event loop stopped before Future completed.")
    if main_task._failed:
        raise main_task.data
    return main_task.data


def run(coro):
    return run_until_complete(create_task(coro))


class Loop:
    _exc_handler = None

    def create_task(self, coro):
        return create_task(coro)

    def run_forever(self):
        _run(None)

    def run_until_complete(self, aw):
        return run_until_complete(_promote_to_task(aw))

    def stop(self):
        global _stop
        _stop = True

    def close(self):
        pass

    def set_exception_handler(self, handler):
        Loop._exc_handler = handler

    def get_exception_handler(self):
        return Loop._exc_handler

    def default_exception_handler(self, context):
        print(context["message"], file=sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro, file=sys.stderr)
        sys.print_exception(context["exception"], sys.stderr)

    def call_exception_handler(self, context):
        h = Loop._exc_handler
        if h is None:
            self.default_exception_handler(context)
        else:
            h(self, context)


_loop = Loop()


def get_event_loop(runq_len=0, waitq_len=0):
    return _loop


def new_event_loop():
    # Forgets every task, timer and I/O wait.
    global _runq, _timers, _io, _io_queue, cur_task, _stop
    _runq.clear()
    del _timers[:]
    _io = _io_queue = IOQueue()
    cur_task = None
    _stop = False
    return _loop
