# one-character ASCII strings from chr(), indexing, slicing and iteration are shared objects
# (CPython caches them too), and equal to / interchangeable with literals as dict keys
s = ''.join(chr(i) for i in range(128))
print(len(s), all(chr(i) is chr(i) for i in range(128)))
print(all(s[i] is chr(i) for i in range(128)), all(s[i:i + 1] is chr(i) for i in range(128)))
a = 'a'
print(all(c is chr(i) for i, c in enumerate(s)), chr(97) == a, s[97] is a[0])
print([chr(i) for i in (0, 9, 10, 32, 65, 126, 127)])
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)), chr(0x10ffff) == '\U0010ffff')
print([chr(c) for c in (128, 255, 256, 0x3b1, 0x20ac, 0x1f600)])
d = {}
for c in 'mississippi':
    d[c] = d.get(c, 0) + 1
print(sorted(d.items()), d[chr(115)], d['mississippi'[3]], d['p'])
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print('ValueError')
try:
    chr('a')
except TypeError:
    print('TypeError')
