# case methods and character classes (ASCII)
s = 'Hello World 123'
print(s.lower(), s.upper(), 'abc'.upper(), 'ABC'.lower(), ''.upper())
tests = ['abc', 'ABC', 'aBc', '123', 'abc123', ' ', ' \t\n', '', 'a b', 'A1', '1a', '!', 'Z']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isspace(), t.islower(), t.isupper())
print('hello world'.upper().lower() == 'hello world')
