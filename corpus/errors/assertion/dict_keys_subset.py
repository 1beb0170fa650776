# Validates that a config dict has all required keys; the message lists the missing ones.
required = ["host", "port", "user", "timeout"]
configs = [
    {"host": "a", "port": 1, "user": "x", "timeout": 5},
    {"host": "b", "port": 2, "user": "y", "timeout": 9, "debug": True},
    {"host": "c", "user": "z"},
]
for i, cfg in enumerate(configs):
    missing = [k for k in required if k not in cfg]
    print(i, cfg["host"], len(cfg))
    assert not missing, f"config {i} missing: {', '.join(missing)}"
