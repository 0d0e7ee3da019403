# error: inside an included manifest (its line 2)
include("missing_module.py")
