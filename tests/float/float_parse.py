# parsing floats from literals and strings
print(1.5, .5, 5., 1e3, 1E3, 1e+3, 1e-3, 1_000.5, 0.000_1)
print(float('1.5'), float('  -2.25  '), float('1e-3'), float('.5e2'))
print(float('0.1'), float('0.30000000000000004'), float('1.7976931348623157e308'), float('4.9e-324'))
print(float('123456789012345678901234567890'), float('1e400'), float('-1e400'), float('1e-400'))
print(float('2.2250738585072014e-308'), float('0.1e1'), float('100e-2'))
for s in ('', 'abc', '1.2.3', '1e', 'e5', '--1', '1 2', '0x10'):
    try:
        float(s)
        print('no error', repr(s))
    except ValueError:
        print('ValueError', repr(s))
print(float('3.14159265358979323846264338327950288'))
