# helper module that imports another helper
import mod_a
from mod_a import func
doubled = mod_a.value * 2
def call(x):
    return func(x) * 2
