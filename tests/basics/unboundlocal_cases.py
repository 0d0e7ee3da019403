x = 1
def f():
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, isinstance(e, NameError))
    x = 2
f()
def g():
    if False:
        y = 1
    try:
        return y
    except UnboundLocalError:
        return "unbound"
print(g())
print(issubclass(UnboundLocalError, NameError))
def h():
    del_me = 1
    del del_me
    try:
        del_me
    except NameError:
        print("NameError after del")
h()
def outer():
    v = 1
    def inner():
        return v
    v = 2
    return inner()
print(outer())
try:
    never_defined
except NameError:
    print("NameError")
