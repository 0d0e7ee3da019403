# sys.path[0] is the script's directory made absolute (realpath), so a module imported from
# beside the script has an absolute __file__, as in CPython and MicroPython
import os
import sys
import mod_a

here = os.getcwd()
print(sys.path[0] == here, sys.path[0].startswith("/"))
print(mod_a.__file__ == here + "/mod_a.py")
