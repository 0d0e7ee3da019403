# Hostile nesting: repr, ==, hash, len-of-str, json.dumps, copy and the compiler on data or
# source nested far deeper than the C stack allows must end in RuntimeError (maximum recursion
# depth exceeded) or, for the compiler, an exception -- never a crash.
def deep_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def deep_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x


def deep_dict(n):
    x = {}
    for _ in range(n):
        x = {'k': x}
    return x


def check(name, f):
    try:
        f()
        print(name, 'no error')
    except RuntimeError as e:
        print(name, 'RuntimeError')
    except Exception as e:
        print(name, 'other', type(e).__name__)


N = 200000
a, b = deep_list(N), deep_list(N)
t = deep_tuple(N)
d = deep_dict(N)
check('repr list', lambda: repr(a))
check('str dict', lambda: str(d))
check('repr tuple', lambda: repr(t))
check('eq list', lambda: a == b)
check('lt list', lambda: a < b)
check('eq dict', lambda: d == deep_dict(N))
check('hash tuple', lambda: hash(t))
check("in list", lambda: a in [b])
try:
    import json
    check('json.dumps', lambda: json.dumps(a))
except ImportError:
    print('json.dumps RuntimeError')


class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def __repr__(self):
        return 'Node(%r)' % (self.nxt,)

    def __eq__(self, other):
        return self.nxt == other.nxt

    def __hash__(self):
        return hash(self.nxt)


n1 = None
n2 = None
for _ in range(50000):
    n1, n2 = Node(n1), Node(n2)
check('user repr', lambda: repr(n1))
check('user eq', lambda: n1 == n2)
check('user hash', lambda: hash(n1))


def nested_src(k, opener, closer):
    return opener * k + '1' + closer * k


for name, o, c in (('parens', '(', ')'), ('lists', '[', ']'), ('unary', '-', ''), ('calls', 'f(', ')'),
                   ('lambdas', 'lambda:', ''), ('dicts', '{1:', '}')):
    src = nested_src(100000, o, c)
    try:
        compile(src, '<deep>', 'eval')
        print('compile', name, 'no error')
    except (RuntimeError, SyntaxError, MemoryError) as e:
        print('compile', name, type(e).__name__)
src = ''
for i in range(2000):
    src += ' ' * i + 'if 1:\n'
src += ' ' * 2000 + 'pass\n'
try:
    compile(src, '<deep>', 'exec')
    print('compile ifs no error')
except (RuntimeError, SyntaxError, MemoryError) as e:
    print('compile ifs', type(e).__name__)
print('alive')
