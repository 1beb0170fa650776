# AttributeError: a classmethod reads a class attribute that was never created.
class Plugin:
    count = 0
    @classmethod
    def create(cls, name):
        cls.count += 1
        return name + str(cls.count)
    @classmethod
    def all_names(cls):
        return cls.registry

print(Plugin.create("p"), Plugin.create("q"))
print(Plugin.count)
print(Plugin.all_names())
