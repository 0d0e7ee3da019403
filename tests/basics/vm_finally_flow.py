# return/break/continue crossing nested try/finally, with and except blocks
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append('enter ' + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append('exit %s %s' % (self.name, t.__name__ if t else None))
        return self.suppress

def f1():
    for i in range(5):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                log.append('body %d' % i)
            finally:
                log.append('inner fin %d' % i)
        finally:
            log.append('outer fin %d' % i)
    return 'done'
print(f1(), log)
log.clear()

def f2():
    with CM('a'):
        for i in range(3):
            with CM('b'):
                if i == 1:
                    return i
    return -1
print(f2(), log)
log.clear()

def f3():
    try:
        return 'try'
    finally:
        log.append('finally runs')
print(f3(), log)
log.clear()

def f4():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(f4())

def f5():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return 'swallowed?'
try:
    print(f5())
except ValueError as e:
    print('escaped', e)

def f6():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            if i == 1:
                break
            continue
        finally:
            log.append('f6 fin %d' % i)
    return i
print(f6(), log)
log.clear()

def f7():
    try:
        try:
            raise ValueError('x')
        except ValueError:
            return 'from except'
        finally:
            log.append('f7 inner')
    finally:
        log.append('f7 outer')
print(f7(), log)
log.clear()

def f8():
    with CM('s', suppress=True):
        raise RuntimeError('hidden')
    return 'after suppressed'
print(f8(), log)
log.clear()

def f9():
    while True:
        with CM('w'):
            try:
                break
            finally:
                log.append('f9 fin')
    return 'out'
print(f9(), log)
log.clear()

def f10(n):
    total = 0
    i = 0
    while i < n:
        i += 1
        try:
            if i % 2:
                continue
            total += i
        finally:
            total += 100
    else:
        total += 1000
    return total
print(f10(5))

def f11():
    for x in [1, 2]:
        for y in [3, 4]:
            try:
                if y == 4:
                    break
            finally:
                log.append((x, y))
    return log
print(f11())
log.clear()

def f12():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError:
            pass
        log.append('still handling ' + repr(__import__('sys').exc_info()[1]))
    return 'ok'
print(f12(), log)
log.clear()
