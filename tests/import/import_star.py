# from module import *  (names starting with _ are excluded)
from mod_a import *
print(value, func(0), Thing.kind)
try:
    _private
except NameError:
    print('NameError _private')
