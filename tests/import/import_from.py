# from-import forms
from mod_a import value, func
from mod_a import Thing as T
print(value, func(10), T.kind)
from mod_b import doubled, call
print(doubled, call(1))
