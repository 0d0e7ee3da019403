for z in [1 + 2j, -1.5j, 2 + 0j, complex(0, 0), complex(-0.0, 0.0), 1e20 + 1e-20j, complex(float("inf"), -1), complex(1, float("nan")), 0.1 + 0.2j]:
    print(repr(z), str(z), format(z, ""), format(z, ".2f"), format(z, "^24"), "{:+.1e}".format(z), "%s" % (z,), f"{z!r:>20}")
