# Ten threads append to a shared list and update a shared dict under one lock; the main thread
# waits for a count kept under the same lock.
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit
import time

N_THREADS = 10
N_ITEMS = 500
lock = _thread.allocate_lock()
items = []
counts = {}
done = 0


def worker(tid, n):
    global done
    for i in range(n):
        with lock:
            items.append((tid, i))
            counts[tid] = counts.get(tid, 0) + 1
            counts["total"] = counts.get("total", 0) + 1
    with lock:
        done += 1


for t in range(N_THREADS):
    _thread.start_new_thread(worker, (t, N_ITEMS))

while True:
    with lock:
        if done == N_THREADS:
            break
    time.sleep(0)

print(len(items))
print(sorted(items) == [(t, i) for t in range(N_THREADS) for i in range(N_ITEMS)])
# each thread's items are in its own order
for t in range(N_THREADS):
    mine = [i for (tt, i) in items if tt == t]
    assert mine == list(range(N_ITEMS)), t
print(counts["total"], sorted(v for k, v in counts.items() if k != "total") == [N_ITEMS] * N_THREADS)
