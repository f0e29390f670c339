'before'
exit 0
'after'
