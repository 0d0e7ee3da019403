# locals() and eval() in functions that have no local variables see an empty namespace,
# not the module's globals.
g = 'global'
f = lambda: locals()
print(f())
def h():
    return locals()
print(h())
def k(a):
    return locals()
print(k(1))
def ev():
    return eval('g')
print(ev())
def ex():
    exec('zz = 5')
    return 'zz' in globals()
print(ex())
class C:
    def m():
        return sorted(locals())
print(C.m())
