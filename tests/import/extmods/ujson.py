print("ERROR: ujson from filesystem")
