# cmdline: -X heapsize=256k
# Open and close 10,000 files under a small heap: no descriptor may leak.
import os, gc
import mod_cleanup

def nfds():
    return len(os.listdir("/proc/self/fd"))

p = "tmp_file_many_%d.txt" % os.getpid()
try:
    with open(p, "w") as f:
        f.write("data\n" * 100)

    before = nfds()
    total = 0
    for i in range(10000):
        if i % 3 == 0:
            with open(p) as f:
                total += len(f.readline())
        elif i % 3 == 1:
            f = open(p, "rb")
            total += len(f.read(10))
            f.close()
        else:
            f = open(p, "a")
            f.close()
    after = nfds()
    print(total, before == after)
    os.remove(p)
finally:
    mod_cleanup.rmtree(p)
