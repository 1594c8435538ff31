#!/usr/bin/env bash
# CPU cost per request of a running server: user and system time of PID (from /proc) over a
# 5-second wrk run against URL, divided by the requests served. wrk runs on CPU 0.
# Usage: bench/cpu-per-request.sh PID URL
set -euo pipefail
pid=$1 url=$2
read -r u0 s0 < <(awk '{print $14, $15}' "/proc/$pid/stat")
out=$(taskset -c 0 wrk -t1 -c50 -d5s "$url")
read -r u1 s1 < <(awk '{print $14, $15}' "/proc/$pid/stat")
requests=$(echo "$out" | awk '/requests in/ {print $1}')
ticks=$(getconf CLK_TCK)
echo "requests=$requests user_us=$(echo "scale=2; ($u1-$u0)*1000000/$ticks/$requests" | bc)" \
     "sys_us=$(echo "scale=2; ($s1-$s0)*1000000/$ticks/$requests" | bc)"
