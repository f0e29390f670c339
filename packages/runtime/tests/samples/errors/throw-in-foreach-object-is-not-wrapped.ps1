# A script's throw is never re-wrapped when it leaves a cmdlet: its id stays the thrown text.
try { 1 | ForEach-Object { throw 'boom' } } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().FullName
}
try { 1 | ForEach-Object { throw 'boom' } } catch [System.Management.Automation.CmdletInvocationException] { 'wrapped' } catch { 'plain' }
