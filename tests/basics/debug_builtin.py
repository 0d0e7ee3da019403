# __debug__ is True without -O, and assert is active
print(__debug__)
try:
    assert 1 == 2, "active"
except AssertionError as e:
    print("AssertionError", e)
