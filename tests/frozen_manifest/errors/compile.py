# error: mpy-cross rejects the module (line 2)
module("bad_syntax.py")
