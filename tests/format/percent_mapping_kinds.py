# str % args: any subscriptable non-tuple (but the format's own kind) is the mapping of %(key)s
# fields and exempt from 'not all arguments converted', as CPython
def t(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as e:
        print(s, "!!", type(e).__name__, e)
for s in ["'abc' % []", "'abc' % b''", "'abc' % 5", "'abc' % ()", "'%s' % [1]", "'%s %s' % [1, 2]", "'%s' % b'x'", "'%(0)s' % ['a']", "'abc' % 'x'", "'%s' % 'x'", "'abc' % range(3)", "'%s' % range(2)", "b'abc' % b'x'", "b'abc' % 'x'", "b'abc' % [1]", "b'%s' % b'x'", "b'abc' % bytearray()", "'%d' % [5]", "'%(a)s' % 5", "'abc' % {}", "'abc' % {'a': 1}", "'%s' % {}", "'abc' % memoryview(b'')", "'abc' % 1.5", "'abc' % None"]:
    t(s)
for s in ["'abc' % bytearray()", "'%s' % bytearray(b'x')", "b'%s' % bytearray(b'q')"]: t(s)
