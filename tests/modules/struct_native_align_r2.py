import struct
for fmt in ["bi", "bh", "bq", "bd", "hb", "ib", "bbi", "ci", "?q", "bI", "bL", "iq", "hhh", "bf"]:
    print(fmt, struct.calcsize(fmt), struct.calcsize("@" + fmt), struct.calcsize("=" + fmt), struct.calcsize("<" + fmt))
p = struct.pack("bi", 1, 2)
print(len(p), struct.unpack("bi", p), struct.unpack("=bi", struct.pack("=bi", 1, 2)))
print(struct.calcsize("P") in (4, 8), struct.calcsize("n") in (4, 8) if True else True)
