class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.key = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.key, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.key, value)
class Model:
    a = Field()
    b = Field()
    def __init__(self, a):
        self.a = a
m = Model(5)
print(m.a, m.b, Model.a.name, Model.b.key, Model.a.owner)
m.b = 'bee'
print(m.b, m._b)
class Plain:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class Holder:
    x = Plain()
    y = 3
print('done')
