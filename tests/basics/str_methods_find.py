# str.find/rfind/index/rindex/count
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.find('hello', 1, 10), s.find('zz'), s.find(''))
print(s.rfind('hello'), s.rfind('hello', 0, 10), s.rfind('o'), s.rfind(''), s.rfind('zz'))
print(s.find('o', -5), s.find('o', 5, -3))
print(s.index('world'), s.rindex('l'), s.count('l'), s.count('hello'), s.count(''), s.count('l', 5, 15))
print('aaaa'.count('aa'), 'aaa'.find('aa', 1), ''.find(''), ''.find('a'), 'abc'.find('c', 10))
try:
    s.index('zz')
except ValueError:
    print('ValueError index')
try:
    s.rindex('zz')
except ValueError:
    print('ValueError rindex')
print('abcabc'.rindex('abc'), 'abcabc'.index('c', 3))
print('x' in s, 'world' in s, '' in s, 'World' in s)
