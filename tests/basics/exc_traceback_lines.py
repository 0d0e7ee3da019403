# tracebacks as text: compare the frame lines (file/line/function) and the final message
import io
import sys
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
            parts = line.split('"')
            print('  File', parts[2])
        elif line and not line.startswith('    '):
            print(line)

def level2(x):
    return 10 // x

def level1(x):
    y = x - 1
    return level2(y)

try:
    level1(1)
except ZeroDivisionError as e:
    show(e)

def raiser():
    raise ValueError('custom message')

try:
    raiser()
except ValueError as e:
    show(e)

# re-raise inside except: no extra frame for the re-raise
try:
    try:
        raiser()
    except ValueError:
        raise
except ValueError as e:
    show(e)

# propagate through finally
try:
    try:
        level1(1)
    finally:
        print('finally ran')
except ZeroDivisionError as e:
    show(e)

class Thing:
    def method(self):
        return self.missing_attr

try:
    Thing().method()
except AttributeError as e:
    show(e)

def gen():
    yield 1
    raise KeyError('g')

try:
    for v in gen():
        pass
except KeyError as e:
    show(e)

try:
    raise OSError(2, 'no such thing')
except OSError as e:
    show(e)
