# Streams written in Python as io.IOBase subclasses follow MicroPython's stream protocol when
# C code uses them: print(file=), json.dump and sys.print_exception write bytes to them,
# json.load reads them through readinto(); a negative count returned is OSError(-n)
import io
import json
import sys


class Sink(io.IOBase):
    def __init__(self):
        self.data = bytearray()

    def write(self, b):
        self.data += b
        return len(b)


class Source(io.IOBase):
    def __init__(self, b):
        self.b = b

    def readinto(self, buf):
        n = min(len(buf), len(self.b), 5)
        buf[:n] = self.b[:n]
        self.b = self.b[n:]
        return n


s = Sink()
print("a", 1, "é", sep="-", end="!\n", file=s)
json.dump({"k": [1, 2.5, None]}, s)
sys.print_exception(ValueError("v"), s)
print(bytes(s.data))
print(json.load(Source(b'{"a": [1, 2, {"b": "x\\u00e9"}], "c": true}')))


class Bad(io.IOBase):
    def readinto(self, buf):
        return -11

    def write(self, b):
        return -28


for op in (lambda: json.load(Bad()), lambda: json.dump(1, Bad()), lambda: print("x", file=Bad())):
    try:
        op()
        print("no error")
    except OSError as e:
        print("OSError", e.errno)


# a plain class (not IOBase) with write() still gets str, as in CPython
class Text:
    def write(self, t):
        print("Text.write", type(t).__name__, repr(t))


json.dump([1], Text())
print("p", file=Text())
