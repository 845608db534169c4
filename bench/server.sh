# Shared by the province benchmarks (sourced): the classpath for the bench programs and the built WAR
# started on Payara Micro against the province database, as ./run starts it but with PostgreSQL.
# Needs HOST (host:port), DB, JDBC, WORK, PORT, URL set by the caller.

bench_classpath() {
    if [ ! -s "$WORK/flyway.classpath" ]; then
        mvn -B -q -o -pl ejb dependency:build-classpath -Dmdep.outputFile="$PWD/$WORK/classpath.all" >/dev/null
        tr ':' '\n' < "$WORK/classpath.all" | grep -E '/(flyway-[^/]*|jackson-[^/]*|postgresql)-[^/]*\.jar$' | paste -sd: > "$WORK/flyway.classpath"
    fi
    # the application's own classes too: the monitoring bench runs the warning batch's very statement
    echo "$(cat "$WORK/flyway.classpath"):$PWD/ejb/target/classes"
}

# Starts the WAR on PORT (killed when the calling script exits); sets APP_SECONDS to the time to /health/ready UP.
start_app() {
    if curl -fsS "$URL/health/ready" >/dev/null 2>&1; then
        echo "something already answers on port $PORT: stop it or pass --url" >&2; exit 1
    fi
    [ -f web/target/fundperf.war ] || { echo "web/target/fundperf.war is not built (mvn -B -o -DskipTests -pl web -am package)" >&2; exit 1; }
    { cat config/postgresql.properties config/security.properties config/rules.properties
      echo "fundperf.db.url=$JDBC"
      echo "fundperf.files.directory=$WORK/files"
      echo "fundperf.diagnostics.statement-count=true"; } > "$WORK/system.properties"
    local started
    started=$(date +%s.%N)
    java -Djava.util.logging.config.file=config/logging.properties -Dhazelcast.socket.bind.any=false \
         -jar web/target/payara-micro.jar --deploy web/target/fundperf.war --contextroot / --port "$PORT" \
         --nocluster --nohazelcast --disablephonehome \
         --prebootcommandfile config/payara/pre-boot-commands.txt --postbootcommandfile config/payara/post-boot-commands.txt \
         --systemproperties "$WORK/system.properties" > "$WORK/server.log" 2>&1 &
    SERVER=$!
    trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
    for _ in $(seq 1 1500); do
        if curl -fsS "$URL/health/ready" 2>/dev/null | grep -q '"UP"'; then break; fi
        kill -0 $SERVER 2>/dev/null || { echo "the server stopped, see $WORK/server.log" >&2; exit 1; }
        sleep 0.2
    done
    APP_SECONDS=$(echo "$(date +%s.%N) - $started" | bc)
}
