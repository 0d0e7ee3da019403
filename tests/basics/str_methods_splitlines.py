# str.splitlines
print('a\nb\nc'.splitlines(), 'a\nb\n'.splitlines(), ''.splitlines(), '\n'.splitlines())
print('a\r\nb\rc\n\nd'.splitlines())
print('a\nb\r\n'.splitlines(keepends=True))
print('one line'.splitlines(), '\n\n'.splitlines())
