$attempt = 0
while ($attempt -lt 10) {
    $attempt++
    if ($attempt -eq 3) { 'giving up'; break }
}
$attempt
