# class-based simulation with exceptions and properties
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    @property
    def balance(self):
        return self._balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError('bad amount')
        self._balance += amt
        self.history.append(('dep', amt))
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(self.owner, amt, self._balance)
        self._balance -= amt
        self.history.append(('wd', amt))
    def __repr__(self):
        return 'Account(%d, %r, %d)' % (self.id, self.owner, self._balance)
class Savings(Account):
    rate = 3
    def add_interest(self):
        self.deposit(self._balance * self.rate // 100)
def transfer(a, b, amt):
    a.withdraw(amt)
    b.deposit(amt)
x = Account('ann', 100)
y = Savings('bob', 1000)
transfer(x, y, 40)
y.add_interest()
print(x, y)
try:
    transfer(x, y, 1000)
except InsufficientFunds as e:
    print('failed:', e.args)
try:
    x.deposit(-5)
except ValueError:
    print('bad deposit rejected')
print(x.history, y.history)
print(sorted([y, x], key=lambda a: a.balance))
