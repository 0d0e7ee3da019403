s = "a\tbc\tdef\tg\n\th\r\tij\t"
for ts in (-1, 0, 1, 2, 3, 4, 8, 9):
    print(ts, repr(s.expandtabs(ts)))
print(repr("\t".expandtabs()), repr("abcdefgh\tx".expandtabs()), repr("".expandtabs(4)))
print(repr("\t\t".expandtabs(tabsize=3)))
