# iteration, comparison and hashing of unicode strings
s = 'a\u00e9\u4e2d\U0001F600'
print([c for c in s], list(reversed(s)), sorted(s))
print('\u00e9' == '\xe9', '\u00e9' < '\u00ea', '\u4e2d' > '\u00ff', '\U0001F600' > '\uffff')
print(hash('\u00e9') == hash('\xe9'), {'\u00e9': 1}['\xe9'])
d = {c: i for i, c in enumerate(s)}
print(d['\U0001F600'], len(d))
print(s == 'a\u00e9' + '\u4e2d\U0001F600', s.encode() == 'a\u00e9\u4e2d\U0001F600'.encode())
