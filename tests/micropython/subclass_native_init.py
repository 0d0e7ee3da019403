# A subclass of a built-in type whose __init__ takes other arguments than the built-in:
# MicroPython builds the native part from super().__init__(...) (CPython would pass the
# constructor's arguments to the built-in's __new__ and fail).
import array


class Samples(array.array):
    def __init__(self, n, fill):
        self.n = n
        super().__init__("h", [fill] * n)


s = Samples(3, 7)
print(s.n, list(s), len(s), s[1])
s.append(9)
print(list(s), sum(s))


class Early(array.array):
    def __init__(self):
        try:
            self.append(1)      # no native array yet
        except TypeError:
            print("TypeError before super().__init__")
        super().__init__("b", [5])
        self.append(6)


print(list(Early()))


class Never(array.array):
    def __init__(self, a, b, c):
        self.a = a              # super().__init__ never called, and (1, 2, 3) suits no array


try:
    Never(1, 2, 3)
except TypeError:
    print("TypeError")


class Suits(array.array):
    def __init__(self, tc, items):
        # the constructor's arguments suit array: it is built from them first (CPython's rule)
        print("before super:", list(self))
        super().__init__(tc, [i * 2 for i in items])


print(list(Suits("i", [1, 2])))
