# string and bytes literal forms
print("double", 'single', """triple "double" """, '''triple 'single' ''')
print("a" 'b' """c""" '''d''')
print(repr("\x41\101\u0041\U00000041\n\t\\\'\"\a\b\f\v\r\0"))
print(repr("\q\w\d"))
print(repr(r"\n\t\x41"), repr(R'\d+'))
print(repr(b"abc" b'def'))
print(repr(rb"\x" + br'\d' + Rb"\n" + BR"\t"))
print(repr(b"\x41\101\u0041\n"))
print(u"unicode", U"UNICODE")
print("line \
continued")
print("""multi
line
string""")
print('''a\
b''')
print(repr('\777'[0]), repr("\1\12\123"))
print(repr("é中文😀"), len("é中文😀"))
print(repr("\u00e9\U0001F600"))
print(repr('it\'s'), repr("say \"hi\""))
print(repr(''), repr(""), repr(b''))
print(len("""
"""))
s = ("implicit "
     "concatenation "
     'across lines')
print(s)
