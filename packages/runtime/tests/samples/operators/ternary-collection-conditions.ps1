1,2,3,4 ? 'Core' : 'Desktop'
@{name = 'name'} ? 'Core' : 'Desktop'
1,2,3 -contains 2 ? 'Core' : 'Desktop'
