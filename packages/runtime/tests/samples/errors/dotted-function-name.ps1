# A function whose name has dots (and even ends in "Command") is a command, not a cmdlet class: Write-Error's
# record names it in InvocationInfo and ends its FullyQualifiedErrorId with it.
function My.ToolCommand { Write-Error 'deploy failed' }
My.ToolCommand 2>&1 | ForEach-Object { $_.InvocationInfo.MyCommand.Name; $_.FullyQualifiedErrorId; "$_" }
