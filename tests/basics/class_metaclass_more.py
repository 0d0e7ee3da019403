class Meta(type):
    registry = []
    def __new__(mcs, name, bases, ns):
        ns['created_by'] = 'Meta'
        cls = super().__new__(mcs, name, bases, ns)
        Meta.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.inited = True
    def describe(cls):
        return 'class ' + cls.__name__
class Base(metaclass=Meta):
    def hello(self):
        return 'hello from ' + type(self).__name__
class Child(Base):
    x = 1
print(Meta.registry)
print(Base.created_by, Child.created_by, Child.inited, Child.x)
print(Child.describe(), Child().hello())
print(type(Child).__name__, isinstance(Child, Meta), isinstance(Child(), Base))

class CountingMeta(type):
    def __call__(cls, *args, **kw):
        cls.instances = getattr(cls, 'instances', 0) + 1
        return super().__call__(*args, **kw)
class Counted(metaclass=CountingMeta):
    def __init__(self, v, w=0):
        self.v = v + w
a = Counted(1)
b = Counted(2, w=5)
print(Counted.instances, a.v, b.v)

class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in Single._inst:
            Single._inst[cls] = super().__call__(*a)
        return Single._inst[cls]
class Config(metaclass=Single):
    def __init__(self):
        print('init once')
print(Config() is Config())
