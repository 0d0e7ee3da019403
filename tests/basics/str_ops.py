# string concatenation, repetition, comparison, iteration, membership
a = 'foo'
b = 'bar'
print(a + b, a * 3, 3 * b, a * 0, a * -1, '' * 5)
print(a < b, a == 'foo', a != b, a >= 'fo', 'Foo' < 'foo')
print([c for c in 'xyz'], list('ab'), tuple('cd'))
print('oo' in a, 'x' not in a, len(a + b))
s = ''
for i in range(5):
    s += str(i)
print(s)
print(str(123) + str(4.5) + str(None) + str([1]) + str(True))
print(str(), str('x'), str(b'x'), str(-0))
try:
    'a' + 1
except TypeError:
    print('TypeError')
try:
    'a' * 1.5
except TypeError:
    print('TypeError')
print(a[0] * 5, (a + b)[2:4] * 2)
print(hash('abc') == hash('ab' + 'c'))
