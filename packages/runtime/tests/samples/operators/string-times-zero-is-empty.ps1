("-" * 0).Length
