g = {'x': 10}
exec('y = x * 2', g)
print(g['y'])
l = {}
exec('z = x + 1', g, l)
print(l, 'z' in g)
print(eval('x + y', g))
print(eval('a * b', {'a': 3}, {'b': 4}))
print(eval('[i * i for i in range(4)]'))
exec('def f(n):\n    return n + 100', g)
print(g['f'](1))
exec('import math as mm', g)
print(g['mm'].sqrt(16))
ns = {}
exec('''
class K:
    v = 7
    def m(self):
        return self.v * 2
r = K().m()
''', ns)
print(ns['r'])
print(eval('1 + 2 * 3'), eval(' 5 '), eval('"s" * 2'))
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError')
try:
    exec('undefined_name', {})
except NameError:
    print('NameError')
code = compile('q = 5', '<s>', 'exec')
d = {}
exec(code, d)
print(d['q'])
print(eval(compile('2 ** 10', '<e>', 'eval')))
x = 'module x'
def fn():
    return eval('x')
print(fn())
exec('global_from_exec = 1')
print(global_from_exec)
