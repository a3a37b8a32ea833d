"""Search backends for the hub: the database backend with stem-prefix matching, and settings helpers."""
