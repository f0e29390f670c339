function Set-It([ref]$target) { $target.Value = 'set' }
$s = 'orig'; Set-It ([ref]$s); $s
$r = [ref]5; $r.Value; $r.GetType().FullName
[datetime]$d = [datetime]::MinValue
[datetime]::TryParse('2024-01-02', [ref]$d); $d.Year
$undefinedYet = $null; [int]::TryParse('7', [ref]$brandNew); $brandNew
