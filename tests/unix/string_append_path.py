# paths built by appending (strings sharing a growth buffer, whose bytes after their own end
# are not NUL) must reach open() and os.* as exactly their own text
import os
import mod_cleanup

d = "tmp_string_append_path_%d" % os.getpid() + "_" * 10
os.mkdir(d)
try:
    base = d + "/f"
    longer = base + "ile"      # base is no longer the newest string of its buffer
    other = base + "xyz"
    with open(longer, "w") as f:
        f.write("L")
    with open(base, "w") as f:
        f.write("B")
    with open(other + "", "w") as f:
        f.write("O")
    print(sorted(os.listdir(d)))
    print(open(base).read(), open(longer).read(), open(other).read())
    print(os.stat(base)[6], os.stat(longer)[6])
    try:
        os.stat(base + "nope")
    except OSError as e:
        print(type(e).__name__, e.errno)
    bpath = d.encode() + b"/fi"
    bl = bpath + b"le"
    print(open(bpath + b"le").read(), os.path.exists(bl) if hasattr(os, "path") else True)
    for name in (base, longer, other):
        os.remove(name)
    print(os.listdir(d))
finally:
    mod_cleanup.rmtree(d)
print(d in os.listdir("."))
