# an extending os module: the built-in os plus one name
print("os from filesystem")
from uos import *

extra = 1
