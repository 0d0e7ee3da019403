# Counts the compiler stores in 16 bits (parameters, local slots)
# give SyntaxError past their limit instead of wrapping; below it code works.
N = 65536


def t(name, src):
    try:
        exec(src, {})
        print(name, 'ok')
    except SyntaxError as e:
        print(name, 'SyntaxError:', e.args[0])


names = ['a%d' % i for i in range(N)]
# (one case each: the scope analysis and constant table are quadratic at these sizes)
t('locals', 'def f():\n' + ''.join(' %s = 1\n' % n for n in names) + ' return a0')

# below the limits
ns = {}
exec('def f(' + ','.join(names[:1000]) + '): return a0 + a999\nr = f(*range(1000))', ns)
print(ns['r'])
exec('def f():\n' + ''.join(' %s = %d\n' % (n, i) for i, n in enumerate(names[:20000])) + ' return a19999\nr = f()', ns)
print(ns['r'])
