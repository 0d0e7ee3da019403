# == and != with a subclass on the right: its __eq__/__ne__ is asked first (CPython's rule for
# reflected comparisons), for subclasses of built-in and user classes
class A(int):
    def __eq__(s, o): return 'eq'
    __hash__ = int.__hash__
print(A(1) == 1, 1 == A(1), 1 != A(1), A(1) != 1)
class B(int):
    pass
print(1 == B(1), B(2) == 2, 1 != B(1), [B(1)] == [1])
class S(str):
    def __eq__(s, o): return 'S.eq'
    def __ne__(s, o): return 'S.ne'
    __hash__ = str.__hash__
print('a' == S('a'), 'a' != S('a'), S('a') == 'a')
class L(list):
    def __eq__(s, o): return ('L', len(o))
print([1] == L([1]), L() == [1, 2])
class P:
    def __eq__(s, o): return 'P'
class Q(P):
    def __eq__(s, o): return 'Q'
print(P() == Q(), Q() == P(), P() == P())
