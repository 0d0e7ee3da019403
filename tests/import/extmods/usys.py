print("ERROR: usys from filesystem")
