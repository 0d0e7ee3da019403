# s + t may extend a buffer shared with s in place: every older string must keep its own text
# (aliasing cases: two appends to the same old string, appends to a non-newest string, s += s)

def chain(n, piece):
    s = ''
    olds = []
    for i in range(n):
        olds.append(s)
        s += piece
    return s, olds

s, olds = chain(200, 'ab')
print(len(s), all(olds[i] == 'ab' * i for i in range(200)))

# two appends to the same old string: both results are right, the old one unchanged
base = 'p' * 40
x = base + 'X'
y = base + 'Y'
print(base, x, y, len(base), len(x), len(y))
x2 = x + '1'
y2 = y + '2'
x3 = x + '3'     # x is no longer the newest of its buffer
print(x, x2, x3, y, y2)

# appending to the newest string, then to an older one, then to the newest again
a = 'q' * 30
b = a + 'bbb'
c = b + 'ccc'
d = b + 'ddd'
e = c + 'eee'
print(a, b, c, d, e, sep='\n')

# s += s and s = s + s reuse themselves as the right operand
t = 'r' * 25 + 'T'
t2 = t + 'u'
t2 += t2
print(t2, len(t2))
t3 = t2 + t2
print(t3 == t2 * 2, len(t3))

# slicing, indexing, iteration, comparisons of strings sharing a buffer
print(x[-1], y[-1], x2[-2:], y2[38:], c[29:], d[::-1][:4])
print(list(c[-7:]), c < d, d > c, b < c, c.startswith(b), d.find('ddd'), c.endswith('ccc'))
print(c.split('b'), d.replace('d', 'D'), e.count('e'), e.upper()[-6:])

# hashing: equal strings hash equal however they were built; both work as dict keys
built = ''
for ch in 'the quick brown fox jumps':
    built += ch
lit = 'the quick brown fox jumps'
print(hash(built) == hash(lit), built == lit, built is not lit or True)
dct = {built: 1, x: 2, x2: 3, x3: 4, y: 5}
print(dct[lit], dct['p' * 40 + 'X'], dct['p' * 40 + 'X1'], dct['p' * 40 + 'X3'], dct['p' * 40 + 'Y'])
print(sorted(dct.values()), len({b, c, d, e, 'q' * 30 + 'bbb'}))
st = set()
for v in olds[:60]:
    st.add(v + 'z')
print(len(st), ('ab' * 59 + 'z') in st)

# str -> bytes and back, non-ASCII text on top of ASCII
u = 'w' * 30
u1 = u + 'é'
u2 = u1 + '€'
u3 = u1 + 'ß'
print(u1.encode(), u2.encode('utf-8'), u3.encode())
print(len(u1), len(u2), len(u3), u2[-1], u3[-2:], u2[30:].encode())
print(bytes(u2, 'utf-8').decode() == u2, u2.isascii() if hasattr(u2, 'isascii') else False)

# numbers, formatting and evaluation from non-newest appended strings
num = '1' * 25
n1 = num + '2'
n2 = num + '3'
print(int(n1), int(n2), float(n1 + '.5'), int(n1, 16) > 0)
tmpl = '{}-{}' + ' ' * 20
tm1 = tmpl + '|'
tm2 = tmpl + '#'
print(tm1.format(1, 2), tm2.format(3, 4), (n1 + '%d') % 7)
code = 'v = 6 * 7' + ' ' * 20
c1 = code + '\n'
c2 = code + '#'
g = {}
exec(c1, g)
print(g['v'], eval('1 + 2' + ' ' * 25), eval(c2[4:9]))
name = 'u' * 1 + 'pper' + ' ' * 20
name2 = name + 'x'
print(getattr('abc', name.strip())(), hasattr('abc', name[:5]), hasattr('abc', name2))
