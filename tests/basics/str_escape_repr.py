# repr of strings chooses quotes and escapes control characters
for s in ['plain', "it's", 'say "x"', 'both \' "', '\\', '\n\r\t', '\x00\x1b', '\x7f', 'caf\u00e9', '']:
    print(repr(s))
print(repr('a' * 3 + '\'' + '"'))
print(str(['a\n', "b'"]))
