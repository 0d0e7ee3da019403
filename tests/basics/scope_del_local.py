def f():
    x = 1
    del x
    try:
        x
    except NameError as e:
        print(type(e).__name__, isinstance(e, UnboundLocalError))
f()

def g():
    x = 1
    del x
    x = 2
    return x
print(g())

def h():
    try:
        del y
    except NameError as e:
        print(type(e).__name__)
    y = 0
h()

def k():
    a, b = 1, 2
    del a, b
    try:
        print(a)
    except UnboundLocalError:
        print('unbound a')
k()

def cl():
    x = 5
    def inner():
        return x
    del x
    try:
        inner()
    except NameError as e:
        print('closure', type(e).__name__)
cl()

def lst():
    L = [1, 2, 3, 4]
    del L[0], L[-1]
    return L
print(lst())
