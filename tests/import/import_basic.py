# import a module and use its attributes
import mod_a
print(mod_a.value, mod_a.func(1), mod_a.Thing.kind, mod_a._private)
print(mod_a.__name__, type(mod_a).__name__)
