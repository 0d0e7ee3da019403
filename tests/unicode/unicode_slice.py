# slicing unicode strings with steps
s = ''.join(chr(0x400 + i) for i in range(12)) + 'abc' + '\U0001F600' * 2
print(len(s))
for a, b, c in [(0, 5, 1), (2, None, 3), (None, None, -1), (10, 2, -2), (-5, None, 1), (-1, -8, -3)]:
    t = s[a:b:c]
    print(a, b, c, len(t), t, [hex(ord(ch)) for ch in t][:3])
print(s[12:15], s[-2:], s[14:16])
