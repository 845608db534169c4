package cn.fundperf.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Answers that change a few times a day and are asked on every page (categories, the departments
 * and regions of a scope, the public page's lists), kept for a short while per question
 * ({@code fundperf.cache.seconds}, default 60). A change on this server forgets the answers it
 * touches at once; another server's copy ages out within the lifetime. Values must be immutable
 * or never changed by their readers (detached entities, records).
 */
@ApplicationScoped
public class ShortLivedCache {

    /** Nobody can grow the cache without bound by varying the question: it starts afresh when full. */
    static final int MAX_ENTRIES = 5000;

    /** Totals from this size on are kept; below it they are cheap to count again. */
    public static final long LARGE_COUNT = 10_000;

    private record Entry(Object value, long expiresAt) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final long lifetimeNanos;

    public ShortLivedCache() {
        this(Duration.ofSeconds(ConfigProvider.getConfig().getOptionalValue("fundperf.cache.seconds", Integer.class).orElse(60)));
    }

    /** A cache whose answers live this long (tests). */
    ShortLivedCache(Duration lifetime) {
        lifetimeNanos = lifetime.toNanos();
    }

    /** The kept answer to the question, or a fresh one. A key is a name, or a list whose first element is the name. */
    public <T> T get(Object key, Supplier<T> compute) {
        return get(key, compute, value -> true);
    }

    private void keep(Object key, Object value) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(value, System.nanoTime() + lifetimeNanos));
    }

    /** The kept answer, or a fresh one that is kept only when it is worth keeping (expensive to find again). */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute, java.util.function.Predicate<T> worthKeeping) {
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt() - System.nanoTime() > 0) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (worthKeeping.test(value)) {
            keep(key, value);
        }
        return value;
    }

    /**
     * A count that is kept a short while only when it is large: counting a province's tens of
     * thousands of rows costs more than the page it heads, and such a total may lag a minute (less on
     * this server, which forgets it on its own changes); small totals are counted afresh every time.
     */
    public long count(Object key, Supplier<Long> count) {
        return get(key, count, total -> total >= LARGE_COUNT);
    }

    /** Forgets every answer of a name, after a change to what it shows. */
    public void forget(String name) {
        entries.keySet().removeIf(key -> key.equals(name) || key instanceof List<?> list && !list.isEmpty() && name.equals(list.get(0)));
    }
}
