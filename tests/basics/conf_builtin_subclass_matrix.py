# Instances of subclasses of every built-in type through the builtins, operators and
# containers: results and exception types as CPython; reprs that name the type use the subclass.
class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class I(int): pass
class F(float): pass
class T(tuple): pass
class FS(frozenset): pass
class L(list): pass
class D(dict): pass
class C(complex): pass
vals = [S(''), S('a'), S('abc'), S('é'), B(b''), B(b'x'), BA(b'xy'), I(0), I(7), I(2**70), F(1.5), T(()), T((1,)), FS(), FS([1]), L([1]), D(a=1), C(1j)]
import json, struct
fns = ['len', 'str', 'repr', 'bool', 'list', 'tuple', 'sorted', 'int', 'float', 'abs', 'bytes', 'bytearray', 'set', 'min', 'max', 'sum', 'any', 'all', 'enumerate', 'hex', 'chr', 'round', 'format', 'ascii', 'memoryview', 'dict.fromkeys', 'json.dumps', "getattr(1, *[_x, None][:1]) if False else _x", 'divmod(_x, 1) if False else _x']
for v in vals:
    row = []
    for fn in fns:
        try:
            if fn.startswith('getattr') or fn.startswith('divmod'):
                r = eval(fn, {'_x': v})
            else:
                r = eval(fn)(v)
            if fn in ('enumerate', 'memoryview'):
                r = type(r).__name__
            s = repr(r)
            if isinstance(r, (set, frozenset)):
                s = repr(sorted(r))
            row.append(s[:20])
        except Exception as e:
            row.append(type(e).__name__)
    print(type(v).__name__, repr(v)[:10], row)
for v in vals:
    row = []
    for op in ['+', '*', '%', '==', '<', 'in', '&', '|']:
        for other in ["''", "'a'", 'b"a"', '1', '2.0', '()', '[]', '{}', 'frozenset()']:
            try:
                r = eval('v %s %s' % (op, other), {'v': v})
                row.append(repr(r)[:8])
            except Exception as e:
                row.append(type(e).__name__[:4])
    print(type(v).__name__, ' '.join(row))
d = {}
for v in vals:
    try:
        d[v] = 1
    except TypeError:
        pass
print(len(d))
for v in [S('k'), S('')]:
    print(getattr(type('X', (), {'k': 1, '': 2}), v, 'missing'), hasattr(1, v), (lambda **k: k)(**{v: 1}) if v else '')
print(struct.pack(S('<i'), I(3)), json.loads(S('[1]')), S('a').join([S('x'), 'y']), S('%s') % S('z'), '{}'.format(S('q')))

class MS(set):
    pass
print(repr(MS()), repr(MS([1])), str(MS([2])), repr(FS([3])), repr(BA()), [MS([1])], {'k': BA(b'q')})
for v in [S('a'), S('xyz')]:
    print(ord(v[0]), hash(v) == hash(str(v)))
