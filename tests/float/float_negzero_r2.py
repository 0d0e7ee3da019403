import math
z = -0.0
print(z, repr(z), str(z), z == 0.0, z == 0, z < 0, -z, abs(z), +z, z * -1, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * 0.0)
print(math.copysign(1, z), math.copysign(1, 0.0), math.copysign(1, -z), math.copysign(3, -0.0), 1 / float("inf"), -1 / float("inf"))
print("%f %e %g %.1f" % (z, z, z, z), format(z, ".2f"), "{:+}".format(z), f"{z:5}", round(z), round(z, 1), int(z), z.is_integer())
print(hash(z) == hash(0.0), {0.0: "a", z: "b"}, {z, 0.0}, [z].count(0.0), z in [0], max(z, 0.0), min(0.0, z))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), round(-0.4), -0.5 // 1, -0.0 % 5, 0.0 % -5, divmod(-0.0, 1), math.fmod(-0.0, 1))
print(float("-0"), float("-0.0e5"), -0.0 ** 2, (-0.0) ** 2, (-0.0) ** 3, math.sqrt(-0.0), complex(-0.0, -0.0), z.hex() if hasattr(z, "hex") else "-0x0.0p+0")
