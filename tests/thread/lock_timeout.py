# Lock timeouts: a held lock times out; a waiter with a timeout gets the lock when another
# thread releases it; a blocked acquire lets the other threads run.
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit

lock = _thread.allocate_lock()
lock.acquire()
print(lock.acquire(1, 0.02))
print(lock.acquire(timeout=0.01))
print(lock.acquire(True, 0))
lock.release()

# hand-over: the worker holds `lock` until the main thread is waiting on it with a timeout
lock.acquire()
state = _thread.allocate_lock()
log = []


def worker():
    with state:
        log.append("worker has it")
    lock.release()          # a lock may be released by another thread than its owner


_thread.start_new_thread(worker, ())
print(lock.acquire(1, 30))  # ends well before the timeout, when the worker releases it
with state:
    print(log)
lock.release()

# a thread blocked in acquire() without timeout wakes up on release
go = _thread.allocate_lock()
go.acquire()
finished = _thread.allocate_lock()
finished.acquire()
result = []


def waiter():
    go.acquire()
    result.append("woke")
    finished.release()


_thread.start_new_thread(waiter, ())
go.release()
finished.acquire()
print(result)
