# A cmdlet's ThrowTerminatingError travels as a CmdletInvocationException (MshCommandRuntime.ThrowTerminatingError);
# $_ is the cmdlet's record, its exception the one the record holds.
try { New-Object -TypeName Nope.NoSuchType } catch [System.Management.Automation.CmdletInvocationException] {
    'cmdlet invocation'
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().FullName
}
