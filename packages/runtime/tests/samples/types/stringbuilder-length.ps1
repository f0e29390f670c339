$sb = [System.Text.StringBuilder]::new()
[void]$sb.Append('ab')
[void]$sb.AppendLine('c')
$sb.Length -ge 4
$sb.ToString().TrimEnd()
