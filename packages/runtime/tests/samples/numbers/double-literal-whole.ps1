# A real literal is a Double even when its value is whole; it displays without a fraction.
(2.0).GetType().Name
2.0
(1e3).GetType().Name
1e3
(-2.0).GetType().Name
