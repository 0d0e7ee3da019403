from ..mod2 import NAME
from . import parent_attr
from .. import mod1
def info():
    return (NAME, parent_attr, mod1.name)
