# print(file=obj) on a Python-level stream calls obj.write() once per item, separator and end,
# as CPython does; flush=True calls obj.flush()
import io

class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')

w = W()
print('a', 1, None, file=w)
print(file=w)
print('x', 'y', sep='', end='', file=w)
print('p', 'q', sep=None, end=None, file=w, flush=True)
print(w.parts)

class S(io.StringIO):
    pass

s = S()
print('k', [1], file=s, sep='-')
print(repr(s.getvalue()))

class Bad:
    pass

try:
    print('z', file=Bad())
except AttributeError:
    print('AttributeError')
