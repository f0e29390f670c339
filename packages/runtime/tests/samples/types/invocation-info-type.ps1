# $MyInvocation and an error's InvocationInfo are [System.Management.Automation.InvocationInfo]; the type literal resolves.
function f {
    $MyInvocation.GetType().FullName
    $MyInvocation -is [System.Management.Automation.InvocationInfo]
    "$MyInvocation"
}
f
& { $MyInvocation.GetType().Name }
[System.Management.Automation.InvocationInfo].FullName
try { 1 / 0 } catch { $_.InvocationInfo -is [System.Management.Automation.InvocationInfo] }
'text' -is [System.Management.Automation.InvocationInfo]
