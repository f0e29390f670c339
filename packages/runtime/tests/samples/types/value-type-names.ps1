's'.GetType().Name
(1, 2).GetType().Name
@{}.GetType().Name
$true.GetType().Name
