function f { , @(1, 2) }
(f).Count
$r = f
$r.GetType().Name
