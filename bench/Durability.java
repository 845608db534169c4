import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client half of bench/durability.sh: sends N concurrent project creations (each one use case:
 * the project, its audit record) and writes every acknowledged one (HTTP 201) to a file as
 * "id code". When KILL_AFTER acknowledgements have arrived it writes a marker file, on which the
 * script kills the server with kill -9; requests still in flight then fail, which is expected.
 *   java bench/Durability.java URL USER PASSWORD UNIT_ID YEAR COUNT KILL_AFTER OUT_FILE MARKER_FILE
 */
public class Durability {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        long unitId = Long.parseLong(args[3]);
        int year = Integer.parseInt(args[4]);
        int count = Integer.parseInt(args[5]);
        int killAfter = Integer.parseInt(args[6]);
        Path out = Path.of(args[7]);
        Path marker = Path.of(args[8]);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<java.util.concurrent.Future<?>> calls = new ArrayList<>();
        Pattern id = Pattern.compile("\"id\":(\\d+)");
        Pattern code = Pattern.compile("\"code\":\"([^\"]+)\"");
        for (int i = 0; i < count; i++) {
            String name = "耐久性检验" + run + "-" + i;
            String body = "{\"fiscalYear\":" + year + ",\"name\":\"" + name + "\",\"categoryId\":1,\"usingUnitId\":" + unitId
                    + ",\"beneficiaryHouseholds\":10,\"beneficiaryPeople\":30,\"registeredPoorPeople\":5,"
                    + "\"fundings\":[{\"source\":\"CENTRAL\",\"amount\":100000}]}";
            calls.add(pool.submit(() -> {
                try {
                    start.await();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/projects"))
                            .header("Authorization", auth).header("X-Requested-With", "durability")
                            .header("Content-Type", "application/json").header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 201) {
                        Matcher m = id.matcher(response.body());
                        Matcher c = code.matcher(response.body());
                        if (m.find() && c.find()) {
                            acknowledged.add(m.group(1) + " " + c.group(1));
                            if (acknowledged.size() == killAfter) {
                                Files.writeString(marker, "kill");
                            }
                        }
                    } else {
                        refused.incrementAndGet();
                        System.err.println("HTTP " + response.statusCode() + " " + response.body());
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();   // the server went away mid-request: not acknowledged
                }
                return null;
            }));
        }
        start.countDown();
        for (var call : calls) {
            call.get();
        }
        pool.shutdown();
        Files.write(out, acknowledged);
        System.out.printf("sent %d, acknowledged %d, refused %d, cut off %d%n", count, acknowledged.size(), refused.get(), failed.get());
    }
}
