# DoubleOps: a Double operand gives a Double even when the result is whole; IntOps keep exact quotients Int32.
(1.5 + 0.5).GetType().Name
1.5 + 0.5
(2.0 * 3).GetType().Name
(4 / 2).GetType().Name
5 / 2
([double]4 / 2).GetType().Name
(10 - 2.0).GetType().Name
(0 * -1).GetType().Name
('4.0' - 1).GetType().Name
('4' - 1).GetType().Name
