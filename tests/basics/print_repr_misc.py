l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
print(1, 2, sep=None, end=None)
print(1, 2, sep="", end="!\n")
print(sep="x")
print()
print("a", "b", sep="\n")
print(*[], end="E\n")
import sys
print("to stdout", file=sys.stdout)
print(repr(print(end="")))
t = (1, [2])
t[1].append(3)
print(t)
try:
    t[1] += [4]
except TypeError:
    print("TypeError")
print(t)
x = y = []
x += [1]
print(y)
a = [3, 1, 2]
b = a
a = a + [0]
print(b)
n = None
print(n is None, type(n)(), bool(NotImplemented) if False else "")
print(id(a) == id(a), id(1) == id(1) or True)
s1 = "abc"
s2 = "ab" + "c"
print(s1 == s2)
print(int.__name__, str.__name__, type(int).__name__, type(type).__name__)
print(dir(5) != [], "append" in dir([]), "__init__" in dir(object) or True)
print(sorted(vars(type("T", (), {"a": 1, "b": 2})).keys() - set(dir(object)) - {"__dict__", "__module__", "__weakref__", "__doc__", "__qualname__"}))
T = type("T", (object,), {"x": 5, "m": lambda self: self.x * 2})
print(T().m(), T.__name__, T.x, type(T()).__name__)
print(type(1) is int, type("") == str, type([]) is not tuple)
