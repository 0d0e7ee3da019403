# The conversion methods of built-in types (__format__, __round__, __trunc__, __floor__,
# __ceil__, __int__, __float__, __bool__, __hash__, __reversed__, __complex__, __bytes__)
# called directly, through super() in subclasses, and through the class.
import math

print((5).__format__('x'), (2.5).__format__('.3f'), 'ab'.__format__('>5'), [1, 2].__format__(''))
print((1+2j).__format__('.1f'), True.__format__('d'), True.__format__(''))
try:
    object().__format__('x')
except TypeError:
    print('TypeError')
print((2.5).__round__(), (2.567).__round__(1), (7).__round__(-1), (15).__round__())
print((2.5).__int__(), (2).__float__(), (2.7).__trunc__(), (2.7).__floor__(), (2.2).__ceil__())
print((-2.7).__floor__(), (-2.7).__ceil__(), (7).__floor__(), (7).__ceil__(), (7).__trunc__())
print((0).__bool__(), (3).__bool__(), (0.0).__bool__(), (0j).__bool__(), True.__int__())
print((5).__hash__() == hash(5), 'a'.__hash__() == hash('a'), (1, 2).__hash__() == hash((1, 2)))
print((2.5).__hash__() == hash(2.5), b'x'.__hash__() == hash(b'x'), frozenset([1]).__hash__() == hash(frozenset([1])))
print(list([1, 2, 3].__reversed__()), list(range(4).__reversed__()))
print((1j).__complex__(), b'ab'.__bytes__(), (7).__index__())
print(int.__format__(255, 'x'), float.__round__(2.675, 2), int.__hash__(7) == hash(7))
print(hasattr(1j, '__int__'), hasattr(2.5, '__index__'), hasattr('s', '__round__'))
print(hasattr(5, '__floor__'), hasattr(5.0, '__ceil__'), hasattr(5, '__bool__'), hasattr(b'', '__bytes__'))

class MyInt(int):
    def __format__(self, spec):
        return '<' + super().__format__(spec) + '>'
    def __round__(self, n=None):
        return ('r', super().__round__() if n is None else super().__round__(n))
    def __float__(self):
        return super().__float__() + 0.5
print(format(MyInt(255), 'x'), f'{MyInt(7):>4}', '{:b}'.format(MyInt(5)))
print(round(MyInt(17)), round(MyInt(17), -1), math.floor(MyInt(3)), math.ceil(MyInt(3)))

class MyFloat(float):
    def __floor__(self):
        return 'floor:' + str(super().__floor__())
    def __trunc__(self):
        return super().__trunc__() * 10
print(math.floor(MyFloat(2.5)), math.trunc(MyFloat(-2.5)), round(MyFloat(2.5)))

class MyList(list):
    def __reversed__(self):
        return iter(['first'] + list(super().__reversed__()))
print(list(reversed(MyList([1, 2, 3]))))

class MyStr(str):
    def __format__(self, spec):
        return super().__format__(spec).replace(' ', '.')
    def __hash__(self):
        return super().__hash__()
print(format(MyStr('ab'), '^6'), hash(MyStr('k')) == hash('k'), {MyStr('k'): 1}['k'])

# a class's __hash__ taken from a built-in type
class Tag(str):
    def __eq__(self, o):
        return str.__eq__(self, o.lower())
    __hash__ = str.__hash__
print(Tag('a') == 'A', hash(Tag('a')) == hash('a'))
