"book" -replace "B", "C"
"book" -ireplace "B", "C"
"book" -creplace "B", "C"
