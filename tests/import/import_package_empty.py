# package with an empty __init__.py
import pkg2.leaf
print(pkg2.leaf.x)
from pkg2 import leaf
print(leaf is pkg2.leaf)
from pkg2.leaf import x
print(x)
