# helper for import_star_all.py: __all__ with a name the module lacks
__all__ = ["here", "not_here"]
here = 1
