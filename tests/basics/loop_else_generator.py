# for/else with generators and early exit
def first_match(pred, it):
    for x in it:
        if pred(x):
            return x
    else:
        return None
print(first_match(lambda v: v > 3, range(10)), first_match(lambda v: v > 30, range(10)))
def gen():
    for i in range(5):
        yield i
    print('gen exhausted')
for x in gen():
    pass
else:
    print('loop else after exhausted gen')
found = None
for a in range(2, 20):
    for b in range(2, a):
        if a % b == 0:
            break
    else:
        found = a
print(found)
