# Comparing, printing and checking very deeply nested data must raise RuntimeError
# (RecursionError in CPython), never overflow the C stack.
N = 100000

def deep_list():
    x = []
    for i in range(N):
        x = [x]
    return x

def deep_tuple(leaf):
    x = leaf
    for i in range(N):
        x = (x,)
    return x

def deep_dict():
    x = {}
    for i in range(N):
        x = {1: x}
    return x

def check(name, f):
    try:
        f()
        print(name, 'no error')
    except RuntimeError:
        print(name, 'RuntimeError')

a, b = deep_list(), deep_list()
check('list ==', lambda: a == b)
check('list <', lambda: a < b)
check('list repr', lambda: repr(a))
check('list in', lambda: a in [b])
check('list index', lambda: [b].index(a))
a = b = None
a, b = deep_dict(), deep_dict()
check('dict ==', lambda: a == b)
check('dict repr', lambda: repr(a))
a = b = None
# isinstance recurses with small C frames: depending on the build it may reach the bottom
def check_no_crash(name, f):
    try:
        f()
    except RuntimeError:
        pass
    print(name, 'done')
t = deep_tuple(int)
check_no_crash('isinstance', lambda: isinstance(1, t))
check_no_crash('issubclass', lambda: issubclass(int, t))
t = None
