from . import pkg_value
mod_value = pkg_value + 1
