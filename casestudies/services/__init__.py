"""Services for community examples: submit, review notifications, withdraw, collections."""
