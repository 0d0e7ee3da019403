# startswith / endswith
s = 'hello.py'
print(s.startswith('he'), s.startswith('lo'), s.startswith(''), s.startswith('hello.py!'))
print(s.endswith('.py'), s.endswith('.c'), s.endswith(''), s.endswith('hello.py'))
print(s.startswith('llo', 2), s.startswith('llo', 3), s.startswith('h', 0))
print(''.startswith(''), ''.endswith('a'))
print(s.endswith('o', 0, 5), s.endswith('py', 6))
