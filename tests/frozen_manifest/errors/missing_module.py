# error: a missing file (line 2)
module("nope.py")
