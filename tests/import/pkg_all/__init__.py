# helper package for import_star_all.py: __all__ names a submodule not imported yet
__all__ = ["sub_a", "value"]
value = 1
