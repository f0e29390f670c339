switch -Regex ('error: disk full') {
    '^warn' { 'warning' }
    '^error: (.+)$' { "error -> $($Matches[1])" }
    'disk' { 'disk related' }
}
