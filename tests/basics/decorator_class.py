# decorators applied to classes and methods
def add_greet(cls):
    cls.greet = lambda self: 'hello from ' + type(self).__name__
    return cls
@add_greet
class A:
    pass
print(A().greet())
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register('b')
class B:
    pass
@register('c')
class C(B):
    pass
print(sorted(registry), registry['c'].__name__, issubclass(registry['c'], registry['b']))
def singleton(cls):
    inst = {}
    def get():
        if cls not in inst:
            inst[cls] = cls()
        return inst[cls]
    return get
@singleton
class S:
    pass
print(S() is S())
def logmethod(f):
    def w(self, *a):
        print('->', f.__name__, a)
        return f(self, *a)
    return w
class D:
    @logmethod
    def m(self, x):
        return x + 1
print(D().m(5))
