# Instances of user subclasses of the built-in types passed through builtins, operators,
# formatting, conversions and dict lookups (a str subclass of one character holds a qstr).
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class S(str): pass
class B(bytes): pass
class I(int): pass
class F(float): pass
class L(list): pass
class T(tuple): pass
class D(dict): pass
s, b, i, fl = S('ab'), B(b'ab'), I(5), F(2.5)
t(lambda: ('xab'.endswith(s), 'ab'.find(S('b')), ','.join([s, S('c')]), s.join(['1', '2']), 'ab' == s, s in 'xaby', 'a' in s))
t(lambda: (b'xab'.endswith(b), b.hex(), bytes(b), b + b'c', b'a' in b, len(b), b[0], list(b)))
t(lambda: ('%s|%r|%d|%x|%.1f' % (s, s, i, i, fl), f'{s}{i}{fl}', '{}{}'.format(s, i), format(i, '03d'), format(fl, '.2f')))
t(lambda: ([1, 2, 3][I(1)], 'abc'[I(2)], range(I(3)), list(range(10))[I(1):I(8):I(3)], 2 ** I(3), divmod(I(7), 2)))
t(lambda: (abs(I(-5)), -I(5), ~I(5), I(5) << 1, hash(I(5)) == hash(5), bool(I(0)), str(I(5)), repr(I(5))))
t(lambda: (int(S('12')), float(S('1.5')), int(B(b'7')), complex(S('1+2j')), int(fl), float(i)))
t(lambda: (sorted([I(3), 1, F(2.0)]), max(I(3), 4), sum([I(1), I(2)]), min(S('b'), 'a')))
t(lambda: (dict.fromkeys(S('ab')), list(S('ab')), tuple(B(b'ab')), set(S('aa'))))
t(lambda: (L([1]) + [2], [2] + L([1]), L([1]) * 2, L([3, 1]).sort(), sorted(L([3, 1])), len(L([1, 2])), L([1]) == [1]))
t(lambda: (T((1, 2)) + (3,), T((1,)) == (1,), hash(T((1,))) == hash((1,)), T((1, 2))[::-1], T((1, 2)).count(1)))
t(lambda: (D(a=1) | {'b': 2}, {**D(a=1)}, dict(D(a=1)), list(D(a=1).items()), D(a=1) == {'a': 1}, 'a' in D(a=1)))
t(lambda: ({S('a'): 1}['a'], {'a': 1}[S('a')], {I(1): 'x'}[1], {1: 'y'}[I(1)], {F(1.0): 'z'}[1]))
t(lambda: (isinstance(s, str), type(s + 'c').__name__, type(s * 2).__name__, type(s[0]).__name__, type(s.strip()).__name__, type(str(s)).__name__))
t(lambda: (type(i + 1).__name__, type(i * fl).__name__, type(fl + 1).__name__, type(abs(fl)).__name__, type(round(fl)).__name__))
import math
t(lambda: (math.sqrt(I(16)), math.floor(F(2.7)), math.gcd(I(12), I(8)), math.isnan(F(1.0))))
t(lambda: (S('%s-%s') % ('a', 'b'), S('{}').format(1), S('a,b').split(','), S('x').encode()))
t(lambda: (bytearray(B(b'ab')), memoryview(B(b'ab'))[0], B(b'a%db') % 5, B(b'x').decode()))
t(lambda: (chr(I(65)), ord(S('A')), bin(I(5)), hex(I(255)), oct(I(8)), I(5).bit_length(), I(255).to_bytes(1, 'big')))
import json
t(lambda: (json.dumps([S('a'), I(1), F(1.5), L([1]), D(a=T((1,)))]), json.dumps({S('k'): B(b'') if False else 1})))
class S1(str):
    pass
print(ord(S1('A')), hash(S1('A')) == hash('A'), {S1('A'): 1}['A'], int(S1('7')), float(S1('2')), complex(S1('3j')))
class SI(str):
    def __int__(self):
        return 99
print(int(SI('5')))
