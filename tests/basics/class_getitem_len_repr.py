# __class_getitem__ (an implicit classmethod, inherited), __len__ beyond a word, and which
# special method a non-string result is blamed on
class A:
    def __class_getitem__(cls, k):
        return ('cg', cls.__name__, k)

class B(A):
    pass

class C:
    @classmethod
    def __class_getitem__(cls, k):
        return ('cm', cls.__name__, k)

print(A[int], B[1, 2], C['x'], A[A])
try:
    A()[0]
except TypeError:
    print('TypeError')

class Big:
    def __len__(self):
        return 2**70

class Neg:
    def __len__(self):
        return -1

for o in (Big(), Neg()):
    try:
        print(len(o))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)

class R:
    def __repr__(self):
        return 5

class S:
    def __str__(self):
        return 5

for f, o in ((repr, R()), (str, R()), (str, S())):
    try:
        f(o)
    except TypeError as e:
        print('TypeError', str(e)[:8])
