# super() objects made explicitly (not only super().m()), also in classes made by a user
# metaclass; super(type, obj) checks obj; deleting a missing class attribute.
class Meta(type):
    def __call__(cls, *a):
        return super().__call__(*a)
class A(metaclass=Meta):
    @classmethod
    def make(cls):
        return 'A.make(%s)' % cls.__name__
    def __init__(self):
        print('A init')
class B(A):
    @classmethod
    def make(cls):
        s = super()
        return 'B>' + s.make()
    def __init__(self):
        sp = super()
        sp.__init__()
        print('B init')
print(B.make())
B()
print(super(B, B()).make())
class P:
    def m(self):
        return 'P.m'
class Q(P):
    def m(self):
        return 'Q>' + super(Q, self).m()
print(Q().m(), super(Q, Q()).m(), super(P, Q()).__class__.__name__)
for args in [(Q, 5), (Q, P()), (5, Q())]:
    try:
        super(*args)
    except TypeError:
        print('TypeError')
print(super(Q, Q).m(Q()))
class K:
    x = 1
try:
    del K.missing
except AttributeError as e:
    print('AttributeError', e)
del K.x
print(hasattr(K, 'x'))
