# Table formatting: column widths, alignment, numbers, wrapping, __format__ on classes

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = "%d.%02d" % divmod(abs(self.cents), 100)
        if self.cents < 0:
            s = "(" + s + ")"
        return format(s, spec or '')
    def __str__(self):
        return format(self, '')

def render(headers, rows, aligns=None):
    cols = len(headers)
    aligns = aligns or ['<'] * cols
    cells = [[str(h) for h in headers]] + [[format(c, '') if not isinstance(c, float) else '%.2f' % c for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(cols)]
    sep = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
    out = [sep]
    for k, row in enumerate(cells):
        out.append('|' + '|'.join(' {:{a}{w}} '.format(c, a=aligns[i] if k else '^', w=widths[i]) for i, c in enumerate(row)) + '|')
        if k == 0:
            out.append(sep.replace('-', '='))
    out.append(sep)
    return '\n'.join(out)

rows = [
    ("Widget", 4, Money(1999), 0.15),
    ("Gadget extra long name", 12, Money(250), 0.0),
    ("Thing", 100, Money(-1234), 1.0),
    ("Ünïcode", 7, Money(5), 0.333),
]
print(render(["Item", "Qty", "Price", "Disc"], rows, ['<', '>', '>', '>']))
for name, qty, price, disc in rows:
    print(f"{name:.<25}{qty:>5d} {price:>10} {disc:>7.1%}")
print(f"{'':-^48}")
total = sum(q * p.cents for _, q, p, _ in rows)
print(f"{'TOTAL':<25}{'':>5} {Money(total):>10}")

nums = [0, 1, -1, 3.14159, -2.5e-5, 12345678.9, 1e21, float('inf'), -0.0]
for x in nums:
    print("|{:>12}|{:<12.3g}|{:^+12.2f}|{:12.3e}|".format(x, x, x, x))
for n in [0, 7, -42, 255, 65535, 2 ** 40, -2 ** 33]:
    print("|{0:>8d}|{0:<+8d}|{0:08x}|{0:#o}|{0:#b}|{0:,}|".format(n))
print("{:_}".format(10 ** 9), "{:>+010.3f}".format(3.5), "{:=+10d}".format(-42), "{:^10s}|".format("mid"))
print("%-10s|%10s|%-5d|%5.1f|%x|%X|%o|%c|%r|%%" % ("left", "right", 42, 2.345, 255, 255, 8, 65, "q"))
print("%(name)s is %(age)03d years" % {'name': 'Zed', 'age': 7})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))

def wrap(text, width):
    lines, cur = [], ''
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + ' ' + w if cur else w
    if cur:
        lines.append(cur)
    return lines

para = ("Formatting tables by hand requires measuring every column, choosing an alignment "
        "for each, and padding cells so that the separators line up exactly.")
for width in (20, 35):
    box = wrap(para, width)
    print('+' + '-' * (width + 2) + '+')
    for ln in box:
        print('| ' + ln.ljust(width) + ' |')
    print('+' + '-' * (width + 2) + '+')

matrix = [[i * j for j in range(1, 8)] for i in range(1, 8)]
print('    ' + ''.join('%4d' % j for j in range(1, 8)))
for i, row in enumerate(matrix, 1):
    print('%3d|' % i + ''.join('%4d' % v for v in row))
print(format(12.5, '08.2f'), format(-7, '+'), format('x', '*>4'), format(0.000123, '.2e'), format(123456, ',d'))
print(repr(format(3, '')), format(True, 'd'), format(2.0), format(1e16), format(1.5e-7), str(1e-5), repr(0.1 + 0.2))
print("{0}{1}{0}".format('ab', 'cd'), "{x[1]}-{y.real}".format(x=[5, 6], y=3 + 4j), "{:{}{}}".format('z', '>', 5))
