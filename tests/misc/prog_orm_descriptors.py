# Mini ORM: descriptors with validation, __set_name__, class registry via __init_subclass__,
# __getattr__ fallbacks, query builder with chaining

class ValidationError(Exception):
    pass

class Field:
    def __init__(self, kind, default=None, required=False):
        self.kind = kind
        self.default = default
        self.required = required
        self.name = None
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj._data.get(self.name, self.default)
    def __set__(self, obj, value):
        if value is not None and not isinstance(value, self.kind):
            raise ValidationError("%s.%s expects %s, got %s" % (type(obj).__name__, self.name, self.kind.__name__, type(value).__name__))
        self.validate(value)
        obj._data[self.name] = value
    def validate(self, value):
        pass

class IntField(Field):
    def __init__(self, lo=None, hi=None, **kw):
        super().__init__(int, **kw)
        self.lo, self.hi = lo, hi
    def validate(self, v):
        if v is None:
            return
        if self.lo is not None and v < self.lo:
            raise ValidationError("%s below %d" % (self.name, self.lo))
        if self.hi is not None and v > self.hi:
            raise ValidationError("%s above %d" % (self.name, self.hi))

class StrField(Field):
    def __init__(self, maxlen=20, **kw):
        super().__init__(str, **kw)
        self.maxlen = maxlen
    def validate(self, v):
        if v is not None and len(v) > self.maxlen:
            raise ValidationError("%s too long (%d > %d)" % (self.name, len(v), self.maxlen))

class Model:
    registry = {}
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + 's'
        cls.fields = [k for k, v in cls.__dict__.items() if isinstance(v, Field)]
        Model.registry[cls.table] = cls
        cls.rows = []
    def __init__(self, **kw):
        self._data = {}
        for f in self.fields:
            fld = type(self).__dict__[f]
            if f in kw:
                setattr(self, f, kw.pop(f))
            elif fld.required:
                raise ValidationError("missing required field " + f)
        if kw:
            raise TypeError("unknown fields: " + ", ".join(sorted(kw)))
    def save(self):
        type(self).rows.append(self)
        self.id = len(type(self).rows)
        return self
    def __getattr__(self, name):
        if name.startswith('get_'):
            field = name[4:]
            return lambda: getattr(self, field)
        raise AttributeError("%s has no attribute %s" % (type(self).__name__, name))
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in self.fields))
    @classmethod
    def query(cls):
        return Query(cls)

class Query:
    def __init__(self, model, filters=(), order=None, limit=None):
        self.model, self.filters, self.order, self.lim = model, filters, order, limit
    def where(self, **conds):
        return Query(self.model, self.filters + tuple(sorted(conds.items())), self.order, self.lim)
    def order_by(self, key):
        return Query(self.model, self.filters, key, self.lim)
    def limit(self, n):
        return Query(self.model, self.filters, self.order, n)
    def _match(self, row):
        for k, v in self.filters:
            name, _, op = k.partition('__')
            val = getattr(row, name)
            if op == '' and val != v: return False
            if op == 'gt' and not (val is not None and val > v): return False
            if op == 'lt' and not (val is not None and val < v): return False
            if op == 'in' and val not in v: return False
            if op == 'startswith' and not (val or '').startswith(v): return False
        return True
    def __iter__(self):
        rows = [r for r in self.model.rows if self._match(r)]
        if self.order:
            desc = self.order.startswith('-')
            key = self.order.lstrip('-')
            rows.sort(key=lambda r: getattr(r, key), reverse=desc)
        if self.lim is not None:
            rows = rows[:self.lim]
        return iter(rows)
    def count(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return "<Query %s where=%r order=%r limit=%r>" % (self.model.table, self.filters, self.order, self.lim)

class User(Model):
    name = StrField(maxlen=8, required=True)
    age = IntField(lo=0, hi=150, default=0)
    city = StrField(default='?')

class Product(Model, table='catalog'):
    title = StrField(maxlen=30, required=True)
    price = IntField(lo=0)

print(sorted(Model.registry), User.table, Product.table, User.fields, Product.fields)
print(type(User.name).__name__, User.name.name, User.age.hi)
for kw in [dict(name='ann', age=31, city='Oslo'), dict(name='bob', age=17), dict(name='cy', age=45, city='Rome'),
           dict(name='dora', age=31, city='Oslo'), dict(name='ed', age=62, city='Rome'),
           dict(name='waytoolongname'), dict(age=5), dict(name='x', age=-1), dict(name='y', age='old'),
           dict(name='z', zip=123)]:
    try:
        print("saved", User(**kw).save())
    except ValidationError as e:
        print("ValidationError:", e)
    except TypeError as e:
        print("TypeError:", e)
Product(title='lamp', price=40).save()
Product(title='desk', price=250).save()
q = User.query().where(age__gt=20).order_by('-age')
print(q)
print([u.name for u in q], q.count())
print([u.name for u in User.query().where(city='Oslo').order_by('name')])
print([u.name for u in User.query().where(city__in=('Rome', '?')).limit(2)])
print([u.name for u in User.query().where(age__lt=40, name__startswith='d')])
print([(p.title, p.price) for p in Product.query().order_by('price')])
u = User.rows[0]
print(u.get_name(), u.get_age(), u.id)
try:
    u.missing
except AttributeError as e:
    print("AttributeError:", e)
u.age = 32
print(u, hasattr(u, 'nothing'), getattr(u, 'nothing', 'dflt'))
try:
    u.age = 200
except ValidationError as e:
    print("ValidationError:", e, "| age still", u.age)
