# Set-Variable.Tests.ps1: -Description alone keeps the value; -Scope private adds Private; wildcards with -Include/-Exclude.
Set-Variable foo bar
Set-Variable -Name foo -Description "new description" -PassThru -Scope "local" | ForEach-Object { "$($_.Value) / $($_.Description)" }
Set-Variable -Name foo $null -Description "other"
$null -eq $foo
Set-Variable pfoo bar -Description "d" -Option ReadOnly -Scope "private"
(Get-Variable -Name pfoo).Options.ToString()
Set-Variable abcaVar bar
Set-Variable bcdaVar anotherVal
Set-Variable aVarfoo bogusval
Set-Variable -Name "*aV*" -Value "overwrite" -Include "*Var*" -Exclude "bcd*"
Get-Variable -Name "*aVar*" -Scope "local" | ForEach-Object { "$($_.Name)=$($_.Value)" }
Set-Variable -Name foo1, foo2 hello -Exclude foo2
$foo1
Get-Variable -Name foo2
$in = Set-Variable -Name testVar -Value "test" -Description "test description" -PassThru
($in | Format-List -Property Description | Out-String).Trim()
