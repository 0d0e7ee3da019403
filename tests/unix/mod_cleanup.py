# Helper for tests/unix: remove a test's temporary file or directory tree, even after a failure.
import os


def rmtree(path):
    try:
        mode = os.stat(path)[0]
    except OSError:
        return
    if mode & 0o170000 == 0o040000:
        for name in os.listdir(path):
            rmtree(path + "/" + name)
        os.rmdir(path)
    else:
        os.remove(path)
