filter Test-NonTerminatingError {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][object[]]$Item)
    if ($Item -ne 2) { return $Item }
    Write-Error -Message 'NTERROR' -ErrorId 'NTERROR'
}
1, 2 | Test-NonTerminatingError && 'not run'
1, 2 | Test-NonTerminatingError || 'run'
