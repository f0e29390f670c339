function f { [CmdletBinding()] param() Write-Warning 'w1' }
f -WarningVariable wv -WarningAction SilentlyContinue
$wv.Count
$wv[0].Message
