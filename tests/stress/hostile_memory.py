# cmdline: -X heapsize=64k
# Hostile growth under a 64 KiB heap: lists, strings, bytearrays, dicts, sets, big ints and
# nested structures grown until allocation fails; each failure is a MemoryError whose message
# names the size ("memory allocation failed, allocating N bytes"), and the interpreter goes on.
import gc


def check(name, f):
    try:
        f()
        print(name, 'no error')
    except MemoryError as e:
        gc.collect()    # what f() built is garbage now: make room for the message string
        msg = str(e)
        # the size is named when the heap can still hold the message; with nothing left the
        # preallocated MemoryError's plain text is used (which case happens depends on layout)
        ok = msg == 'memory allocation failed' or (
            msg.startswith('memory allocation failed, allocating ') and msg.endswith(' bytes'))
        print(name, 'MemoryError', ok or msg)
    gc.collect()


def grow_list():
    x = []
    while True:
        x.append(len(x))


def grow_str():
    s = 'ab'
    while True:
        s = s + s


def grow_str_join():
    parts = []
    while True:
        parts.append('x' * 50)
        ''.join(parts)


def grow_bytearray():
    b = bytearray()
    while True:
        b.extend(b'0123456789abcdef')


def grow_dict():
    d = {}
    i = 0
    while True:
        d[i] = i
        i += 1


def grow_set():
    s = set()
    i = 0
    while True:
        s.add(i * 7919)
        i += 1


def grow_int():
    n = 3
    while True:
        n = n * n


def grow_nested():
    x = None
    while True:
        x = [x, {'k': x}, (x,)]


def grow_big_alloc():
    return [0] * (1 << 40)


def grow_str_mul():
    return 'abc' * (1 << 40)


for name, f in (('list', grow_list), ('str', grow_str), ('join', grow_str_join),
                ('bytearray', grow_bytearray), ('dict', grow_dict), ('set', grow_set),
                ('int', grow_int), ('nested', grow_nested), ('huge list', grow_big_alloc),
                ('huge str', grow_str_mul)):
    check(name, f)
print('alive', sum(range(10)))
