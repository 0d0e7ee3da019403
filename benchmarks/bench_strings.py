# string building, joining, splitting and formatting
def run(n):
    total = 0
    parts = []
    for i in range(n):
        s = 'item%d' % i
        t = '{}:{:>6}'.format(s, i * 3)
        u = f'{i:x}-{s}'
        parts.append(t)
        total += len(u) + len(t)
        if i % 100 == 0:
            joined = ','.join(parts)
            total += len(joined.split(','))
            total += joined.count('item1')
            parts = []
    s = ''
    for i in range(20000):
        s += chr(65 + i % 26)
    total += s.find('XYZ') + len(s.upper().lower().replace('a', 'bb'))
    words = ('alpha beta gamma delta ' * 5000).split()
    total += len(' '.join(sorted(set(words))))
    return total
print(run(400000))
