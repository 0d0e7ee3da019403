# cmdline: -O
# -O strips assert statements and makes __debug__ False
assert False, "not stripped"
print(__debug__)
