# sys.stdin/stdout/stderr are text file objects with a binary .buffer; print() and
# sys.stdout.write() share one stream, so output keeps its order
import sys

print("print 1")
print(sys.stdout.write("write 1\n"))
print("print 2", end="")
sys.stdout.write(" | write 2\n")
print(sys.stdout.write("\u00e9\u20ac\n"))
print("to file", file=sys.stdout)
sys.stdout.flush()
print(sys.stdout.buffer.write(b"buffer bytes\n"))
sys.stdout.buffer.flush()
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.encoding)
print(sys.stdout.writable(), sys.stdin.readable())
try:
    sys.stdout.write(b"bytes")
except TypeError:
    print("TypeError")
try:
    sys.stdout.buffer.write("str")
except TypeError:
    print("TypeError buffer")
# stdin is /dev/null under the test runner
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(repr(sys.stdin.buffer.read()))
sys.stdout.flush()
sys.stderr.write("to stderr\n")
sys.stderr.flush()
print("end")
