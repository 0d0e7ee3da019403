# btree: keys/values/items over sub-ranges, INCL and DESC, and iterators that outlive changes.
import btree
import io

db = btree.open(io.BytesIO())
for i in range(10):
    db[b"k%d" % i] = b"v%d" % i
print(btree.INCL, btree.DESC)
print(list(db.keys(b"k3")))
print(list(db.keys(b"k3", b"k6")))
print(list(db.keys(b"k3", b"k6", btree.INCL)))
print(list(db.keys(None, b"k2")))
print(list(db.keys(None, None, btree.DESC)))
print(list(db.keys(b"k6", b"k3", btree.DESC)))
print(list(db.keys(b"k6", b"k3", btree.DESC | btree.INCL)))
print(list(db.values(b"k55", b"k8")))       # start between keys
print(list(db.keys(b"k55", None, btree.DESC)))  # descending from between keys: k5 first
print(list(db.items(b"k8")))
print(list(db.keys(b"z")), list(db.keys(b"z", None, btree.DESC))[:2])
print(list(db.keys(b"a", None, btree.DESC)), list(db.keys(b"k5", b"k5")), list(db.keys(b"k5", b"k5", btree.INCL)))

# prefix order: a shorter key sorts first
db2 = btree.open(io.BytesIO())
for k in (b"ab", b"a", b"abc", b"b", b"", b"a\x00"):
    db2[k] = k
print(list(db2))
db2.close()

# an iterator survives deletes and inserts under it
it = db.keys()
print(next(it), next(it))
del db[b"k2"]
db[b"k11"] = b"x"
print(list(it))
it = db.keys(None, None, btree.DESC)
print(next(it))
del db[b"k8"]
print(next(it), next(it))
db.close()
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
