# gc module: collect and enable/disable
import gc
print(gc.collect() is None or isinstance(gc.collect(), int))
gc.disable()
l = [[i] for i in range(1000)]
gc.enable()
print(gc.isenabled())
del l
gc.collect()
print('ok')
