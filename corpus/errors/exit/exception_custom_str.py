# An uncaught exception whose class defines __str__: its str() ends the traceback.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return "missing key " + repr(self.key)


try:
    raise ConfigError("port")
except ConfigError as e:
    print("caught:", e)
raise ConfigError("host")
