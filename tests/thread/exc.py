# An exception ending a thread is printed with the callable's repr and the traceback; the
# process goes on. (CPython's format differs: see exc.py.exp.) The exception's __str__, the
# last thing printed, releases `printed`, which the main thread waits for: the dying thread
# keeps the GIL from there to the end of its report (no call or loop runs in between).
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit

printed = _thread.allocate_lock()


class Boom(Exception):
    def __str__(self):
        printed.release()
        return "boom %s" % self.args[0]


class Task:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return "<Task %s>" % self.tag

    def __call__(self, arg):
        raise Boom(arg)


class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")

    def __call__(self):
        raise Boom("bad repr")


def deep(n):
    if n == 0:
        raise Boom("deep")
    deep(n - 1)


class Deep:
    def __repr__(self):
        return "<Deep>"

    def __call__(self, n):
        deep(n)


def run(fun, args):
    printed.acquire()
    _thread.start_new_thread(fun, args)
    printed.acquire()   # released by Boom.__str__ in the dying thread
    printed.release()


print("start")
run(Task("a"), ("first",))
print("between")
run(Task("b"), (2,))
run(BadRepr(), ())
run(Deep(), (3,))
print("end")
