class C:
    def __dir__(self): return ['b', 'a']
print(dir(C()))
