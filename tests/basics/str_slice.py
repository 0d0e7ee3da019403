# string indexing and slicing, including steps
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2], s[100:], s[-100:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(s[-1:-4:-1], s[:0:-1], s[0:10:4], s[::100], s[::-100])
print(s[3:3], s[10:], s[-0:], s[1:-1])
for step in (1, 2, 3, -1, -2, -3):
    print(step, s[::step], s[2:9:step], s[9:2:step])
try:
    s[10]
except IndexError:
    print('IndexError')
try:
    s[::0]
except ValueError:
    print('ValueError')
