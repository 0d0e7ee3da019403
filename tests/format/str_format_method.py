# str.format: numbering, attributes, indexing, conversions, nesting
print('{} {} {}'.format(1, 2, 3), '{2}{1}{0}'.format('a', 'b', 'c'), '{0}{0}'.format('x'))
print('{a}-{b}'.format(a=1, b='two'), '{0[1]}'.format([5, 6]), '{d[key]}'.format(d={'key': 'v'}))
print('{0.real} {0.imag}'.format(3+4j), '{x[0][1]}'.format(x=[[1, 2]]), '{0[0]}'.format('abc'))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>8}'.format('a'), '{!r}'.format([1, 'x']))
print('{:{w}.{p}f}|{:>{w}}'.format(3.14159, 'r', w=8, p=3), '{:{}{}}'.format(5, '>', 4))
print('{{}} {{{0}}} {{'.format(7), '}}{{')
print('{:,}'.format(1234567), '{:_x}'.format(0xdeadbeef), '{:08.3f}'.format(-3.14159))
print('{0:{1}}'.format('x', 5) + '|', '{:^{}}'.format('mid', 9) + '|')
class P:
    x = 10
    def __repr__(self):
        return 'P()'
print('{0.x} {0!r} {0}'.format(P()))
for tmpl, args, kw in [('{', (), {}), ('}', (), {}), ('{0', (1,), {}), ('{}{1}', (1, 2), {}), ('{1}{}', (1, 2), {}),
                       ('{5}', (1,), {}), ('{x}', (), {}), ('{!z}', (1,), {}), ('{0.}', (1,), {}), ('{0[}', (1,), {})]:
    try:
        print(tmpl.format(*args, **kw))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
