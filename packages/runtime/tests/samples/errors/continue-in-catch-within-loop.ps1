foreach ($i in (1..3)) {
    try { throw 1 } catch {
        if ($i -eq 2) { continue }
        $i
    } finally { "finally $i" }
}
