# The GIL passes between threads that never block: the main thread and the workers busy-wait on
# plain globals, so progress needs the forced hand-off (a waiter's request seen by the VM).
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit

go = False
started = 0
finished = 0
lock = _thread.allocate_lock()


def spinner(k):
    global started, finished
    with lock:
        started += 1
    while not go:
        pass
    x = 0
    for i in range(20000):
        x += i * k
    with lock:
        finished += 1


for k in range(4):
    _thread.start_new_thread(spinner, (k,))
while started < 4:
    pass
go = True
while finished < 4:
    pass
print("started", started, "finished", finished)


# ping-pong through two globals, 10 rounds, no locks and no sleeps
turn = 0
rounds = 10


def pong():
    global turn
    for _ in range(rounds):
        while turn != 1:
            pass
        turn = 0


_thread.start_new_thread(pong, ())
for _ in range(rounds):
    turn = 1
    while turn != 0:
        pass
print("ping-pong done")
