# strip / lstrip / rstrip
s = '  \t hi there \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abc'.strip(''), 'aaa'.strip('a') == '')
print('www.example.com'.lstrip('w.'), 'file.txt.bak'.rstrip('.bak'), '00120'.lstrip('0'))
print(repr(''.strip()), repr('   '.strip()), 'hi'.strip(), 'a b'.strip())
print(repr('\x0b\x0cz\x1c'.strip()), repr('\r\nz\r\n'.rstrip()))
print('--a--'.lstrip('-'), '--a--'.rstrip('-'), 'abc'.strip('cba'))
