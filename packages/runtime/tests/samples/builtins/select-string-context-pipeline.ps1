# Display context never repeats a line; logical context (PreContext/PostContext) may include other matches.
$m = "a", "b", "c", "b", "d" | Select-String b -Context 1
$m.Count
foreach ($x in $m) {
    "{0}|{1}|{2}|{3}" -f ($x.Context.PreContext -join ","), ($x.Context.PostContext -join ","),
        ($x.Context.DisplayPreContext -join ","), ($x.Context.DisplayPostContext -join ",")
}
$m[1].ToString() -split "\n"
