set pagination off
break count.c:21
run
print c
delete
break count.c:10
continue
yc-next
