# cmdline: -OO
# -OO is optimisation level 2 (each O counts; -O<digit> sets the level)
import micropython

print(micropython.opt_level(), __debug__)
assert 0
print("assert skipped")
