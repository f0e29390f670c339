try {
    throw 1
} catch {
    foreach ($i in (1..3)) {
        if ($i -eq 2) { break }
        $i
    }
} finally { "finally" }
