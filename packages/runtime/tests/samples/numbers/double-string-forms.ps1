# A whole Double's text has no fraction in every string form.
'{0}' -f 2.0
"$(2.0)"
[string]2.0
(2.0).ToString()
(2.0).ToString('N2')
