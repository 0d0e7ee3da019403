# __get__ of functions, staticmethod and classmethod (decorator classes delegating to them).
class FuncHolder:
    def meth(self):
        return self
f = FuncHolder.__dict__['meth']
print(f.__get__(5)(), f.__get__(None, FuncHolder) is f, (lambda self: self).__get__(7)())
print(classmethod(lambda cls: cls).__get__(None, int)(), classmethod(lambda cls: cls).__get__(3)())
print(staticmethod(lambda: 's').__get__(None, int)(), staticmethod(len).__get__(1)('abc'))
class Logged:
    def __init__(self, func):
        self.func = func
    def __get__(self, inst, owner=None):
        bound = self.func.__get__(inst, owner)
        def wrapper(*a):
            return ('logged', self.func.__name__, bound(*a))
        return wrapper
class Service:
    def __init__(self, n):
        self.n = n
    @Logged
    def add(self, x):
        return self.n + x
    @Logged
    def __repr__(self):
        return 'Service'
print(Service(2).add(3), Service(1).add.__name__ if hasattr(Service(1).add, '__name__') else '')
class Cm:
    def __init__(self, f):
        self.f = classmethod(f)
    def __get__(self, inst, owner):
        return self.f.__get__(inst, owner)
class Uses:
    @Cm
    def who(cls):
        return cls.__name__
print(Uses.who(), Uses().who())
