# The clock for tools: a platform created on a simulated clock (`init --at`)
# remembers it — every later command runs at its time, `govshare clock` shows
# which clock and when, --at moves it forward and never back; a platform on the
# system clock refuses --at (an act stamped with a made-up time would forge
# the audit trail).
gs(2 "^govshare: --at: date \"2026-08-32\" does not exist in the calendar\n$" --at 2026-08-32T09:00:00 init --bureau-code 11320600MB1T01108B
   --bureau-name 南通市大数据管理局 --admin admin --admin-name 王局)
gs(0 "platform initialized" --at 2026-08-03T09:00:00 init --bureau-code 11320600MB1T01108B
   --bureau-name 南通市大数据管理局 --admin admin --admin-name 王局)
gs(0 "^simulated 2026-08-03T09:00:00\\+08:00\n$" clock)
gs(0 "^\\{\n  \"clock\": \"simulated\",\n  \"now\": \"2026-08-03T09:00:00\\+08:00\"\n\\}\n$" clock --json)
# Acts are stamped on the simulated clock: the audit trail says 2026-08-03.
gs(0 "" --as admin department add 11320600MB1T0101XP 南通市公安局 --level municipal)
gs(0 "\"time\":\"2026-08-03T09:00:00\\+08:00\"" --as admin audit export)
# --at moves it forward, and the file remembers.
gs(0 "^simulated 2026-09-01T10:30:00\\+08:00\n$" --at 2026-09-01T10:30:00 clock)
gs(0 "^simulated 2026-09-01T10:30:00\\+08:00\n$" clock)
gs(2 "^govshare: --at 2026-08-10T09:00:00\\+08:00 is before the platform's simulated clock \\(2026-09-01T10:30:00\\+08:00\\); it only moves forward\n$"
   --at 2026-08-10T09:00:00 clock)
# A platform on the system clock.
set(DB ${WORK}/system.db)
gs(0 "platform initialized" init --bureau-code 11320600MB1T01108B --bureau-name 南通市大数据管理局 --admin admin
   --admin-name 王局)
gs(0 "^system 20[0-9][0-9]-" clock)
gs(2 "^govshare: --at: the platform at [^\n]*system.db runs on the system clock; only a platform created on a simulated clock \\(`govshare init --at …`\\) takes --at\n$"
   --at 2030-01-01T09:00:00 clock)
