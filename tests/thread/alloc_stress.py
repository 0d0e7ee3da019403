# Sixteen threads allocate heavily (the heap fills and collects many times) and check their
# own results; the counters are read under a lock.
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit
import time

N_THREADS = 16
lock = _thread.allocate_lock()
sums = []
done = 0


def worker(k):
    global done
    total = 0
    for rnd in range(15):
        d = {}
        for i in range(300):
            d["key%d_%d" % (k, i)] = [i] * (i % 5)
        s = "".join(str(i) for i in range(50))
        total += sum(len(v) for v in d.values()) + len(s)
    with lock:
        sums.append((k, total))
        done += 1


for k in range(N_THREADS):
    _thread.start_new_thread(worker, (k,))
while True:
    with lock:
        if done == N_THREADS:
            break
    time.sleep(0.001)
print(sorted(sums))
