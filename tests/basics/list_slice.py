# list slicing
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::3], l[::-1], l[7:2:-2], l[-2:-8:-3], l[5:5], l[8:2])
print(l[-100:100], l[100:], l[:-100])
c = l[:]
c[0] = 'x'
print(l[0], c[0])
for start in (None, 0, 3, -3):
    for stop in (None, 5, -2):
        for step in (None, 1, 2, -1, -2):
            print(start, stop, step, l[start:stop:step])
