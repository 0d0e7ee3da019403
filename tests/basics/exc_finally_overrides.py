def f(n):
    for i in range(3):
        try:
            if i == n:
                raise ValueError(i)
        finally:
            if i == 1:
                break
    return 'loop done i=%d' % i
print(f(1), f(5))
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(g())
def h():
    try:
        try:
            raise KeyError('a')
        finally:
            raise IndexError('b')
    except IndexError as e:
        return 'caught ' + repr(e) + ' ctx ' + repr(e.__context__)
print(h())
def k():
    try:
        return 'try'
    finally:
        try:
            raise ValueError
        except ValueError:
            pass
print(k())
def m():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    continue
                out.append('body%d' % i)
            finally:
                out.append('inner%d' % i)
        finally:
            out.append('outer%d' % i)
    return out
print(m())
def nested_return():
    try:
        try:
            return 1
        finally:
            return 2
    finally:
        print('outermost')
print(nested_return())
