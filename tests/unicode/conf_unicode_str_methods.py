# str methods on non-ASCII text: padding with wide fill characters, split/partition/strip,
# slicing, predicates and case mappings of several scripts, repr of non-printable characters
def t(s):
    try:
        r = eval(s)
        print(s, '->', ascii(r))
    except Exception as e:
        print(s, "!!", type(e).__name__, e)
for s in [
 "'héllo'.center(9, '€')", "'€'.ljust(3, 'é')", "'{:€^7}'.format('ab')", "'%5s|' % 'é€'", "'%-5s|' % '€'", "'%.2s' % 'é€x'", "f'{\"€\":>4}'", "'é€'.zfill(4)", "'a€b'.split('€')", "'a€b'.partition('€')", "'a€b€c'.rsplit('€', 1)", "'€€'.replace('€', 'e')", "'€a€'.strip('€')", "'a€b'.index('b')", "'a€b'.rindex('€')", "'a€b'[1]", "'a€b'[-1:]", "'a€b€c'[::2]", "'a€b€c'[::-1]", "'a€b'.encode()", "'€'.isalpha()", "'é'.isalpha()", "'é'.upper()", "'ÉCOLE'.lower()", "'é€'.isprintable()", "'\\u200b'.isprintable()", "'\\u00a0'.isspace()", "'\\u2003'.isspace()", "'\\u3000'.isspace()", "' \\u2003a\\u3000'.strip()", "'a\\u2003b'.split()", "'ς'.upper()", "'Σ'.lower()", "'ǅ'.isupper()", "'ǅ'.istitle()", "'Ǆ'.lower()", "'hello wörld'.title()", "'ÅNGSTRÖM'.casefold()", "'ﬀ'.isalpha()", "'Ⅻ'.isnumeric()", "'三'.isnumeric()", "'٣'.isdigit()", "'٣'.isdecimal()", "'①'.isdigit()", "'①'.isdecimal()", "'x²'.isalnum()", "'𝔘'.isalpha()", "'😀'.isprintable()", "'😀'.isalpha()", "len('😀')", "'😀'.encode()", "ord('😀')", "chr(128512)", "'a😀b'[1]", "'a😀b'.find('b')", "str(b'\\xf0\\x9f\\x98\\x80', 'utf8')", "'\\U0001F600' == '😀'", "repr('😀')", "repr('\\u0378')", "repr('\\x9f')", "repr('\\u00ad')", "repr('\\ufeff')", "repr('\\U000e0001')", "repr('\\u2029')", "'ab'.join('€€')", "sorted('bä€a')", "max('a€')", "'€' > 'z'", "'é'.encode('utf-8').decode('latin-1')", "'ǈ'.title()", "'ß'.title()", "'ßa'.capitalize()", "'ǆa'.capitalize()",
]:
    t(s)
