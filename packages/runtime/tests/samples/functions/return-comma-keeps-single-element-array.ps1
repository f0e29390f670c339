function f { return , @(7) }
$r = f
$r.GetType().Name
$r.Count
