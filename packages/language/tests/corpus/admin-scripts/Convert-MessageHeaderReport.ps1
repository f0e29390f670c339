<#
.SYNOPSIS
    Reads saved message headers (one .txt per message) and reports hops, delays and authentication results.
.DESCRIPTION
    Text processing without any module: switch -File and -Regex, script-block switch conditions,
    [regex]::Matches, StringBuilder output, array slicing, -split with a limit, and type tests.
#>
param(
    [Parameter(Mandatory = $true)]
    [ValidateScript({ Test-Path $_ -PathType Container })]
    [string]$HeaderFolder,
    [string]$ReportFile = (Join-Path $HeaderFolder 'HeaderReport.txt')
)

function Get-HeaderField {
    param([string[]]$Lines)
    # Unfold folded header lines (continuations start with white space)
    $fields = [ordered]@{}
    $current = $null
    foreach ($line in $Lines) {
        if ($line -match '^\s+' -and $current) {
            $fields[$current] = $fields[$current] + ' ' + $line.Trim()
            continue
        }
        $name, $value = $line -split ':\s*', 2
        if (-not $value) { continue }
        $current = $name
        if ($fields.Contains($name)) { $fields[$name] = @($fields[$name]) + $value } else { $fields[$name] = $value }
    }
    $fields
}

$report = [System.Text.StringBuilder]::new()
$files = Get-ChildItem -Path $HeaderFolder -Filter *.txt | Sort-Object Name

foreach ($file in $files) {
    $lines = [System.Collections.Generic.List[string]]::new()
    $auth = @{ spf = '-'; dkim = '-'; dmarc = '-' }
    switch -Regex -File $file.FullName {
        '^\s*$' { break }
        'Authentication-Results:.*' {
            foreach ($m in [regex]::Matches($_, '(?<k>spf|dkim|dmarc)=(?<v>\w+)')) { $auth[$m.Groups['k'].Value] = $m.Groups['v'].Value }
            $lines.Add($_)
        }
        default { $lines.Add($_) }
    }

    $fields = Get-HeaderField -Lines $lines
    $received = @($fields['Received'])
    [array]::Reverse($received)
    $times = foreach ($r in $received) {
        $stamp = ($r -split ';')[-1].Trim()
        $parsed = [datetime]::MinValue
        if ([datetime]::TryParse($stamp, [ref]$parsed)) { $parsed }
    }

    $delays = for ($i = 1; $i -lt $times.Count; $i++) { [int]($times[$i] - $times[$i - 1]).TotalSeconds }
    $worst = ($delays | Measure-Object -Maximum).Maximum

    $verdict = switch ($worst) {
        { $null -eq $_ } { 'single hop'; break }
        { $_ -gt 300 } { 'SLOW'; break }
        { $_ -gt 60 } { 'delayed'; break }
        default { 'ok' }
    }

    [void]$report.AppendLine(('=' * 70))
    [void]$report.AppendLine("$($file.BaseName): $($fields['Subject'])")
    [void]$report.AppendLine(("  Hops: {0}  Worst delay: {1}s  Verdict: {2}" -f $received.Count, ($worst ?? 0), $verdict))
    [void]$report.AppendLine("  SPF=$($auth.spf) DKIM=$($auth.dkim) DMARC=$($auth['dmarc'])")
    if ($received.Count -gt 2) {
        [void]$report.AppendLine('  First hops: ' + ($received[0..1] -join ' | ').Substring(0, [math]::Min(120, ($received[0..1] -join ' | ').Length)))
        [void]$report.AppendLine("  Last hop: $($received[-1])")
    }
    if ($fields['X-MS-Exchange-Organization-SCL'] -as [int] -ge 5) {
        [void]$report.AppendLine('  Marked as spam (SCL ' + $fields['X-MS-Exchange-Organization-SCL'] + ')')
    }
}

$report.ToString() | Out-File -FilePath $ReportFile -Encoding utf8
Write-Host "$($files.Count) headers analysed; report in $ReportFile"
