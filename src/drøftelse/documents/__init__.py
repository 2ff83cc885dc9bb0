"""What the product writes and reads: the handleplan PDF and CSV. Takes snapshots, never a database session."""
