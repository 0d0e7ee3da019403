# an exception raised while importing propagates; module not left half-imported
import sys
try:
    import mod_raises
except ValueError as e:
    print('ValueError', e.args)
print('mod_raises' in sys.modules)
try:
    import mod_raises
except ValueError:
    print('ValueError again')
