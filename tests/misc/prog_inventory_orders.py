# Inventory + order processing: properties, class hierarchy, exceptions, reports sorted by keys

class OutOfStock(Exception):
    def __init__(self, sku, want, have):
        super().__init__(sku, want, have)
        self.sku, self.want, self.have = sku, want, have
    def __str__(self):
        return "%s: want %d, have %d" % (self.sku, self.want, self.have)

class UnknownSKU(KeyError):
    pass

class Item:
    def __init__(self, sku, name, price, qty, tags=()):
        self.sku, self.name, self._price, self.qty = sku, name, price, qty
        self.tags = set(tags)
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, v):
        if v <= 0:
            raise ValueError("price must be positive")
        self._price = v
    @property
    def value(self):
        return self._price * self.qty
    def __repr__(self):
        return "Item(%s, %d@%d)" % (self.sku, self.qty, self._price)

class PerishableItem(Item):
    def __init__(self, *a, days=3, **kw):
        super().__init__(*a, **kw)
        self.days = days
    @property
    def value(self):
        base = super().value
        return base // 2 if self.days <= 1 else base

class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        self.items[item.sku] = item
    def __getitem__(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownSKU(sku) from None
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: i.sku))
    def reserve(self, order):
        # all-or-nothing
        for sku, q in order:
            it = self[sku]
            if it.qty < q:
                raise OutOfStock(sku, q, it.qty)
        for sku, q in order:
            self[sku].qty -= q
        self.log.append(order)
    def total_value(self):
        return sum(i.value for i in self)
    def by_tag(self):
        tags = {}
        for it in self:
            for t in it.tags:
                tags.setdefault(t, []).append(it.sku)
        return {t: sorted(v) for t, v in sorted(tags.items())}

inv = Inventory()
inv.add(Item("A100", "bolt", 5, 1000, ["hw", "small"]))
inv.add(Item("A200", "nut", 3, 800, ["hw", "small"]))
inv.add(Item("B300", "drill", 4500, 4, ["tool"]))
inv.add(PerishableItem("C400", "glue", 250, 20, tags=["chem"], days=1))
inv.add(PerishableItem("C500", "paint", 900, 10, tags=["chem", "tool"]))
print(len(inv), list(inv), inv.total_value())
print(inv.by_tag())
orders = [
    [("A100", 100), ("A200", 100)],
    [("B300", 3)],
    [("B300", 2), ("A100", 1)],
    [("Z999", 1)],
    [("C400", 20), ("C500", 5)],
    [("C400", 1)],
]
for i, o in enumerate(orders, 1):
    try:
        inv.reserve(o)
        print("order %d ok" % i)
    except OutOfStock as e:
        print("order %d failed: %s (%r)" % (i, e, e.args))
    except UnknownSKU as e:
        print("order %d unknown sku %s, is KeyError: %s" % (i, e, isinstance(e, KeyError)))
print(list(inv), inv.total_value(), len(inv.log))
try:
    inv["A100"].price = 0
except ValueError as e:
    print("ValueError", e)
inv["A100"].price = 6
print(inv["A100"].value, inv["C500"].value, inv["C400"].value)
print("{:<6}{:<8}{:>8}{:>6}{:>10}".format("SKU", "name", "price", "qty", "value"))
for it in sorted(inv, key=lambda i: (-i.value, i.sku)):
    print("{0.sku:<6}{0.name:<8}{0.price:>8}{0.qty:>6}{0.value:>10}".format(it))
low = [it.sku for it in inv if it.qty < 10]
print("low stock:", low)
restock = {sku: 50 - inv[sku].qty for sku in low}
print(restock, sum(restock.values()))
