# indexing and length of non-ASCII strings count code points
s = 'h\u00e9llo \u4e16\u754c \U0001F600!'
print(len(s), s[1], s[6], s[7], s[9], s[-1], s[-2])
print([s[i] for i in range(len(s))])
print(s.find('\u4e16'), s.index('\U0001F600'), s.rfind('l'), s.count('l'))
print(s[1:5], s[6:8], s[::-1], s[::2], s[-4:])
print(list('\u00e0\u00e9\u00ee'))
for i, c in enumerate('a\u00e9\u4e2d\U0001F600'):
    print(i, c, ord(c), len(c.encode('utf-8')))
