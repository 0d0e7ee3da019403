# sys.print_exception(exc, file): any object with write() (text or binary: BytesIO gets the
# UTF-8 bytes); an object without write() raises OSError (MicroPython)
import io
import sys

try:
    raise ValueError("abc é")
except ValueError as e:
    exc = e
s = io.StringIO()
sys.print_exception(exc, s)
print(s.getvalue().splitlines()[-1])
b = io.BytesIO()
sys.print_exception(exc, b)
print(b.getvalue().splitlines()[-1])


class W:
    def write(self, x):
        print("write", type(x).__name__, x.splitlines()[-1])


sys.print_exception(exc, W())
sys.print_exception(KeyError(), None)
for bad in (1, "x", [1]):
    try:
        sys.print_exception(Exception, bad)
        print("no error")
    except OSError:
        print("OSError")
