# [FlagsExpression[FileAttributes]] (Get-ChildItem -Attributes' type) parses its string as pwsh's EnumExpressionEvaluator:
# each misplaced operator, a grouping, an empty or ambiguous name is a RuntimeException the cast error wraps.
# Only the parser's message is kept (the part after the cast error's `Error: `).
foreach ($text in ' ', 'Directory,', '+Directory', '!+Directory', 'Directory!Hidden', '(Directory)', "''", 'N') {
    try {
        $null = [System.Management.Automation.FlagsExpression[System.IO.FileAttributes]]$text
        'parsed'
    } catch {
        $_.Exception.Message -replace '^[^:]*: '
    }
}
# Shortened names: R and Re are ReadOnly (pwsh's special case for FileAttributes), Dir is Directory.
$e = [System.Management.Automation.FlagsExpression[System.IO.FileAttributes]]'r+!re, Dir'
$e -is [System.Management.Automation.FlagsExpression[System.IO.FileAttributes]]
