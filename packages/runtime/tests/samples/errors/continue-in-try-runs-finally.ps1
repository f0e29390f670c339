foreach ($i in (1..3)) {
    try {
        if ($i -eq 2) { continue }
        $i
    } catch { "test failed" } finally { "finally: $i" }
}
