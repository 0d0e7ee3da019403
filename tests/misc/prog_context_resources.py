# Context managers managing resources with exceptions; nested, suppressing, reentrant

class Log:
    lines = []
    @classmethod
    def w(cls, *a):
        cls.lines.append(' '.join(str(x) for x in a))
        print(*a)

class Resource:
    open_count = 0
    def __init__(self, name, fail_on_enter=False):
        self.name = name
        self.fail_on_enter = fail_on_enter
        self.closed = None
    def __enter__(self):
        if self.fail_on_enter:
            Log.w("enter-fail", self.name)
            raise OSError("cannot open " + self.name)
        Resource.open_count += 1
        self.closed = False
        Log.w("open", self.name, Resource.open_count)
        return self
    def __exit__(self, et, ev, tb):
        Resource.open_count -= 1
        self.closed = True
        Log.w("close", self.name, et.__name__ if et else None, Resource.open_count)
        return False

class Suppress:
    def __init__(self, *excs):
        self.excs = excs
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.excs):
            self.caught = ev
            return True
        return False

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            Log.w("rollback", et.__name__)
        else:
            Log.w("commit", sorted(self.store.items()))

with Resource("a") as a, Resource("b") as b:
    Log.w("using", a.name, b.name)
print(a.closed, b.closed)

try:
    with Resource("x") as x:
        with Resource("y"):
            raise KeyError("boom")
except KeyError as e:
    Log.w("caught", repr(e))
print(Resource.open_count)

try:
    with Resource("p"), Resource("q", fail_on_enter=True), Resource("r"):
        Log.w("never")
except OSError as e:
    Log.w("oserror", e)
print(Resource.open_count)

with Suppress(ZeroDivisionError, ValueError) as s:
    Log.w("before")
    1 / 0
    Log.w("not reached")
print(type(s.caught).__name__)
with Suppress(ValueError) as s:
    int("12")
print(s.caught)
try:
    with Suppress(ValueError):
        [][1]
except IndexError:
    Log.w("IndexError propagated")

db = {'x': 1}
with Transaction(db) as t:
    t['y'] = 2
try:
    with Transaction(db) as t:
        t['z'] = 3
        del t['x']
        raise RuntimeError
except RuntimeError:
    pass
print(sorted(db.items()))

def gen_resource(name):
    Log.w("gen-open", name)
    try:
        yield name.upper()
    finally:
        Log.w("gen-close", name)

class FromGen:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(ev)
            except StopIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
        return False

with FromGen(gen_resource("file1")) as v:
    Log.w("value", v)
try:
    with FromGen(gen_resource("file2")) as v:
        raise ValueError("inner")
except ValueError as e:
    Log.w("after gen", e)

def process(items):
    results = []
    for it in items:
        with Resource("item%d" % it):
            try:
                if it == 2:
                    continue
                if it == 4:
                    break
                results.append(it * 10)
            finally:
                Log.w("finally", it)
    return results
print(process(range(6)))

def early_return():
    with Resource("ret"):
        return "returned"
print(early_return(), Resource.open_count)
print(len(Log.lines), Log.lines.count("close ret None 0"))
