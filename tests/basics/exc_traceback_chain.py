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

def a():
    raise ValueError('first')

try:
    try:
        a()
    except ValueError:
        raise KeyError('second')
except KeyError as e:
    show(e)

try:
    try:
        a()
    except ValueError as ex:
        raise TypeError('third') from ex
except TypeError as e:
    show(e)

try:
    try:
        a()
    except ValueError:
        raise TypeError('fourth') from None
except TypeError as e:
    show(e)

def b():
    try:
        a()
    finally:
        print('cleanup')

try:
    b()
except ValueError as e:
    show(e)
