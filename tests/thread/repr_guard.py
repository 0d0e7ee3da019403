# The repr recursion guard belongs to each thread: a thread that switches away in the middle of
# repr(x) (an element's __repr__ sleeps) must not make another thread print x as "[...]".
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit
import time


class Slow:
    def __repr__(self):
        time.sleep(0)       # lets the other threads run
        return "S"


shared = [Slow(), [Slow(), {"k": Slow()}], Slow()]
cyclic = [1]
cyclic.append(cyclic)
lock = _thread.allocate_lock()
out = []


def worker(k):
    rs = [repr(shared) for _ in range(20)] + [repr(cyclic)]
    with lock:
        out.append((k, sorted(set(rs))))


for k in range(4):
    _thread.start_new_thread(worker, (k,))
while True:
    with lock:
        if len(out) == 4:
            break
    time.sleep(0)
for o in sorted(out):
    print(o)
