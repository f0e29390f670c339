# Format-Table/-List/-Wide -View pick the view of that kind by its name in pwsh's format data (DotNetTypes.format.ps1xml
# gives System.TimeSpan a list, a table and a wide view, all named System.TimeSpan); Format-Table without -View takes
# the type's table view even when its default view is the list.
$span = New-TimeSpan -Hours 1 -Minutes 2
$span | Format-Table -View System.TimeSpan | Out-String -Stream | ForEach-Object { "[$_]" }
$span | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
$span | Format-Wide -View system.timespan -Column 1 | Out-String -Stream | ForEach-Object { "[$($_.TrimEnd())]" }
# A name the type has no view of that kind for ends the pipeline with FormatViewNotFound (FormatViewManager's
# ProcessUnknownViewName): the type's views of that kind, else the cmdlets with a view by that name, else none.
try { $span | Format-List -View Nope } catch { $_.FullyQualifiedErrorId; "$_" }
try { Get-Date | Format-Table -View Nope } catch { $_.FullyQualifiedErrorId; "$_" }
try { Get-Date | Format-Table -View DateTime } catch { $_.FullyQualifiedErrorId; "[$_]" }
try { $span | Format-Table -View System.TimeSpan -Property Days } catch { $_.FullyQualifiedErrorId; "$_" }
