# The figures of a Gatling report's requests named "measured" (index.html): count, KO, throughput, percentiles.
# -v seconds=S: the measured phase lasted S s (Gatling divides by the whole run, warm-up included); else Gatling's.
index($0, "class=\"ellipsed-name\">measured<") { on = 1; next }
on && /<\/tr>/ { exit }
on && match($0, /col-[0-9]+">[^<]*</) {
  cell = substr($0, RSTART + 4, RLENGTH - 5); split(cell, kv, "\">"); v[kv[1]] = kv[2]
}
END {
  if (!on) { print "    (no measured requests in the report)"; exit }
  rate = seconds > 0 ? sprintf("%.1f", v[2] / seconds) : v[6]
  printf "    %s requests (KO %s), %s/s; response time ms: p50 %s, p75 %s, p95 %s, p99 %s, max %s\n", v[2], v[4], rate, v[8], v[9], v[10], v[11], v[12]
}
