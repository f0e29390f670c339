(1).GetType().Name
(1.5).GetType().Name
(2147483648).GetType().Name
(1d).GetType().Name
(1L).GetType().Name
