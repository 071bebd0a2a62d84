D=$(mktemp -d /tmp/pfv.XXXX); chmod 755 $D; mkdir -p $D/conf $D/queue/pid $D/queue/public $D/queue/private $D/data $D/log; chmod 755 $D/conf $D/log $D/queue $D/queue/pid
chown postfix $D/data $D/queue/public $D/queue/private; chmod 700 $D/queue/private; chgrp postdrop $D/queue/public; chmod 710 $D/queue/public
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
cat > $D/conf/main.cf <<EOT
compatibility_level = 3.9
queue_directory = $D/queue
data_directory = $D/data
myhostname = mx.t.test
mydestination =
local_recipient_maps =
alias_maps =
alias_database =
inet_interfaces = loopback-only
inet_protocols = ipv4
EOT
cat > $D/conf/master.cf <<EOT
127.0.0.1:$PORT inet n - n - - smtpd
EOT
setsid /usr/lib/postfix/sbin/master -c $D/conf -d & MP=$!
sleep 0.4; ls -l /proc/$MP/fd; cat /proc/$MP/net/udp /proc/$MP/net/unix 2>/dev/null | grep -v "^ *[0-9]*: 0000000000000000 00000002 00000000 00010000 0001" | head -5; cat /etc/resolv.conf; grep -E "^hosts" /etc/nsswitch.conf; for i in 1; do
kill -TERM -$MP
