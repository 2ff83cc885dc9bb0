"""Plain Python that knows the meetings: templates, action-item rules, dates. No Qt, no SQL."""
