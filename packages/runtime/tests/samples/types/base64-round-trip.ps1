$b = [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes('hi'))
$b
[System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($b))
