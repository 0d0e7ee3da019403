# str.replace
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0))
print(s.replace('x', 'y'), 'aaa'.replace('a', 'aa'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2))
print('aaaa'.replace('aa', 'b'), ''.replace('', 'x'), 'abc'.replace('abc', ''), 'a.b.c'.replace('.', ''))
print(s.replace('one', '1', -1), 'xyz'.replace('y', '\n'))
