#!/usr/bin/env bash
# The LaborLink demo: run it (bash deploy/local/demo.sh) or paste the lines into a shell once `up` is done.
KC=http://127.0.0.1:18080/realms/laborlink/protocol/openid-connect/token GW=http://127.0.0.1:18000
tok() { curl -s -d grant_type=password -d client_id=laborlink-app -d username=$1 -d password=demo $KC | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }
# a valid resident ID number (ISO 7064 MOD 11-2 check character) for someone born in 1990 in Kaili
idnum() { local b=5226011990$(printf '%02d%02d%03d' $((RANDOM%12+1)) $((RANDOM%28+1)) $((RANDOM%1000))) w=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) s=0 i
  for i in $(seq 0 16); do s=$((s + ${b:i:1} * ${w[i]})); done; echo $b$(echo 10X98765432 | cut -c$((s % 11 + 1))); }
OFFICER=$(tok officer-kaili); EMPLOYER=$(tok employer-demo)
# 1. a county officer of Kaili (522601, Guizhou) sets up a labour file
WORKER_ID=$(curl -s -H "Authorization: Bearer $OFFICER" -H 'Content-Type: application/json' $GW/api/v1/workers \
  -d '{"name":"吴梅","idNumber":"'$(idnum)'","phone":"13812345678","householdRegion":"522601",
       "home":{"lat":26.57,"lon":107.98},"povertyStatus":"REGISTERED_POOR","skills":[{"code":"4-10-01-05","level":"BASIC"}],
       "desiredOccupations":["4-10-01-05"],"expectedMonthlyPay":4500,"willingToMigrateTo":["330000"],
       "acceptedJobTypes":["REGULAR","CARING_JOB"]}' | sed 's/.*"id":"\([^"]*\)".*/\1/'); echo "labour file $WORKER_ID"
# 2. an employer in Hangzhou posts a caring job for elderly-care workers
POSTING_ID=$(curl -s -H "Authorization: Bearer $EMPLOYER" -H 'Content-Type: application/json' $GW/api/v1/jobs \
  -d '{"title":"养老护理员","occupationCode":"4-10-01-05","workRegion":"330106","location":{"lat":30.26,"lon":120.13},
       "jobType":"CARING_JOB","payMin":4500,"payMax":'$((5200 + RANDOM % 500))',"headcount":10,"accommodation":true,
       "requiredSkills":[{"code":"4-10-01-05","level":"BASIC","mustHave":false}]}' | sed 's/.*"id":"\([^"]*\)".*/\1/'); echo "posting $POSTING_ID"
# 3. within seconds it is among her recommendations, with the reasons in Chinese and English (waits at most 30 s)
T0=$(date +%s%N); SEEN=
for i in $(seq 1 60); do
  curl -s -H "Authorization: Bearer $OFFICER" "$GW/api/v1/workers/$WORKER_ID/recommendations?limit=50" | grep -q "$POSTING_ID" && { SEEN=1; break; }
  sleep 0.5
done
if [ -n "$SEEN" ]; then echo "in her recommendations after $((($(date +%s%N) - T0) / 1000000)) ms:"
  curl -s -H "Authorization: Bearer $OFFICER" "$GW/api/v1/workers/$WORKER_ID/recommendations?limit=3"; echo
else echo "the posting did not reach her recommendations within 30 s: see deploy/local/laborlink status and logs matching-service"; fi
