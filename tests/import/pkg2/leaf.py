x = 'leaf'
