# __hash__ = None with __eq__, format_map with __missing__, __rdivmod__, SystemExit.code
class E:
    def __eq__(self, other):
        return True


print(E.__hash__)
print('__hash__' in E.__dict__)
try:
    hash(E())
except TypeError:
    print('unhashable')


class EH:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 5


print(hash(EH()))


class Sub(EH):
    def __eq__(self, other):
        return False


print(Sub.__hash__)


class Plain:
    pass


print(Plain.__hash__ is object.__hash__)


class D(dict):
    def __missing__(self, key):
        return '<' + key + '>'


print('{a} {b}'.format_map(D(a=1)))
print('{a[0]}'.format_map({'a': 'xy'}))


class M:
    def __getitem__(self, k):
        return k * 2


print('{x}{yy}'.format_map(M()))
try:
    '{a}'.format_map({})
except KeyError as e:
    print('KeyError', e)
try:
    '{a}'.format_map(1)
except TypeError as e:
    print('TypeError')
print('plain'.format_map(1))


class R:
    def __rdivmod__(self, other):
        return ('rdivmod', other)

    def __divmod__(self, other):
        return ('divmod', other)


print(divmod(7, R()))
print(divmod(R(), 7))
print(divmod(7.5, R()))


class NI:
    def __rdivmod__(self, other):
        return NotImplemented


try:
    divmod(1, NI())
except TypeError as e:
    print('TypeError', e)


class IntSub(int):
    def __rdivmod__(self, other):
        return 'sub first'


print(divmod(7, IntSub(2)))
print((5).__rdivmod__(17))
print(SystemExit(1, 2).code, SystemExit(3).code, SystemExit().code)
print(SystemExit(1, 2).args)
