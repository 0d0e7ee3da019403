# io.StringIO
import io
s = io.StringIO()
print(s.write('hello '), s.write('world'))
print(s.getvalue())
s = io.StringIO('line1\nline2\nline3')
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(repr(s.read(5)), s.tell())
s = io.StringIO()
print('via print', 1, 2, file=s)
print('second', file=s, end='!')
print(repr(s.getvalue()))
s = io.StringIO('a\nb\n')
print([l for l in s])
s.close()
try:
    s.read()
except ValueError:
    print('ValueError closed')
with io.StringIO() as f:
    f.write('ctx')
    print(f.getvalue())
