# An error's InvocationInfo is the same [System.Management.Automation.InvocationInfo] as $MyInvocation: no ToString()
# override, so in a string it is its type name, never @{...}.
try { 1 / 0 } catch { "$($_.InvocationInfo)" }
try { 1 / 0 } catch { $_.InvocationInfo.ToString() }
try { 1 / 0 } catch { $_.InvocationInfo.GetType().FullName }
function f { Write-Error 'boom' -ErrorAction Stop }
try { f } catch { "$($_.InvocationInfo)"; $_.InvocationInfo.MyCommand.Name }
