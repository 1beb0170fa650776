# `del config` written where `del config["key"]` was meant.
config = {"debug": True, "port": 80}
print(config)
del config
print("removed debug flag")
print("port is", config["port"])
