# sys.tracebacklimit: the innermost entries only; 0 or negative: just the exception line
import sys
import io

if hasattr(sys, 'print_exception'):
    print_exception = sys.print_exception
else:
    import traceback

    def print_exception(e, f):
        traceback.print_exception(type(e), e, e.__traceback__, file=f)


def show(e):
    buf = io.StringIO()
    print_exception(e, buf)
    for line in buf.getvalue().split('\n'):
        if line.startswith('  File '):
            print(line.split('"')[0], line.split('"')[2])
        elif not line.startswith('    '):
            print(line)


def f0():
    raise ValueError('value')


def f1():
    f0()


def f2():
    f1()


def top():
    try:
        f2()
    except ValueError as e:
        show(e)


top()
for limit in (5, 3, 2, 1, 0, -1, -100):
    print('limit', limit)
    sys.tracebacklimit = limit
    top()
sys.tracebacklimit = 1
try:
    try:
        f2()
    except ValueError as e:
        raise KeyError('k') from e
except KeyError as e:
    show(e)
del sys.tracebacklimit
print(hasattr(sys, 'tracebacklimit'))
top()


class W:
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s


w = W()
print_exception(TypeError('t'), w)
print(repr(w.text))
