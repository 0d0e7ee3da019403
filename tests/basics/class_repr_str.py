# __repr__ and __str__
class R:
    def __repr__(self):
        return 'R()'
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
class OnlyStr:
    def __str__(self):
        return 'only str'
r, s = R(), S()
print(r, repr(r), str(r))
print(s, repr(s), str(s))
print([r, s], (s,), {'k': s})
print('%s %r' % (s, s))
print('{} {!r} {!s}'.format(s, s, s))
print(f'{s} {s!r}')
print(OnlyStr())
print(str(OnlyStr()) + '!')
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return 'Nested(%r)' % (self.items,)
print(Nested([1, 'a', Nested([])]))
