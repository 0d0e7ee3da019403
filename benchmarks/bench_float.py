# float arithmetic: polynomial evaluation, Newton's square roots, a Mandelbrot grid
def run():
    acc = 0.0
    for i in range(150000):
        x = i * 0.001
        acc += ((0.5 * x - 1.25) * x + 3.0) * x - 0.75
    for i in range(1, 30000):
        a = float(i)
        g = a / 2.0
        for _ in range(6):
            g = 0.5 * (g + a / g)
        acc += g
    inside = 0
    for yi in range(60):
        ci = -1.2 + yi * 0.04
        for xi in range(80):
            cr = -2.0 + xi * 0.03
            zr = zi = 0.0
            n = 0
            while n < 50 and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            inside += n == 50
    return acc, inside
acc, inside = run()
print('%.6e' % acc, inside)
