i = 0
while True:
    i += 1
    if i > 3: break
else:
    print('no')
print(i)
for i in []:
    pass
else:
    print('empty else')
print(1 if 0 else 2 if 0 else 3)
