vals = [0.0, -0.0, 1.0, 0.1, 1.5, 2.5, 123.456, 1e-7, 1.23e-5, 1e16, 1.5e17, 123456789.123, 1e300, 5e-324, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), str(v), "%s" % v, "%r" % v, "%f" % v, "%e" % v, "%g" % v, "%.3g" % v, "%10.2f|" % v, "%-10.1e|" % v, "%+g" % v)
    print(format(v), format(v, ""), format(v, "f"), format(v, ".2f"), format(v, "e"), format(v, ".0e"), format(v, "g"), format(v, ".10g"), format(v, "%"), format(v, ".1%"))
    print("{:G} {:E} {:F} {:n} {:,.2f} {:_.1f} {:012.3f} {: f} {:+.0f} {:#.0f} {:#g}".format(v, v, v, v, v, v, v, v, v, v, v))
