# Where-Object takes each object again: $null, '', lists and scalars mixed in one pipeline.
$items = 1, $null, 'a', '', @(2, 3), 4
$items | Where-Object { $true } | ForEach-Object { "[$_]" }
@($items | Where-Object { $null -eq $_ }).Count
@(1, 2, 3, 4, 5, 6) | Where-Object { $_ % 2 } | ForEach-Object { $_ * 10 }
