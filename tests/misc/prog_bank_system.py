# Bank system: classes, properties, exceptions, sorting, class methods

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, acct, need):
        super().__init__("account %s short by %d" % (acct, need))
        self.need = need

class AccountFrozen(BankError):
    pass

class Account:
    _next_id = 100
    rate = 0.02

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v

    @classmethod
    def open_many(cls, *owners):
        return [cls(o) for o in owners]

    @staticmethod
    def fmt(amount):
        sign = '-' if amount < 0 else ''
        amount = abs(amount)
        return "%s$%d.%02d" % (sign, amount // 100, amount % 100)

    def _check(self):
        if self.frozen:
            raise AccountFrozen("account %d frozen" % self.id)

    def deposit(self, amt):
        self._check()
        if amt <= 0:
            raise ValueError("bad amount")
        self.balance += amt
        self.history.append(('dep', amt))

    def withdraw(self, amt):
        self._check()
        if amt > self._balance:
            raise InsufficientFunds(self.id, amt - self._balance)
        self.balance -= amt
        self.history.append(('wd', amt))

    def interest(self):
        gain = int(self._balance * self.rate)
        self.deposit(gain) if gain > 0 else None
        return gain

    def __repr__(self):
        return "%s(%d, %r, %s)" % (type(self).__name__, self.id, self.owner, self.fmt(self._balance))

class Savings(Account):
    rate = 0.05
    def withdraw(self, amt):
        if len([h for h in self.history if h[0] == 'wd']) >= 2:
            raise BankError("withdrawal limit")
        super().withdraw(amt)

class Bank:
    def __init__(self):
        self.accounts = {}

    def add(self, acct):
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amt):
        a = self.accounts[src]
        b = self.accounts[dst]
        a.withdraw(amt)
        try:
            b.deposit(amt)
        except BankError:
            a.deposit(amt)
            raise

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def __iter__(self):
        return iter(sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)))

bank = Bank()
alice = bank.add(Account("alice", 5000))
bob = bank.add(Savings("bob", 12000))
for acct in Account.open_many("carol", "dave"):
    bank.add(acct)
carol = bank.accounts[102]
print(list(bank))
ops = [
    ('transfer', 100, 102, 1500),
    ('transfer', 101, 103, 2500),
    ('transfer', 102, 100, 9999),
    ('freeze', 103),
    ('transfer', 100, 103, 100),
    ('transfer', 101, 100, 100),
    ('transfer', 101, 100, 100),
    ('deposit', 100, -5),
    ('transfer', 555, 100, 1),
]
for op in ops:
    try:
        if op[0] == 'transfer':
            bank.transfer(*op[1:])
            print("ok", op)
        elif op[0] == 'freeze':
            bank.accounts[op[1]].frozen = True
            print("frozen", op[1])
        elif op[0] == 'deposit':
            bank.accounts[op[1]].deposit(op[2])
    except InsufficientFunds as e:
        print("insufficient:", e, e.need)
    except AccountFrozen as e:
        print("frozen:", e)
    except BankError as e:
        print("bank error:", e, type(e).__name__)
    except KeyError as e:
        print("no such account", e)
    except ValueError as e:
        print("value error", e)
print("total", Account.fmt(bank.total()))
bank.accounts[103].frozen = False
for a in bank:
    print(a, "interest", Account.fmt(a.interest()), a.history)
try:
    alice.balance = -1
except ValueError as e:
    print("setter:", e)
print(Account.fmt(-1234), Account.fmt(5), Savings.rate, alice.rate)
print(isinstance(bob, Account), issubclass(Savings, Account), type(bob).__mro__[1].__name__)
ranked = sorted(bank, key=lambda a: a.owner, reverse=True)
print([a.owner for a in ranked])
print("%-8s|%10s|%5s" % ("owner", "balance", "ops"))
for a in sorted(bank.accounts.values(), key=lambda a: len(a.history)):
    print("%-8s|%10s|%5d" % (a.owner, Account.fmt(a.balance), len(a.history)))
