# exec()
exec('a = 5')
print(a)
exec('def f(x):\n    return x * 3\n')
print(f(4))
g = {}
exec('b = 7\nc = b * 2', g)
print(g['b'], g['c'])
l = {}
exec('d = 1', {}, l)
print(l)
print(exec('1 + 1'))
code = '''
total = 0
for i in range(10):
    total += i
'''
ns = {}
exec(code, ns)
print(ns['total'])
exec('class K:\n    v = 3\n', ns)
print(ns['K'].v)
try:
    exec('if True\n  pass')
except SyntaxError:
    print('SyntaxError')
