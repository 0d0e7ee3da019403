# cmdline: -X heapsize=256k
# Files dropped without close() get their descriptors back when collected.
import os, gc
import mod_cleanup

def nfds():
    return len(os.listdir("/proc/self/fd"))

p = "tmp_file_final_%d.txt" % os.getpid()
try:
    with open(p, "w") as f:
        f.write("x" * 100)

    def leak(n):
        for i in range(n):
            f = open(p, "rb")
            f.read(1)
            f = None

    gc.collect()
    before = nfds()
    leak(50)
    gc.collect()
    gc.collect()
    print("after 50:", nfds() - before)

    # many more than the default fd limit (1024): only collection keeps this going
    leak(3000)
    gc.collect()
    gc.collect()
    print("after 3000:", nfds() - before)

    # a dropped directory iterator and socket are reclaimed too
    for i in range(10):
        it = iter(os.listdir("."))
    try:
        import socket
        for i in range(10):
            s = socket.socket()
        s = None
    except ImportError:
        pass
    gc.collect()
    gc.collect()
    print("at end:", nfds() - before)
    os.remove(p)
finally:
    mod_cleanup.rmtree(p)
