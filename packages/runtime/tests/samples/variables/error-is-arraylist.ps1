$Error.GetType().Name
