# stack_size(): the setting for new threads (0: the default), returned as the previous value;
# threads started with a small stack run, and deep recursion in them raises RuntimeError
# instead of overflowing the C stack.
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit

print(_thread.stack_size())
print(_thread.stack_size(64 * 1024))
print(_thread.stack_size())
for bad in (-1, 100, 32767):
    try:
        _thread.stack_size(bad)
    except ValueError:
        print("ValueError", bad)
try:
    _thread.stack_size("x")
except TypeError:
    print("TypeError")
print(_thread.stack_size())

lock = _thread.allocate_lock()
results = []


def rec(n):
    return rec(n + 1) + 1


def worker(k):
    s = sum(range(k * 100))
    try:
        rec(0)
        r = "no error"
    except RuntimeError:
        r = "RuntimeError"
    with lock:
        results.append((k, s, r))


for k in range(4):
    _thread.start_new_thread(worker, (k,))
while True:
    with lock:
        if len(results) == 4:
            break
print(sorted(results))
print(_thread.stack_size(0))
print(_thread.stack_size())
