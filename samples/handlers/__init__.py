"""Example handlers, written the way users write them; each runs in the tests."""
