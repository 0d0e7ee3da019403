# x.__op__(y) on a built-in type asks that type only: NotImplemented where it cannot handle y
# (x op y would go on to y's reflected method), the result where it can
for f in (lambda: (1).__add__(1.0), lambda: (1.5).__add__(1), lambda: (2).__mul__('ab'), lambda: 'ab'.__mul__(2),
          lambda: (1).__eq__(1.0), lambda: (1.0).__eq__(1), lambda: True.__and__(1), lambda: (1j).__mul__(2),
          lambda: [].__eq__(()), lambda: [1].__eq__([1]), lambda: {1}.__eq__(frozenset({1})), lambda: {}.__eq__([]),
          lambda: (3).__lt__(2.5), lambda: (2.5).__lt__(3), lambda: (1,).__add__([2]), lambda: [1].__add__((2,)),
          lambda: 'a'.__add__(1), lambda: {1}.__or__([2]), lambda: {'a': 1}.__or__({'b': 2}), lambda: range(3).__eq__(range(0, 3))):
    try:
        print(f())
    except TypeError as e:
        print('TypeError')
class I(int):
    def __add__(self, o):
        r = super().__add__(o)
        return ('I', r)
print(I(1) + 1, I(1) + 1.5)
