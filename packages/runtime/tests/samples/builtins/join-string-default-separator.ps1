# Join-String joins with $OFS; without $OFS the separator is empty.
1..3 | Join-String
$ofs = ","
1..3 | Join-String -OutputPrefix "A " -OutputSuffix " B"
