# GenericMeasureInfo's Sum, Average, Maximum and Minimum are Nullable<double>, even for Int32 input.
$m = 1, 2, 3 | Measure-Object -Sum -Average -Maximum -Minimum
$m.Sum.GetType().Name
$m.Sum
$m.Average.GetType().Name
$m.Maximum.GetType().Name
$m.Minimum.GetType().Name
$m.Count.GetType().Name
