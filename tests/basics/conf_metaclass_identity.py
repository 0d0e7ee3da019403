# A class made by a user metaclass is one object: type(x), x.__class__, __bases__, __mro__ and
# dict keys all give the class statement's name; attributes set and deleted on it, its
# __dict__, type's own methods on it, and __class__ assignment to it.
class Meta(type):
    def hello(cls):
        return 'hello ' + cls.__name__
class A(metaclass=Meta):
    x = 1
    def m(self):
        return 'm'
a = A()
print(type(a) is A, type(a) == A, a.__class__ is A, isinstance(a, A), A.__name__, repr(A)[-4:])
print(type(A) is Meta, A.__mro__[0] is A, A.__bases__, A.__dict__['x'], 'm' in vars(A))
A.y = 2
print(A.y, a.y, hasattr(A, 'y'), 'y' in A.__dict__)
del A.y
print(hasattr(A, 'y'), hasattr(a, 'y'))
print({A: 1}[A], A in {A}, hash(A) == hash(type(a)))
class B(A):
    pass
print(B.__bases__[0] is A, B.__mro__[1] is A, B.__base__ is A, issubclass(B, A), type(B) is Meta, B.hello())
print(type(B()) is B, B().__class__ is B, B.mro()[1] is A, [c.__name__ for c in B.mro()])
print(A.m(a), A.__dict__['m'](a))
d = {}
d[type(a)] = 'found'
print(d.get(A), d[A])
class Plain:
    pass
p = Plain()
p.__class__ = B
print(type(p) is B, p.m(), p.x)
M2 = Meta('M2', (A,), {'z': 3})
print(type(M2) is Meta, type(M2()) is M2, M2.z, M2.__bases__[0] is A, M2.hello())
