# An uncaught OSError from a file operation ends with MicroPython's line, which mpremote and
# pyboard.py look for: "OSError: [Errno 2] ENOENT".
print("before")
open("/nonexistent_dir_qq/file")
