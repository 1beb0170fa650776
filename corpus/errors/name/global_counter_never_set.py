# A `global` declaration for a counter that was never initialised.
def record(event):
    global event_count
    event_count += 1
    print("event", event_count, event)

print("start logging")
record("boot")
