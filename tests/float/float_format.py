# formatting floats with %-style and format()
x = 1234.56789
print('%f %.2f %.0f %e %.3e %g %.3g %G' % (x, x, x, x, x, x, x, x))
print('%10.2f|%-10.2f|%010.2f|%+.1f' % (x, x, x, x))
print('%.15g %.17g %.1g %.20f' % (0.1, 0.1, 0.1, 0.5))
print('%g %g %g %g %g' % (1e-4, 1e-5, 1e15, 1e16, 123456789.0))
print('%.2f %.2f %.2f %.2f' % (0.125, 0.375, 2.675, -0.005))
print('%.3f' % 1e10, '%.1f' % -0.04, '%f' % 1e-7, '%e' % 0.0)
print('{:.3f} {:e} {:g} {:%}'.format(2 / 3, 2 / 3, 2 / 3, 2 / 3))
print(str(1.0), str(10.0), str(1e5), str(-2.5e-6))
for p in range(0, 18, 3):
    print(p, '%.*f' % (p, 1 / 7), '%.*e' % (p, 1 / 7), '%.*g' % (p, 1 / 7))
