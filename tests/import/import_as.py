# import ... as ...
import mod_a as m
import mod_counter as c1, mod_counter as c2
print(m.value, c1 is c2, c1.bump(), c2.bump(), c1.count)
import pkg.mod2 as pm
print(pm.NAME)
