$l = [System.Collections.Generic.List[object]]::new(@(1, 2))
$l.Count
