# reversed()
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')))
print(list(reversed(range(5))), list(reversed([])), ''.join(reversed('hello')))
print(list(reversed(b'ab')), list(reversed(bytearray(b'xyz'))))
r = reversed([1, 2, 3])
print(next(r), list(r))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
print(list(reversed(Seq())))
try:
    reversed({1, 2})
except TypeError:
    print('TypeError')
