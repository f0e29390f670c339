1..5 | select -First 2
(1..5 | measure).Count
