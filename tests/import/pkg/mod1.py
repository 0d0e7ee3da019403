from . import mod2
from .mod2 import helper
name = 'pkg.mod1'
def use():
    return helper() + '+' + mod2.NAME
