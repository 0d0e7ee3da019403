# sys.print_exception(exc, file): writes to any object with write(); a file argument without
# one raises OSError as MicroPython (and nothing is written anywhere); sys.tracebacklimit applies
import sys
import io


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def fail():
    raise ValueError('boom')


try:
    fail()
except ValueError as e:
    exc = e
s = Sink()
sys.print_exception(exc, s)
text = ''.join(s.parts)
print(text.startswith('Traceback (most recent call last):\n'), text.endswith('ValueError: boom\n'))
print(text.count('  File '))
for bad in (1, 'str', [], Sink):
    try:
        sys.print_exception(exc, bad)
        print('no error', bad)
    except (TypeError, AttributeError, OSError) as e:
        print(type(e).__name__)
b = io.StringIO()
sys.tracebacklimit = 0
sys.print_exception(exc, b)
print(repr(b.getvalue()))
sys.tracebacklimit = 1
b = io.StringIO()
sys.print_exception(exc, b)
print(b.getvalue().count('  File '))
