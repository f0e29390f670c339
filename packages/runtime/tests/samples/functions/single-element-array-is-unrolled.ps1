function g { @(1) }
(g).GetType().Name
