# Operations that run without heap allocation while the heap is locked; what truly needs memory
# raises MemoryError (and the heap works again after heap_unlock).
import micropython


def run(name, f):
    micropython.heap_lock()
    try:
        r = f()
        ok = True
    except MemoryError:
        ok = False
    micropython.heap_unlock()
    print(name, 'ok' if ok else 'MemoryError', r if ok else '')


def for_range():
    s = 0
    for i in range(10):
        s += i
    for i in range(10, 0, -3):
        s += i
    for i in range(2, 5):
        if i == 4:
            break
        s += i
    return s


tup = (1, 2, 0)
lst = [3, 4, 5]
run('for range', for_range)
run('all tuple', lambda: all(tup))
run('any tuple', lambda: any(tup))
run('all list', lambda: all(lst))
run('sum/min/max', lambda: sum(tup) + min(lst) + max(lst))
run('int.from_bytes', lambda: int.from_bytes(b'\x01\x02', 'little') + int.from_bytes(b'\xff', 'big'))

ba = bytearray(b'abcdef')


def ba_slice():
    ba[1:3] = b'XY'
    ba[4:6] = b'ZZ'


run('bytearray slice assign', ba_slice)
print(ba)
empty = b''
one = b'1'
run('bytes concat with empty', lambda: (empty + one) is one and (one + empty) is one)


class A:
    def m(self, x):
        return x + 1


class B(A):
    def m(self, x):
        return super().m(x) * 2


b = B()
run('super().method()', lambda: b.m(1))

pre = ValueError('pre-made')


def raise_pre():
    try:
        raise pre
    except ValueError as e:
        return e is pre


run('raise pre-made', raise_pre)


def sub_gen(a):
    for i in range(a):
        yield i


def gen(g):
    yield from g


g = gen(sub_gen(4))
run('yield from', lambda: next(g))
run('yield from', lambda: next(g))

run('new list', lambda: [1, 2, 3])
run('list concat', lambda: lst + lst)
run('int from_bytes big', lambda: int.from_bytes(b'\x01' * 20, 'big'))
print([1, 2] + [3])
