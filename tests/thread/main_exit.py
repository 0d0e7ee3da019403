# The main thread's end ends the process: threads still spinning, sleeping or blocked on a
# lock are not waited for, and nothing they would print appears.
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit
import time

never = _thread.allocate_lock()
never.acquire()
lock = _thread.allocate_lock()
started = 0


def spin():
    global started
    with lock:
        started += 1
    while True:
        pass


def sleeper():
    global started
    with lock:
        started += 1
    time.sleep(1000)
    print("sleeper woke")


def blocked():
    global started
    with lock:
        started += 1
    never.acquire()
    print("blocked got the lock")


def spawner():
    global started
    with lock:
        started += 1
    _thread.start_new_thread(spin, ())   # a thread started by a thread


for f in (spin, sleeper, blocked, spawner):
    _thread.start_new_thread(f, ())
while True:
    with lock:
        if started == 5:
            break
    time.sleep(0)
print("main done")
