class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print(x, y)
with CM("s", True):
    raise ValueError
print("suppressed")
try:
    with CM("n"):
        raise KeyError
except KeyError:
    print("propagated")
def f():
    with CM("r"):
        return "ret"
print(f())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
with CM("nested1"):
    with CM("nested2", True):
        1 / 0
    print("after inner")
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError):
    print("bad cm")
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)
