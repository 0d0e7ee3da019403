# CPython's messages for a non-integer where an index is needed, abs() of a non-number, and a
# sequence repeated by a non-int
for f in (lambda: hex(1.0), lambda: bin('a'), lambda: oct([]), lambda: 'ab' * 2.0,
          lambda: abs('a'), lambda: abs([]), lambda: -'a', lambda: ~1.5, lambda: range(1.5), lambda: [1] * 1.5, lambda: 2.5 * (1,), lambda: b'x' * None):
    try:
        f()
    except TypeError as e:
        print(e)
