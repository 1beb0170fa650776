# A state machine keyed by (state, event) meets an unhandled transition.
transitions = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
}
state = "idle"
for event in ["start", "pause", "resume", "stop", "resume"]:
    new = transitions[(state, event)]
    print(f"{state:>8} --{event}--> {new}")
    state = new
