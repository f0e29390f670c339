"Name: $("inner $(1 + 1)")"
