# name resolution: local, enclosing, global, builtin
x = 'global'
def a():
    return x
def b():
    x = 'local'
    return x
def c():
    x = 'enclosing'
    def d():
        return x
    return d()
print(a(), b(), c(), x)
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
def e():
    return [x for _ in range(1)]
print(e())
class K:
    x = 'class'
    def m(self):
        return x
    y = x + '!'
print(K().m(), K.y)
def f():
    v = 1
    def g():
        return v
    v = 2
    return g
print(f()())
