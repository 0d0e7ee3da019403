# bytes methods
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' Hd'))
print(b.lower(), b.upper(), b.split(), b.split(b','), b'a,b,c'.split(b',', 1), b'a b'.rsplit(None, 1))
print(b.find(b'World'), b.find(b'x'), b.rfind(b'l'), b.index(b'H'), b.count(b'l'), b.count(b'l', 5))
print(b'abc'.replace(b'b', b'XX'), b'-'.join([b'a', b'b', b'c']), b''.join([]))
print(b'abc'.startswith(b'ab'), b'abc'.endswith(b'bc'), b'abc'.startswith(b'c'))
print(b'abc'.isalpha(), b'123'.isdigit(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower())
print(b'key=val'.partition(b'='), b'a=b=c'.rpartition(b'='))
print(b'ab'.center(6, b'*'), b'ab'.ljust(4, b'.'), b'ab'.rjust(4))
print(b'line1\nline2\n'.splitlines())
print(b'hello'.decode('utf-8'), b'x'.decode())
print(b'abcabc'.rindex(b'abc'))
