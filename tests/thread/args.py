# start_new_thread's arguments: positional tuple, keyword dict, builtins, bound methods,
# errors; _thread.exit() and SystemExit end a thread silently.
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit

lock = _thread.allocate_lock()
out = []
done = 0


def finish():
    global done
    with lock:
        done += 1


def f(a, b, c=0, *rest, **kw):
    with lock:
        out.append(("f", a, b, c, rest, sorted(kw.items())))
    finish()


class Obj:
    def __init__(self, n):
        self.n = n

    def meth(self, x):
        with lock:
            out.append(("meth", self.n, x))
        finish()


def exits(how):
    finish()
    if how == 0:
        _thread.exit()
    raise SystemExit(3)


_thread.start_new_thread(f, (1, 2))
_thread.start_new_thread(f, (1, 2, 3, 4, 5))
_thread.start_new_thread(f, (1,), {"b": 7, "z": 9})
_thread.start_new_thread(Obj(5).meth, ("x",))
_thread.start_new_thread(exits, (0,))
_thread.start_new_thread(exits, (1,))
while True:
    with lock:
        if done == 6:
            break
for o in sorted(out, key=repr):
    print(o)

for args in ((f,), (f, [1, 2]), (f, (1, 2), [1]), (1, ()), (f, (1, 2), {}, 4)):
    try:
        _thread.start_new_thread(*args)
    except TypeError:
        print("TypeError")
