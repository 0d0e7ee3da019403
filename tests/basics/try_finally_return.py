# return interactions with finally
def a():
    try:
        return 1
    finally:
        print('a finally')
print(a())
def b():
    try:
        return 1
    finally:
        return 2
print(b())
def c():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(c())
def d():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(d())
def e():
    for i in range(3):
        try:
            if i < 2:
                continue
            return i
        finally:
            print('e finally', i)
    return 'end'
print(e())
def f():
    try:
        try:
            return 'inner'
        finally:
            print('f inner finally')
    finally:
        print('f outer finally')
print(f())
def g(v):
    try:
        if v:
            raise KeyError
        return 'ok'
    except KeyError:
        return 'except'
    finally:
        print('g finally', v)
print(g(0), g(1))
