# format specs for floats
vals = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123456, 1e20, 1.5e-10, 100.0]
for spec in ['', 'f', '.2f', '10.3f', '<10.1f', '^10.1f', '+.1f', ' .1f', '010.2f', 'e', '.3e', 'E', 'g', '.3g', 'G', '.10g', '%', '.1%', ',.2f', '_.1f', '12,.1f']:
    print(spec, [format(v, spec) for v in vals])
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(-0.5, '.0f'))
print(format(float('inf'), 'f'), format(float('-inf'), 'e'), format(float('nan'), 'g'), format(float('inf'), '>8'))
print(format(1e16, ''), format(1e15, 'g'), format(123.0, 'g'), format(1e-5, 'g'), format(0.0001, 'g'))
print(format(-0.0, ''), format(-0.0, 'f'), format(2.0, '#g'))
print('{:.3}'.format(3.14159), '{:.0e}'.format(12345.0), '{:10}|'.format(2.5), '{:<10}|'.format(2.5))
print(format(1234.5, 'n'), format(0.00001, 'n'))
