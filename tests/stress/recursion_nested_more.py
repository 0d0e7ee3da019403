# More C-level recursion driven by data: generator and yield-from chains, containment, sorting
# and printing of deeply nested containers, compiling deeply nested source. Each must raise
# (RuntimeError "maximum recursion depth exceeded", or SyntaxError/MemoryError from the
# compiler), never crash.
N = 600000


def check(name, f):
    try:
        f()
        print(name, 'no error')
    except RuntimeError as e:
        print(name, 'RuntimeError', e)
    except (SyntaxError, MemoryError) as e:
        print(name, type(e).__name__)


def chain(wrap, n=N):
    x = iter([1])
    for i in range(n):
        x = wrap(x)
    return x


def delegate(it):
    yield from it


check('yield from', lambda: list(chain(delegate, N // 4)))
check('genexp', lambda: list(chain(lambda x: (i for i in x), N // 4)))
check('iter of iter', lambda: list(chain(iter)))


def nested_list():
    x = []
    for i in range(N):
        x = [x]
    return x


a = nested_list()
b = nested_list()
check('in', lambda: a in [b])
check('index', lambda: [b].index(a))
check('count', lambda: [b].count(a))
check('sorted', lambda: sorted([a, b]))
check('max', lambda: max(a, b))
check('format', lambda: '{}'.format(a))
check('percent', lambda: '%s' % (a,))
check('fstring', lambda: f'{a!r}')


def nested_dict():
    x = {}
    for i in range(N):
        x = {1: x}
    return x


check('dict values eq', lambda: list(nested_dict().values()) == list(nested_dict().values()))

M = 200000
check('compile parens', lambda: eval('(' * M + ')' * M))
check('compile unary', lambda: eval('-' * M + '1'))
check('compile not', lambda: eval('not ' * M + '1'))
check('compile attr', lambda: eval('a' + '.a' * M))
check('compile call', lambda: eval('f' + '()' * M))
check('compile power', lambda: eval('2' + '**2' * M))
check('compile lambda', lambda: eval('lambda: ' * M + '1'))
check('compile add', lambda: eval('1' + '+1' * M))
check('compile subscript', lambda: eval('a' + '[0]' * M))
check('compile ifexp', lambda: eval('1 if 1 else ' * M + '1'))
check('compile dict', lambda: eval('{1:' * M + '1' + '}' * M))
print('end')
