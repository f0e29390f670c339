(1..6).Where({ $_ -gt 2 }, 'First')
(1..6).Where({ $_ -gt 2 }, 'First', 2)
