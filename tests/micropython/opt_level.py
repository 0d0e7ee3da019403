# micropython.opt_level get/set
import micropython
lvl = micropython.opt_level()
print(type(lvl).__name__, lvl)
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(lvl)
print(micropython.opt_level() == lvl)
