# Sizes computed from huge user values never wrap: repetition, float precision, format fields,
# range lengths and slices near the machine-word limits.
import array


def t(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except (MemoryError, OverflowError, ValueError, IndexError) as e:
        print(name, type(e).__name__)


t('bytearray * 2**62', lambda: len(bytearray(b'ab') * 2**62))
t('bytes * 2**62', lambda: len(b'ab' * 2**62))
t('str * 2**62', lambda: len('ab' * 2**62))
t('list * 2**62', lambda: len([1, 2] * 2**62))
t('tuple * 2**62', lambda: len((1, 2) * 2**62))
t('array i * 2**62', lambda: len(array.array('i', [1]) * 2**62))
t('array d * 2**61', lambda: len(array.array('d', [1, 2]) * 2**61))


def imul(x, n):
    x *= n
    return len(x)


t('list *= 2**62', lambda: imul([1, 2], 2**62))
t('bytearray *= 2**62', lambda: imul(bytearray(b'ab'), 2**62))
t('array q *= 2**61', lambda: imul(array.array('q', [1, 2]), 2**61))
t('%.46g', lambda: '%.46g' % 1.5)
t('%.60e', lambda: len('%.60e' % 1.5))
t('%.500g', lambda: '%.500g' % 0.1 == format(0.1, '.500g'))
t('.50g', lambda: format(1 / 3, '.50g'))
t('%.30g', lambda: '%.30g' % 1e300)
t('field 2**64', lambda: '{18446744073709551616}'.format(1))
t('bytes(2**62)', lambda: len(bytes(2**62)))
t('ljust 2**62', lambda: len('a'.ljust(2**62)))

M = 2**62 - 1
r = range(-M - 1, M)
t('len', lambda: len(r))
t('len step 2', lambda: len(range(-M - 1, M, 2)))
t('len negative step', lambda: len(range(M, -M - 1, -1)))
t('index 2**62', lambda: r[2**62])
t('index -1', lambda: r[-1])
t('slice', lambda: r[::2])
t('slice big step', lambda: r[::M])
t('slice big negative step', lambda: r[1::-M])
t('reversed', lambda: next(reversed(r)))
t('reversed step', lambda: list(reversed(range(-M - 1, M, M))))
t('index()', lambda: r.index(M - 1))
t('contains', lambda: (M - 1) in r)
t('near max', lambda: list(range(M - 3, M)))
t('near min', lambda: list(range(-M - 1, -M + 2)))
t('down to min', lambda: list(range(-M + 1, -M - 2, -1)))
t('eq', lambda: range(0, M, M) == range(0, 1))
t('repr', lambda: range(-M - 1, M, M))
t('count', lambda: r.count(5))


def loop():
    s = []
    for i in range(-M - 1, M, M):
        s.append(i)
    for i in range(M - 1, -M - 2, -M):
        s.append(i)
    return s


t('for range', loop)
