# bytes() of an object that is neither a count, a buffer nor iterable: CPython's TypeError;
# iterables of every kind work
for a in (None, 1.5, object(), [1], (x for x in [2]), range(2), {3: 0}, {4}, iter([5]), b'x', bytearray(b'y'), 2):
    try:
        print(bytes(a))
    except TypeError as e:
        print(e)
