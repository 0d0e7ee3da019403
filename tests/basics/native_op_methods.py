# operator dunder methods of built-in types, called directly and through super()
print((5).__add__(3), int.__mul__(6, 7), (10).__sub__(4), (7).__mod__(3), (5).__radd__(1), (5).__rsub__(10))
print([1].__add__([2]), 'a'.__mul__(3), (1.5).__mul__(2), (3).__neg__(), (5).__invert__(), (-4).__abs__())
print((5).__lt__(3), (5).__ge__(3), (5).__eq__(5), 'ab'.__eq__('ab'), (5).__ne__(4), [1].__eq__([1]))
print({1}.__or__({2}), (5).__truediv__(2), (5).__floordiv__(2), (5).__pow__(2), (5).__lshift__(1), (5).__divmod__(3))
print(b'a'.__add__(b'b'), [1].__mul__(2), (2).__rmul__(3), (5).__str__(), (5).__repr__(), 'q'.__str__(), 'q'.__repr__())
lst = [1]
print(lst.__iadd__([2]), lst)
for obj in (5, 1.5, 'x', [1], (1,), {1}, b'z'):
    print(type(obj).__name__, hasattr(obj, '__add__'), hasattr(obj, '__mul__'), hasattr(obj, '__neg__'))
class Plain:
    pass
print(hasattr(Plain(), '__add__'), hasattr(Plain(), '__neg__'), hasattr(None, '__add__'))
class MyInt(int):
    def __add__(self, o):
        return MyInt(super().__add__(o) * 10)
    def __neg__(self):
        return 'neg' + str(super().__neg__())
print(MyInt(2) + 3, -MyInt(4), type(MyInt(1) + 1).__name__)
class Path(str):
    def __truediv__(self, other):
        return Path(self + '/' + other)
    def __add__(self, other):
        return Path(super().__add__(other).upper())
p = Path('usr') / 'lib'
print(p, type(p).__name__, Path('a') + 'b')
class Money(float):
    def __add__(self, o):
        return Money(super().__add__(o))
    def __repr__(self):
        return '$%.2f' % self
print(Money(1.25) + 2, Money(3) + Money(0.5))
print(list(map(int.__add__, [1, 2], [10, 20])), sorted([3, 1, 2], key=(0).__sub__))
try:
    (5).__add__()
except TypeError:
    print('TypeError')
# str.__eq__ / str.__hash__ reached from a subclass that redefines __eq__
class Tag(str):
    def __eq__(self, o):
        return str.__eq__(self, o.lower()) if isinstance(o, str) else NotImplemented
    __hash__ = str.__hash__
print(Tag('py') == 'PY', Tag('py') != 'PY', len({Tag('a'), Tag('a'), Tag('b')}), hash(Tag('q')) == hash('q'))
print(str.__eq__('a', 'a'), str.__ne__('a', 'b'), int.__eq__(3, 3), str.__hash__('abc') == hash('abc'), int.__hash__(7) == hash(7))
class Key(tuple):
    def __eq__(self, o):
        return super().__eq__(o)
    def __hash__(self):
        return super().__hash__()
print(len({Key((1, 2)), Key((1, 2))}), Key((1,)) == (1,), hash(Key((3, 4))) == hash((3, 4)))
