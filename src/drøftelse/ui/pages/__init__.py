"""One page per kind of step, each built from the template's step (no question text in code)."""
