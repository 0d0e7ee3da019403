print("%d %i %u" % (1, -2, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (1.5, 2.345, 3.14159, 2.5, 12345.6789, 0.000123, 1e-10, 1e20))
print("%s %r %a" % ("s", "r", "a") if False else "%s %r" % ("s", "r"))
print("%c%c" % (65, "b"), "%%", "%5s|%-5s|%.2s" % ("ab", "cd", "xyz"))
print("%(a)s-%(b)d" % {"a": "A", "b": 2}, "%(x)r" % {"x": [1]})
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%d" % 3.99, "%x" % 2**70)
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%d%%" % 50, "%s %s" % ("a", None), "%5.1s|" % "xyz")
for fmt, args in (("%d", "a"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", "ab")):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__)
print(b"%s|%d|%x|%c" % (b"by", 5, 255, 65), b"%5s" % b"a")
