$result = [Collections.Generic.List[int]]"4"
$result.Count
$result[0]
$strings = [Collections.Generic.List[string]]1
$strings[0].GetType().Name
