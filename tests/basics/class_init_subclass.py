class Plugin:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        Plugin.registry.append(cls.__name__)
        cls.tag = kwargs.get('tag', 'none')
class A(Plugin):
    pass
class B(Plugin, tag='bee'):
    pass
class C(B):
    pass
print(Plugin.registry)
print(A.tag, B.tag, C.tag)

class Counting:
    n = 0
    @classmethod
    def __init_subclass__(cls):
        Counting.n += 1
class X(Counting): pass
class Y(X): pass
print(Counting.n)
