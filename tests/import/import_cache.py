# modules execute once and are cached in sys.modules
import sys
import mod_a
import mod_a
import mod_b
print('mod_a' in sys.modules, sys.modules['mod_a'] is mod_a, mod_b.mod_a is mod_a)
import mod_counter
mod_counter.bump()
import mod_counter as again
print(again.count, again is mod_counter)
del sys.modules['mod_counter']
import mod_counter
print(mod_counter.count, mod_counter is again)
