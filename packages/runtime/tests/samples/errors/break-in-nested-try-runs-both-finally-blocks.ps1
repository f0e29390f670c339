foreach ($i in (1..3)) {
    try {
        try {
            if ($i -eq 2) { break }
            $i
        } catch { "test failed: catch#2" } finally { "finally#2: $i" }
    } catch { "test failed: catch#1" } finally { "finally#1: $i" }
}
