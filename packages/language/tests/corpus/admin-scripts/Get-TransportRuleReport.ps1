<#
.SYNOPSIS
    Writes an HTML report of all mail flow (transport) rules.
#>
[CmdletBinding()]
param(
    [string]$ReportFile = (Join-Path $PWD 'TransportRules.html'),
    [switch]$OpenReport
)

Connect-ExchangeOnline -ShowBanner:$false

$rules = Get-TransportRule | Sort-Object Priority
Write-Verbose "Found $($rules.Count) transport rules"

$rows = foreach ($rule in $rules) {
    $conditions = @()
    if ($rule.SentToScope) { $conditions += "Sent to scope: $($rule.SentToScope)" }
    if ($rule.FromAddressContainsWords) { $conditions += 'From contains: ' + ($rule.FromAddressContainsWords -join ', ') }
    if ($rule.SubjectContainsWords) { $conditions += "Subject contains: $($rule.SubjectContainsWords -join ', ')" }

    [PSCustomObject]@{
        Priority   = $rule.Priority
        Name       = $rule.Name
        State      = $rule.State
        Mode       = $rule.Mode
        Conditions = $conditions -join '<br/>'
        Modified   = ([datetime]$rule.WhenChanged).ToString('yyyy-MM-dd')
    }
}

$style = @"
<style>
  body { font-family: Segoe UI, Arial, sans-serif; font-size: 10pt; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #ccc; padding: 4px 8px; }
  th { background-color: #0078d4; color: white; }
</style>
"@

$title = "Transport rules for $((Get-OrganizationConfig).DisplayName)"
$body = $rows | ConvertTo-Html -Fragment -Property Priority, Name, State, Mode, Conditions, Modified
# ConvertTo-Html encodes the <br/> we inserted; put it back
$body = $body -replace '&lt;br/&gt;', '<br/>'

$html = @"
<html>
<head><title>$title</title>$style</head>
<body>
<h1>$title</h1>
<p>Generated $(Get-Date -Format 'dd MMM yyyy HH:mm') - $($rules.Count) rules, $(@($rules | Where-Object State -eq 'Enabled').Count) enabled.</p>
$body
</body>
</html>
"@

$html | Out-File -FilePath $ReportFile -Encoding utf8
Write-Host "Report written to $ReportFile"
if ($OpenReport) { Invoke-Item $ReportFile }
