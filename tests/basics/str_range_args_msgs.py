# str/bytes methods: start/end beyond a machine word are clamped (CPython's slice-index rule),
# non-integer indices, and CPython's TypeError messages for strip/startswith/translate/format_map
def t(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)

for s in [
    "'abcabc'.find('c', 10**30)", "'abcabc'.find('c', -10**30)", "'abcabc'.rfind('c', 0, 10**40)",
    "'abcabc'.find('c', 0, -10**30)", "'abcabc'.count('c', -10**20, 10**20)", "'abcabc'.index('c', -2**64)",
    "'abc'.startswith('a', -10**30)", "'abc'.endswith('c', 0, 10**30)", "b'abcabc'.find(b'c', 10**30)",
    "b'abcabc'.rfind(99, -10**30)", "bytearray(b'abc').count(b'b', -10**30, 10**30)", "'abc'.find('c', True)",
    "'abc'.find('c', 1.0)", "'abc'.count('c', 'x')", "'abcabc'.rindex('x', 10**30)",
    "'abc'.strip(1)", "'abc'.lstrip(b'a')", "'abc'.rstrip([])", "b'abc'.strip('a')",
    "'abc'.startswith(1)", "'abc'.startswith(('a', 1))", "'abc'.endswith(['c'])", "b'abc'.startswith('a')",
    "b'abc'.endswith((b'c', 'c'))", "b'abc'.startswith(bytearray(b'ab'))",
    "'abc'.translate({97: 1.5})", "'abc'.translate({97: b'x'})", "'abc'.translate({97: 'xy', 98: None, 99: 100})",
    "'{}'.format_map({})", "'{0}'.format_map({'0': 1})", "'{a}{}'.format_map({'a': 1})", "'{a[0]}'.format_map({'a': 'xy'})",
]:
    t(s)
