# examples/hello.py: the main job of `make run`: a short tour of the interpreter.
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Greeter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Greeter({self.name!r})"

    def greet(self):
        return "Hello, %s!" % self.name


def squares(n):
    for i in range(n):
        yield i * i


print(Greeter("world").greet())
print("implementation:", sys.implementation.name, "on", sys.platform)
print("fib(20) =", fib(20))
print("2**100 =", 2 ** 100)
print("0.1 + 0.2 =", 0.1 + 0.2)
print("squares:", list(squares(8)))
print("sorted words:", sorted("the quick brown fox jumps over the lazy dog".split(), key=len))
print({k: v for k, v in zip("abc", range(3))})
try:
    [][1]
except IndexError as e:
    print("caught:", repr(e))
