metadata(version="0.1", description="a local library")
module("frzlib.py")
