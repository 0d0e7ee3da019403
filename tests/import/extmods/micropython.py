print("ERROR: micropython from filesystem")
