# getattr, setattr, hasattr, delattr
class O:
    a = 1
o = O()
print(getattr(o, 'a'), getattr(o, 'b', 'dflt'), hasattr(o, 'a'), hasattr(o, 'b'))
setattr(o, 'b', 2)
print(o.b, getattr(o, 'b'))
delattr(o, 'b')
print(hasattr(o, 'b'))
try:
    getattr(o, 'zzz')
except AttributeError:
    print('AttributeError')
try:
    delattr(o, 'zzz')
except AttributeError:
    print('AttributeError del')
setattr(O, 'cls_level', 'c')
print(o.cls_level)
print(getattr([1, 2], 'count')(1), getattr('abc', 'upper')())
print(hasattr(1, 'real'), hasattr(None, 'x'))
name = 'dyn'
setattr(o, name + '1', 10)
print(o.dyn1)
