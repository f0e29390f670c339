foreach ($n in 1, 15, 150) {
    if ($n -lt 10) { "$n small" }
    elseif ($n -lt 100) { "$n medium" }
    else { "$n large" }
}
