# object() instances
o = object()
p = object()
print(o == o, o == p, o != p, type(o).__name__, isinstance(o, object))
try:
    o.x = 1
except AttributeError:
    print('AttributeError')
print(len({o, p, o}))
class Sub(object):
    pass
print(isinstance(Sub(), object), issubclass(Sub, object))
