# The VM caches built-in loads; shadowing through globals, del and builtins must be seen.
def f():
    return len([1,2])
print(f())
len = lambda x: 42
print(f())
del len
print(f())
import builtins
builtins.len = lambda x: 7
print(f())
g = globals()
g['len'] = lambda x: 9
print(f())
del g['len']
print(f())
print(len('abc'))
def h():
    return [abs(-1) for _ in range(3)]
print(h())
exec("abs = lambda x: 'shadow'")
print(h())
del abs
print(h())
d = {}
exec("def k():\n    return abs(-5)\n", d)
print(d['k']())
d['abs'] = str
print(d['k']())
