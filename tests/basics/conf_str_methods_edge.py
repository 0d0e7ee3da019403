# str methods with unusual arguments: maxsplit, tab sizes, fill characters, huge and negative
# counts, empty separators, % with odd argument kinds, format specs with bool and big values
def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r))
    except Exception as e:
        print(s, "!!", type(e).__name__, e)
for s in [
 "'a b c'.split(None, -1)", "'a b c'.split(' ', 10**30)", "'a b c'.rsplit(' ', -5)", "'a  b'.split(' ')", "' a b '.rsplit()", "'abc'.split('', 1)", "'a,b'.split(sep=',', maxsplit=0)", "b'a\\x1cb\\x0bc\\x0cd'.splitlines()", "b'a\\r\\nb'.splitlines(keepends=True)", "'a\\tb'.expandtabs(10**3)[:5]", "'x'.center(-5)", "'x'.center(4, '')", "'x'.center(4, 'ab')", "'abc'.ljust(2**70)", "'abc'.zfill(-1)", "'abc'[::0]", "'abc'[:: 2**70]", "'abc'[-2**70:]", "'abc'[2**70:]", "'abcdef'[slice(1, None, 2)]", "'abc'.__getitem__(slice(None))", "'a%sb' % ()", "'%s' % []", "'%s%s' % [1, 2]", "'%d' % '1'", "'%c' % -1", "'%c' % 0x110000",
 "'Abc'.casefold()", "'abc'.title()", "\"o'neil mc-don 3rd\".title()", "'ab cd'.capitalize()", "'  '.isspace()", "''.isspace()", "''.isupper()", "'1'.isupper()", "'A1'.isupper()", "'ǅ'.title()", "'abc'.count('', -1)", "'abc'.find('', 10)", "'abc'.rfind('', 10)", "'abc'.index('', 3)", "'abc'.rindex('', 4)", "'aaa'.replace('a', 'bb', 2)", "'aaa'.replace('', '', 2)", "'abc'.replace('', 'x', -1)", "'ab'.partition('ab')", "'ab'.rpartition('')", "'abab'.rsplit('b', 1)", "'  x  '.strip(' x')", "'xyx'.strip('')", "'abc'.startswith('')", "''.startswith('')", "''.endswith('', 1)", "'abc'.endswith('c', -1, None)", "'a\\u00e9'.encode('ascii', errors='ignore')", "'%-*s|' % (-5, 'a')", "'%*s|' % (-5, 'a')", "'%.*s' % (-1, 'abc')", "'{:{}{}}'.format('a', '>', 3)", "'{0:{1}}'.format(3.14159, '.2f')", "'{!r:^7}'.format('a')", "'{0.imag}'.format(3j)", "'{0[1][0]}'.format([1, [2]])", "'{a.real}'.format(a=2)", "'{:%Y}'.format(5)", "'{:,.2%}'.format(1234.5)", "'{:08.3e}'.format(-1.5)", "'{:+#o}'.format(8)", "'{:#b}'.format(-5)", "'{:c}'.format(0x1F600)", "'{:x}'.format(True)", "'{:.3}'.format(True)", "'{:5}'.format(True)", "'{}'.format(True)", "'{:d}'.format(True)", "format(True, 'f')",
]:
    t(s)
