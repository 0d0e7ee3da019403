# The GC runs while other threads hold live objects only on their stacks (and in registers):
# twelve threads build structures, collect, and check them afterwards.
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit
import gc

N_THREADS = 12
lock = _thread.allocate_lock()
results = {}
done = 0


def build(k, n):
    # nested lists, dicts and strings referenced only from this frame
    data = []
    for i in range(n):
        data.append({"i": i, "s": str(i) * 3, "l": [i, k, (i, k)]})
        if i % 97 == 0:
            gc.collect()
    return data


def worker(k):
    global done
    data = build(k, 400)
    junk = [bytearray(100) for _ in range(200)]
    gc.collect()
    ok = all(d["i"] == i and d["s"] == str(i) * 3 and d["l"] == [i, k, (i, k)] for i, d in enumerate(data))
    ok = ok and len(junk) == 200 and all(len(b) == 100 for b in junk)
    with lock:
        results[k] = ok
        done += 1


for k in range(N_THREADS):
    _thread.start_new_thread(worker, (k,))
while True:
    gc.collect()
    with lock:
        if done == N_THREADS:
            break
print(sorted(results.items()))
