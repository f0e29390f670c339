# $MyInvocation and $_.InvocationInfo are bare InvocationInfo objects, not PSObjects: -is [psobject] and
# [pscustomobject] (the same accelerator) are False (TypeOps.IsInstance needs a PSObject on the left).
function f {
    $MyInvocation -is [pscustomobject]
    $MyInvocation -is [psobject]
    $MyInvocation -is [System.Management.Automation.PSCustomObject]
    $MyInvocation.MyCommand -is [psobject]
}
f
try { 1 / 0 } catch { $_.InvocationInfo -is [psobject] }
[pscustomobject]@{ a = 1 } -is [psobject]
[pscustomobject]@{ a = 1 } -is [System.Management.Automation.PSCustomObject]
