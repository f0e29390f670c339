(Write-Output 42).GetType().Name
(Write-Output 42abc).GetType().Name
