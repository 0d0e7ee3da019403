# _thread locks: states, non-blocking acquire, the context manager, errors
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType)
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(0))
print(lock.acquire(False))
print(lock.acquire(1, 0))
print(lock.acquire(timeout=0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError:
    print("RuntimeError")
print(lock.acquire(0))
lock.release()

with lock:
    print("inside", lock.locked())
print("after", lock.locked())

# the context manager releases on an exception
try:
    with lock:
        raise ValueError("x")
except ValueError:
    print("ValueError", lock.locked())

# argument errors
for args, kw in (((0, 1), {}), ((1, -2), {}), ((False, 0.5), {})):
    try:
        lock.acquire(*args, **kw)
    except ValueError:
        print("ValueError")
print(lock.locked())
try:
    lock.acquire(1, "x")
except TypeError:
    print("TypeError")

# independent locks
a = _thread.allocate_lock()
b = _thread.allocate_lock()
a.acquire()
print(a.locked(), b.locked())
a.release()
print(_thread.error is RuntimeError)
