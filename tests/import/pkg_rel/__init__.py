# helper package for import_relative_levels.py
print("pkg_rel init", __name__)
