# AttributeError: a chained builder method forgot to return self.
class Query:
    def __init__(self):
        self.parts = []
    def select(self, col):
        self.parts.append("SELECT " + col)
        return self
    def table(self, name):
        self.parts.append("FROM " + name)
    def where(self, cond):
        self.parts.append("WHERE " + cond)
        return self

q = Query().select("id")
print(q.parts)
q.table("users")
print(" ".join(q.parts))
Query().select("name").table("pets").where("age > 2")
