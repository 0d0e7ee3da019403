# helper for import_star_all.py: __all__ with an item that is not a str
__all__ = ["here", 5]
here = 1
