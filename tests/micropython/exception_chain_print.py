# Printing an exception walks its __cause__/__context__ chain without recursing: a cycle
# prints each exception once, a very long chain prints its most recent links.
import sys, io

def show(e):
    buf = io.StringIO()
    sys.print_exception(e, buf)
    lines = buf.getvalue().splitlines()
    print(len([l for l in lines if l.startswith('During') or l.startswith('The above')]),
          [l for l in lines if 'Error' in l][:2], [l for l in lines if 'Error' in l][-1])

e = ValueError('e')
f = KeyError('f')
e.__cause__ = f
f.__cause__ = e
show(e)
e.__cause__ = None
f.__cause__ = None
e.__context__ = f
f.__context__ = e
show(f)

g = None
for i in range(100000):
    try:
        raise ValueError(i)
    except ValueError as x:
        x.__context__ = g
        g = x
show(g)
try:
    raise g
except ValueError as x:
    print('caught', x)
