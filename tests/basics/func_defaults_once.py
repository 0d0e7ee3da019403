calls = []
def dflt():
    calls.append(1)
    return len(calls)
def f(a=dflt()):
    return a
print(f(), f(), len(calls))

def app(x, L=[]):
    L.append(x)
    return L
print(app(1), app(2), app(3, []), app(4))

def d2(x, D={}):
    D[x] = D.get(x, 0) + 1
    return D
d2('a'); d2('a'); d2('b')
print(sorted(d2('c').items()))

def none_default(x, L=None):
    if L is None:
        L = []
    L.append(x)
    return L
print(none_default(1), none_default(2))

n = 5
def late(a=n):
    return a
n = 6
print(late())

def kwd(*, k=[]):
    k.append(len(k))
    return k
print(kwd(), kwd())
