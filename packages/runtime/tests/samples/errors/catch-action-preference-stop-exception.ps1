# A command's error under -ErrorAction Stop is thrown as an ActionPreferenceStopException around its record: a catch
# for that type (as PSv2-era scripts write) or for the error's own exception matches, and $_ is the command's error.
try { Write-Error 'bad' -ErrorAction Stop } catch [System.Management.Automation.ActionPreferenceStopException] {
  'stop'
  $_.Exception.GetType().FullName
  $_.FullyQualifiedErrorId
}
try { Write-Error 'bad' -ErrorAction Stop } catch [Microsoft.PowerShell.Commands.WriteErrorException] { 'own type' }
function f { [CmdletBinding()] param() Write-Error 'in f' }
try { f -ErrorAction Stop } catch [System.Management.Automation.ActionPreferenceStopException] { 'function' }
try { throw 'x' } catch [System.Management.Automation.ActionPreferenceStopException] { 'wrong' } catch { 'throw is not' }
