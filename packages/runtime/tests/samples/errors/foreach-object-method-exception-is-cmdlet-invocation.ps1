# A .NET exception that escapes ForEach-Object's script block inside try: pwsh wraps it in a
# CmdletInvocationException whose record names the cmdlet (CommandProcessorBase.ManageInvocationException).
try {
    1 | ForEach-Object { [int]::Parse('x') }
} catch {
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().FullName
    $_.Exception.InnerException.GetType().FullName
    $_.Exception.Message
    $_.InvocationInfo.MyCommand.Name
    $_.CategoryInfo.Activity
    $_.CategoryInfo.Reason
}
